import { LEVERS, type Scenario } from '@opgave/core';

/** A numeric lever of the core's scenario (`LEVERS`). */
export type NumericLever =
  | 'intakeChangePct'
  | 'completionRatePp'
  | 'bindingRatePp'
  | 'entryRatePp'
  | 'earlyCareerExitReductionPct'
  | 'ftePerTeacherChange'
  | 'workingLongerYears'
  | 'extraLateralEntrantsFte'
  | 'pupilTeacherRatioChange';

/** A programme line of the region's plan, under which the page groups the levers. */
export type ProgrammeLine = 'werven' | 'matchen' | 'opleiden' | 'begeleiden' | 'professionaliseren';

/** A numeric lever as the page shows it: range from the core, a step for the slider, default 0. */
export interface LeverControl {
  key: NumericLever;
  min: number;
  max: number;
  step: number;
  /** The value of the baseline: every lever's default is "no change". */
  defaultValue: number;
  programmeLine: ProgrammeLine;
}

/**
 * How the page edits each field of the core's `Scenario`: a slider, a choice, a list of boards, or the
 * name. `satisfies` makes TypeScript fail when the core's Scenario gains or loses a field.
 */
export const SCENARIO_FIELDS = {
  name: 'name',
  intakeChangePct: 'numeric',
  completionRatePp: 'numeric',
  bindingRatePp: 'numeric',
  entryRatePp: 'numeric',
  earlyCareerExitReductionPct: 'numeric',
  ftePerTeacherChange: 'numeric',
  workingLongerYears: 'numeric',
  extraLateralEntrantsFte: 'numeric',
  pupilTeacherRatioChange: 'numeric',
  pupilForecastVariant: 'choice',
  boardsJoining: 'boards',
} as const satisfies Record<keyof Required<Scenario>, 'name' | 'numeric' | 'choice' | 'boards'>;

/** Slider steps: fine enough for the lever's unit, coarse enough for a keyboard. */
const STEPS: Record<NumericLever, number> = {
  intakeChangePct: 1,
  completionRatePp: 0.5,
  bindingRatePp: 0.5,
  entryRatePp: 0.5,
  earlyCareerExitReductionPct: 1,
  ftePerTeacherChange: 0.01,
  workingLongerYears: 0.25,
  extraLateralEntrantsFte: 1,
  pupilTeacherRatioChange: 0.1,
};

/** The order of the programme lines on the page (werven → professionaliseren, as in the regional plan). */
export const PROGRAMME_LINES: readonly ProgrammeLine[] = [
  'werven',
  'matchen',
  'opleiden',
  'begeleiden',
  'professionaliseren',
];

/**
 * Every numeric lever of the core, with its range and unit read from `LEVERS`, in the order of the
 * programme lines.
 * @example LEVER_CONTROLS.find((l) => l.key === 'bindingRatePp')?.max // 50
 */
export const LEVER_CONTROLS: readonly LeverControl[] = (Object.keys(STEPS) as NumericLever[])
  .map((key) => {
    const spec = LEVERS[key];
    if (!spec) throw new Error(`lever ${key}: not in the core's LEVERS`);
    return {
      key,
      min: spec.min,
      max: spec.max,
      step: STEPS[key],
      defaultValue: 0,
      programmeLine: spec.programmeLine as ProgrammeLine,
    };
  })
  .sort((a, b) => PROGRAMME_LINES.indexOf(a.programmeLine) - PROGRAMME_LINES.indexOf(b.programmeLine));
