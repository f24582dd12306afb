import type { Level } from '../schema/constants.js';
import type { Params, ParamsOverride } from '../calibrate/params.js';
import type { Scenario } from '../levers/scenario.js';
import type { StructuralError } from './structural-error-type.js';
import type { SimulationMeasure } from './simulation-measures.js';

/** Options of simulate. */
export interface SimulateOptions {
  /** Number of draws (default 1000). */
  draws?: number;
  /** Seed of the random generator (default 20251001): the same seed and options give the same numbers; draw d uses createDrawRandom(seed, d). */
  seed?: number;
  /** Years after the base year (default 15). */
  horizon?: number;
  /** Parameters: full Params, or overrides merged onto calibrate(data). */
  params?: Params | ParamsOverride;
  /** Scenario levers, as for runScenario. */
  scenario?: Scenario;
  /** Measures to report (default demand, supply, total shortage and shortage %). */
  measures?: SimulationMeasure[];
  /** Levels at which every subject and sector total is reported (default board, cluster, region); locations report the total only. */
  subjectLevels?: Exclude<Level, 'location'>[];
  /** Multiplier of every parameter variance (default 1; 0 gives the deterministic projection in every draw). */
  varianceScale?: number;
  /** Report P(total_shortage_fte > thresholdFte) per unit, subject and year. */
  thresholdFte?: number;
  /** Report P(shortage_pct > thresholdPct) per unit, subject and year. */
  thresholdPct?: number;
  /**
   * The model's own past forecast errors (structuralError at the base year): for the groups it covers, the draws
   * become the median of the parameter draws plus a structural error, so the bands hold the error of the model's
   * structure (docs/model.md, "Uncertainty").
   * Default none: the bands hold parameter and pupil-forecast uncertainty only.
   */
  structuralError?: StructuralError;
  /** Keep every draw in `samples` (default false). */
  keepDraws?: boolean;
  /**
   * Called with (draws done, total draws) after every 50th draw and after the last one (`PROGRESS_EVERY`), so a
   * command line or a Web Worker can report progress; it must not throw.
   */
  onProgress?: (done: number, total: number) => void;
}

/** One reported group: a unit at a level and a subject key. */
export interface SimulationGroup {
  level: Level;
  unit: string;
  subject: string;
}

/**
 * Result of simulate: plain objects and typed arrays only, so it can be posted from a Web Worker
 * (transfer `values.buffer`).
 */
export interface SimulationResult {
  draws: number;
  seed: number;
  baseYear: number;
  years: number[];
  /** Probabilities of the quantiles, QUANTILES. */
  quantiles: number[];
  measures: SimulationMeasure[];
  groups: SimulationGroup[];
  /** Quantiles, [((measure·nGroup + group)·nYear + t)·nQuantile + q]. */
  values: Float64Array;
  /** P(total_shortage_fte > thresholdFte), [group·nYear + t] (when thresholdFte is given). */
  exceedanceFte?: Float64Array;
  thresholdFte?: number;
  /** P(shortage_pct > thresholdPct), [group·nYear + t] (when thresholdPct is given). */
  exceedancePct?: Float64Array;
  thresholdPct?: number;
  /** Every draw, [((measure·nGroup + group)·nYear + t)·draws + d] (when keepDraws). */
  samples?: Float32Array;
  /** Spread of the pupil-forecast log error used, by horizon. */
  pupilError: { region: number[]; local: number[]; source: 'vintages' | 'naive' };
}
