/** One targeted intake change: matches an institute and/or a subject (absent = all). */
export interface IntakeChange {
  institute?: string;
  subject?: string;
  /** Change of the yearly intake in percent (e.g. 10 = +10 %). */
  pct: number;
}

/**
 * A scenario: named levers, all optional, JSON-serialisable. An empty scenario equals the baseline.
 * Levers act from the first projected year (intake changes act on cohorts starting after the base year).
 */
export interface Scenario {
  name?: string;
  /** Intake change in %, for all programmes (a number) or per institute and/or subject. Range −100…1000. */
  intakeChangePct?: number | IntakeChange[];
  /** Completion rate change, percentage points. Range −50…50. */
  completionRatePp?: number;
  /** Binding rate change for every board, percentage points. Range −50…50. */
  bindingRatePp?: number;
  /** Entry rate change, percentage points. Range −50…50. */
  entryRatePp?: number;
  /** Reduction of exits other than pension in the bands under 35, percent. Range −100…100. */
  earlyCareerExitReductionPct?: number;
  /** Change of the average FTE per teacher (FTE per person, e.g. 0.05). Range −0.3…0.3. */
  ftePerTeacherChange?: number;
  /** Years teachers work past the usual exit (AOW) age. Range 0…5. */
  workingLongerYears?: number;
  /** Extra lateral entrants, FTE a year for the region (spread over subjects by their lateral-entrant level) or per subject. Range 0…10000 each. */
  extraLateralEntrantsFte?: number | Record<string, number>;
  /** Change of the pupil-teacher ratio, pupils per FTE. Range −5…5. */
  pupilTeacherRatioChange?: number;
  /** Pupil-forecast variant. Default `mid`. */
  pupilForecastVariant?: 'low' | 'mid' | 'high';
  /** Boards that join the partnership: they receive placements and bind trainees like the members do. */
  boardsJoining?: string[];
}

/** Description of a numeric lever. */
export interface LeverSpec {
  unit: string;
  min: number;
  max: number;
  /** Programme line of the region's plan (werven, matchen, opleiden, begeleiden, professionaliseren). */
  programmeLine: string;
  description: string;
}

/**
 * The numeric levers with their unit and allowed range.
 * @example
 * LEVERS.bindingRatePp // → { unit: 'percentage points', min: -50, max: 50, … }
 */
export const LEVERS: Record<string, LeverSpec> = {
  intakeChangePct: {
    unit: '%',
    min: -100,
    max: 1000,
    programmeLine: 'opleiden',
    description: 'change of the yearly intake of teacher training',
  },
  completionRatePp: {
    unit: 'percentage points',
    min: -50,
    max: 50,
    programmeLine: 'opleiden',
    description: 'change of the completion rate',
  },
  bindingRatePp: {
    unit: 'percentage points',
    min: -50,
    max: 50,
    programmeLine: 'matchen',
    description: 'change of every board’s binding rate',
  },
  entryRatePp: {
    unit: 'percentage points',
    min: -50,
    max: 50,
    programmeLine: 'werven',
    description: 'change of the entry rate of graduates',
  },
  earlyCareerExitReductionPct: {
    unit: '%',
    min: -100,
    max: 100,
    programmeLine: 'begeleiden',
    description: 'reduction of exits under 35',
  },
  ftePerTeacherChange: {
    unit: 'FTE per person',
    min: -0.3,
    max: 0.3,
    programmeLine: 'professionaliseren',
    description: 'change of the average FTE per teacher',
  },
  workingLongerYears: {
    unit: 'years',
    min: 0,
    max: 5,
    programmeLine: 'professionaliseren',
    description: 'years worked past the usual exit age',
  },
  extraLateralEntrantsFte: {
    unit: 'FTE a year',
    min: 0,
    max: 10000,
    programmeLine: 'werven',
    description: 'extra lateral entrants',
  },
  pupilTeacherRatioChange: {
    unit: 'pupils per FTE',
    min: -5,
    max: 5,
    programmeLine: 'professionaliseren',
    description: 'change of the pupil-teacher ratio',
  },
};
