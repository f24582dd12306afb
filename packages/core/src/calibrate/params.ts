/** Nested record helper: a → b → value. */
export type Nested<T> = Record<string, Record<string, T>>;

/**
 * All parameters of the model. Plain JSON: calibrate(data) estimates every field from the history;
 * users override any part of it with a (deep) partial object.
 */
export interface Params {
  /** Last observed year; the projection starts from the stock on 1 October of this year. */
  baseYear: number;
  /** Annual lesson hours of one full-time teacher, per sector. */
  lessonHoursPerFte: Record<string, number>;
  /** Annual rate of exits other than pension, per sector and age band (share of the FTE at the start of the year). */
  exitRate: Nested<number>;
  /** Annual share of the 65+ band that reaches the AOW age and leaves (pension), per sector. */
  pensionRate: Record<string, number>;
  /** Multiplier of the sector's exit rates per board (observed ÷ expected leavers, shrunk towards 1). */
  exitMultiplier: Record<string, number>;
  /** Years of history behind the exit and pension rates (0 = all), chosen by rolling origin. */
  exitWindow: number;
  /** Share of a band's FTE that moves up to the next band in a year (1 / band width), per age band. */
  ageingShare: Record<string, number>;
  /** FTE per person per sector and age band (recent years); used by the average-FTE lever. */
  ftePerHead: Nested<number>;
  /** Yearly relative change of the FTE of every staying teacher (a drift), per sector and age band. */
  hoursChange: Nested<number>;
  /** FTE that teachers in a leaf with a gap add by working more hours, at most, per leaf and year, per sector. */
  hoursTopUpFte: Record<string, number>;
  /**
   * Per-opening fill rate of lateral entrants, returners and others together: the share of the openings left after
   * graduates that these sources fill in a year, per location and subject (`fillRate[location][subject]`), with
   * `fillRate[cluster][subject]`, `fillRate['*'][subject]` (the subject) and `fillRate['*']['*']` (the region) as fallbacks.
   */
  fillRate: Nested<number>;
  /** Split of the fill-rate hires over lateral_entrant, returner and other, per subject (`'*'`: the region). */
  sourceShare: Nested<number>;
  /** Share of the openings left unfilled by qualified candidates that unqualified staff take, per sector. */
  unqualifiedHireShare: Record<string, number>;
  /** Share of the unqualified FTE that stays from one year to the next, per sector. */
  unqualifiedRetention: Record<string, number>;
  /** What the nested rolling-origin validation chose for the fill rates (strength of the shrinkage in FTE of openings, window in years, 0 = all). */
  matchingValidation: { strength: number; window: number; origins: number[]; errors: Record<string, number> };
  /** Binding rate per board: own-placement hires ÷ graduates whose final placement was at that board. */
  bindingRate: Record<string, number>;
  /** Completion rate per institute and programme: graduates ÷ intake L years earlier. */
  completionRate: Nested<number>;
  /** Entry rate per institute and programme: share of graduates not bound by their placement board who are hired in the region. */
  entryRate: Nested<number>;
  /** Share of graduates per institute|programme|subject whose final placement was at each board (key `institute|programme|subject`). */
  placementShare: Record<string, Record<string, number>>;
  /** Yearly intake projected after the base year per institute|programme|subject (mean of the last years). */
  intakeLevel: Record<string, number>;
  /** Nominal study length per programme (years). */
  studyLength: Record<string, number>;
  /** Share of each subject in a location's lesson hours. */
  lessonShare: Nested<number>;
  /** Fixed FTE per location that does not scale with pupils, per sector (intercept of demand on pupils). */
  baseFte: Record<string, number>;
  /** Marginal pupils per demand FTE above the base FTE in the base year, per location. */
  pupilTeacherRatio: Record<string, number>;
  /** Yearly change of the pupil-teacher ratio per sector (least-squares slope over the history). */
  ratioTrend: Record<string, number>;
  /** Damping of the ratio trend per sector: year k after the base year adds `ratioTrend · φ^k` (1 = straight line, 0 = flat); chosen by rolling origin. */
  ratioDamping: Record<string, number>;
  /** Share of the total shortage covered by unqualified staff (hidden shortage) per location and subject. */
  hiddenShare: Nested<number>;
  /** Yearly FTE from lateral entrants, returners and other sources per subject (mean of the last years). */
  inflowLevel: Nested<number>;
  /** FTE per hired person per source. */
  startFte: Record<string, number>;
  /** Age distribution of hires per source (shares over age bands, summing to 1). */
  inflowAgeShare: Nested<number>;
  /** Number of last history years averaged for levels and shares. */
  recentYears: number;
}

/** A deep partial of Params: any field may be overridden. */
export type ParamsOverride = {
  [K in keyof Params]?: Params[K] extends object ? { [k: string]: unknown } : Params[K];
};

function isPlain(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function merge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) {
    if (v === undefined) continue;
    out[k] = isPlain(v) && isPlain(base[k]) ? merge(base[k] as Record<string, unknown>, v) : v;
  }
  return out;
}

/**
 * Apply user overrides to calibrated parameters (deep merge; the inputs are not changed).
 * @param params parameters, e.g. from calibrate(data)
 * @param override any part of Params
 * @returns a new Params object
 * @example
 * const p = withParams(calibrate(data), { bindingRate: { B01: 0.4 }, exitRate: { vo: { '<25': 0.08 } } });
 */
export function withParams(params: Params, override: ParamsOverride | undefined): Params {
  if (!override) return params;
  return merge(
    params as unknown as Record<string, unknown>,
    override as Record<string, unknown>,
  ) as unknown as Params;
}
