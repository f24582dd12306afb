import type { StructuralError } from './structural-error-type.js';
import { addStructuralError } from './add-structural-error.js';
import { QUANTILES } from './quantile-sorted.js';
import type { SimulationResult } from './simulation-types.js';
import type { SimulationPlan } from './simulation-plan.js';

/**
 * Adds the model's structural error to a plan's samples, in place (see addStructuralError), after checking
 * that it is for the plan's base year.
 * @param plan from planSimulation
 * @param samples all draws of the plan
 * @param error structuralError at the base year
 * @example
 * addPlanStructuralError(plan, samples, structuralError(data, { lastYear: plan.model.baseYear }));
 */
export function addPlanStructuralError(
  plan: SimulationPlan,
  samples: Float32Array,
  error: StructuralError,
): void {
  if (error.lastYear !== plan.model.baseYear)
    throw new RangeError(
      `simulate: structuralError is for origin ${error.lastYear}, not the base year ${plan.model.baseYear}`,
    );
  addStructuralError(samples, error, {
    measures: plan.measures,
    groups: plan.groups,
    years: plan.horizon + 1,
    draws: plan.draws,
    seed: plan.seed,
  });
}

/**
 * simulate's result from a plan, its quantiles and exceedance counts (divided by the draws here, in place).
 * @param plan from planSimulation
 * @param parts values (quantiles), exceedance counts, and the kept samples
 * @returns the result
 * @example
 * const result = simulationResult(plan, { values, exceedFte });
 */
export function simulationResult(
  plan: SimulationPlan,
  parts: { values: Float64Array; exceedFte?: Float64Array; exceedPct?: Float64Array; samples?: Float32Array },
): SimulationResult {
  const { values, exceedFte, exceedPct, samples } = parts;
  const N = plan.draws;
  const { model, pupilError } = plan;
  if (exceedFte) for (let i = 0; i < exceedFte.length; i++) exceedFte[i] /= N;
  if (exceedPct) for (let i = 0; i < exceedPct.length; i++) exceedPct[i] /= N;
  return {
    draws: N,
    seed: plan.seed,
    baseYear: model.baseYear,
    years: model.years.slice(),
    quantiles: [...QUANTILES],
    measures: [...plan.measures],
    groups: plan.groups,
    values,
    ...(exceedFte ? { exceedanceFte: exceedFte, thresholdFte: plan.thresholdFte } : {}),
    ...(exceedPct ? { exceedancePct: exceedPct, thresholdPct: plan.thresholdPct } : {}),
    ...(samples ? { samples } : {}),
    pupilError: {
      region: Array.from(pupilError.region),
      local: Array.from(pupilError.local),
      source: pupilError.source,
    },
  };
}
