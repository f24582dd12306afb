import type { Dataset, DatasetInput } from '../schema/types.js';
import { toDataset } from '../schema/to-dataset.js';
import { calibrate } from '../calibrate/calibrate.js';
import type { Params, ParamsOverride } from '../calibrate/params.js';
import { withParams } from '../calibrate/params.js';
import type { Scenario } from '../levers/scenario.js';
import { validateScenario } from '../levers/validate-scenario.js';
import { prepareModel } from '../model/prepare-model.js';
import type { PreparedModel } from '../model/prepare-model.js';
import type { Model } from '../model/model.js';
import { allocateResult, runKernel } from './kernel.js';
import type { Projection } from './projection.js';
import { makeProjection } from './projection.js';

/** Options of project. */
export interface ProjectOptions {
  /** Parameters: a full Params object, or overrides merged onto calibrate(data). */
  params?: Params | ParamsOverride;
  /** Years after the base year (default 15). */
  horizon?: number;
  /** Scenario levers (default none = baseline). */
  scenario?: Scenario;
}

function isFull(p: Params | ParamsOverride | undefined): p is Params {
  return (
    !!p &&
    typeof (p as Params).baseYear === 'number' &&
    !!(p as Params).lessonShare &&
    !!(p as Params).exitRate &&
    !!(p as Params).intakeLevel
  );
}

/** Resolve the parameters of a run: full params as given, else calibrate(data) with overrides. */
export function resolveParams(data: Dataset, params: Params | ParamsOverride | undefined): Params {
  return isFull(params) ? params : withParams(calibrate(data), params as ParamsOverride | undefined);
}

/**
 * Prepare a model without running it (for repeated kernel runs, e.g. benchmarks and required intake).
 * @param input dataset
 * @param options params, horizon, scenario
 * @returns the prepared model, its candidate context and candidate terms
 * @example
 * const { model } = prepare(data, { horizon: 15 });
 */
export function prepare(input: DatasetInput | Dataset, options: ProjectOptions = {}): PreparedModel {
  const data = toDataset(input);
  const horizon = options.horizon ?? 15;
  if (!Number.isInteger(horizon) || horizon < 1 || horizon > 50)
    throw new RangeError(`project: horizon ${horizon} is not a whole number of years from 1 to 50`);
  return prepareModel(data, resolveParams(data, options.params), {
    horizon,
    scenario: validateScenario(options.scenario),
  });
}

/**
 * Run the kernel on a prepared model.
 * @param model prepared model
 * @returns the projection
 * @example
 * const p = projectModel(prepare(data).model);
 */
export function projectModel(model: Model): Projection {
  const result = allocateResult(model);
  runKernel(model, result);
  return makeProjection(model, result);
}

/**
 * Project demand, supply and the shortage for every year up to the horizon, per location, board, cluster
 * and region, per subject and sector.
 * @param input dataset (arquero tables or arrays of rows)
 * @param options params (full or overrides), horizon (default 15), scenario
 * @returns a Projection; `.table()` gives the long table (level, unit, subject, year, measure, value)
 * @example
 * const p = project(data, { horizon: 15 });
 * p.value('total_shortage_fte', 2030); // region total
 * p.table().filter((d) => d.level === 'cluster' && d.measure === 'shortage_pct');
 */
export function project(input: DatasetInput | Dataset, options: ProjectOptions = {}): Projection {
  return projectModel(prepare(input, options).model);
}
