import type { Dataset, DatasetInput } from '../schema/types.js';
import type { SimulateOptions, SimulationResult } from './simulation-types.js';
import { QUANTILES } from './quantile-sorted.js';
import { planSimulation } from './simulation-plan.js';
import { runDraws } from './run-draws.js';
import { sampleQuantiles } from './sample-quantiles.js';
import { addPlanStructuralError, simulationResult } from './simulation-result.js';
import { spareBuffer } from './spare-buffer.js';

export { SIMULATION_MEASURES } from './simulation-measures.js';
export type { SimulationMeasure } from './simulation-measures.js';
export type { SimulateOptions, SimulationGroup, SimulationResult } from './simulation-types.js';

/**
 * Draws between two progress calls of simulate.
 * @example
 * simulate(data, { draws: 1000, onProgress: (done, total) => console.log(`draw ${done}/${total}`) }); // 20 calls
 */
export const PROGRESS_EVERY = 50;

// The samples' memory, reused by the next call (see spareBuffer): every draw of every cell is written before it is read.
const spareSamples = spareBuffer((bytes) => new ArrayBuffer(bytes));

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
  const buffer = spareSamples.take(cells * N * 4);
  const samples = new Float32Array(buffer, 0, cells * N);
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
  spareSamples.give(buffer);
  return simulationResult(plan, { values, exceedFte, exceedPct, samples: kept });
}
