import type { Scenario } from '@opgave/core';

/** A preset's id; its name and explanation are in the messages (`m.scenario.presets`). */
export type PresetId = 'lateralEntry' | 'binding' | 'workingLonger' | 'smallerClasses';

/**
 * Ready-made scenarios for a start in the room: each moves the lever(s) its name says by a plausible
 * amount for the region.
 * @example PRESETS.find((p) => p.id === 'binding')?.scenario // { bindingRatePp: 10 }
 */
export const PRESETS: readonly { id: PresetId; scenario: Scenario }[] = [
  { id: 'lateralEntry', scenario: { extraLateralEntrantsFte: 40 } },
  { id: 'binding', scenario: { bindingRatePp: 10 } },
  { id: 'workingLonger', scenario: { workingLongerYears: 1 } },
  { id: 'smallerClasses', scenario: { pupilTeacherRatioChange: -1 } },
];
