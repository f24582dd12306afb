import type { Dataset, DatasetInput } from '../schema/types.js';
import type { Level } from '../schema/constants.js';
import type { Params, ParamsOverride } from '../calibrate/params.js';
import type { Scenario } from '../levers/scenario.js';
import type { StructuralError } from '../backtest/structural-error.js';
import type { SimulationMeasure } from './simulation-measures.js';
import { QUANTILES } from './quantile-sorted.js';
import { planSimulation } from './simulation-plan.js';
import { runDraws } from './run-draws.js';
import { sampleQuantiles } from './sample-quantiles.js';
import { addPlanStructuralError, simulationResult } from './simulation-result.js';

export { SIMULATION_MEASURES } from './simulation-measures.js';
export type { SimulationMeasure } from './simulation-measures.js';

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
   * The model's own past forecast errors (structuralError at the base year), added to every draw on top of the
   * parameter draws so the bands also hold the error of the model's structure (docs/model.md, "Uncertainty").
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

/**
 * Draws between two progress calls of simulate.
 * @example
 * simulate(data, { draws: 1000, onProgress: (done, total) => console.log(`draw ${done}/${total}`) }); // 20 calls
 */
export const PROGRESS_EVERY = 50;

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

/**
 * Monte Carlo projection: draws the calibrated rates, the pupil forecast and the pool sources from their
 * uncertainty (docs/model.md, "Uncertainty"), runs the projection kernel for each draw, and reports the
 * quantiles p5 … p95 of each measure per unit, subject and year, and the probability that the shortage
 * exceeds a threshold.
 * @param input dataset
 * @param options draws (1000), seed, horizon (15), params, scenario, measures, subjectLevels, varianceScale, structuralError, thresholdFte, thresholdPct, keepDraws, onProgress
 * @returns quantiles in typed arrays (see SimulationResult); read them with simulationSummary
 * @example
 * const sim = simulate(data, { draws: 1000, seed: 1, thresholdPct: 5 });
 * simulationSummary(sim, { level: 'region' }); // rows with p5 … p95 per measure and year
 */
export function simulate(input: DatasetInput | Dataset, options: SimulateOptions = {}): SimulationResult {
  const plan = planSimulation(input, options);
  const N = plan.draws;
  const onProgress = options.onProgress;
  const cells = plan.measures.length * plan.groups.length * (plan.horizon + 1);
  const samples = new Float32Array(cells * N);
  const GT = plan.groups.length * (plan.horizon + 1);
  const exceedFte = plan.thresholdFte !== undefined ? new Float64Array(GT) : undefined;
  const exceedPct = plan.thresholdPct !== undefined ? new Float64Array(GT) : undefined;
  runDraws(plan, {
    samples,
    exceedFte,
    exceedPct,
    onDraw: onProgress
      ? (d) => {
          if ((d + 1) % PROGRESS_EVERY === 0 || d + 1 === N) onProgress(d + 1, N);
        }
      : undefined,
  });
  if (options.structuralError) addPlanStructuralError(plan, samples, options.structuralError);
  const kept = options.keepDraws ? samples.slice() : undefined;
  const values = new Float64Array(cells * QUANTILES.length);
  sampleQuantiles(samples, N, values, 0, cells);
  return simulationResult(plan, { values, exceedFte, exceedPct, samples: kept });
}
