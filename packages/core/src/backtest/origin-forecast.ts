import type { Dataset } from '../schema/types.js';
import { toDataset } from '../schema/to-dataset.js';
import type { Params } from '../calibrate/params.js';
import { calibrate } from '../calibrate/calibrate.js';
import type { Scenario } from '../levers/scenario.js';
import { project } from '../projection/project.js';
import type { Projection } from '../projection/projection.js';
import { sliceHistory } from '../dataset/slice-history.js';

/** How a backtest projects pupils from an origin. */
export type BacktestPupils = 'vintage' | 'held';

/** Options of originForecast. */
export interface OriginForecastOptions {
  /** `vintage` (default): the latest pupil forecast with base year ≤ origin; `held`: no forecast, pupils stay at the last count. */
  pupils?: BacktestPupils;
  /** Scenario of the model forecasts (default none). */
  scenario?: Scenario;
}

/** The model as it stood at an origin: the data known then, its calibration and its 5-year projection. */
export interface OriginForecast {
  origin: number;
  data: Dataset;
  params: Params;
  projection: Projection;
  /** Base year of the pupil forecast used (null: pupils held at the last count). */
  pupilVintage: number | null;
}

const HORIZON = 5;
const cache = new WeakMap<Dataset, Map<string, OriginForecast>>();

/**
 * The deterministic model forecast from an origin: sliceHistory(data, origin), calibrate, project 5 years.
 * Cached per dataset, origin, pupils and scenario: a slice of the history up to T is the same whatever
 * backtest or origin asks for it, so nested backtests (combination weights, structural errors) calibrate
 * each year once.
 * @param data dataset (the full history; only years ≤ origin are read)
 * @param origin last year known
 * @param options pupils ('vintage' | 'held'), scenario
 * @returns the origin's data, params, projection and pupil vintage
 * @example
 * originForecast(data, 2020).projection.value('total_shortage_fte', 2022);
 */
export function originForecast(
  data: Dataset,
  origin: number,
  options: OriginForecastOptions = {},
): OriginForecast {
  const pupils = options.pupils ?? 'vintage';
  const key = `${origin}|${pupils}|${options.scenario ? JSON.stringify(options.scenario) : ''}`;
  let byKey = cache.get(data);
  if (!byKey) cache.set(data, (byKey = new Map()));
  const hit = byKey.get(key);
  if (hit) return hit;
  const sliced = sliceHistory(data, origin);
  const then = pupils === 'held' ? toDataset({ ...sliced, pupil_forecast: [] }) : sliced;
  const params = calibrate(then);
  const projection = project(then, { params, horizon: HORIZON, scenario: options.scenario });
  let vintage = -Infinity;
  for (const r of then.pupil_forecast) if (r.base_year > vintage) vintage = r.base_year;
  const result: OriginForecast = {
    origin,
    data: then,
    params,
    projection,
    pupilVintage: Number.isFinite(vintage) ? vintage : null,
  };
  byKey.set(key, result);
  return result;
}
