import type { Dataset, DatasetInput } from '../schema/types.js';
import { toDataset } from '../schema/to-dataset.js';
import type { BacktestMeasure } from './observed-series.js';
import { BACKTEST_MEASURES, observedSeries } from './observed-series.js';
import type { BacktestLevel } from '../dataset/backtest-levels.js';
import { BACKTEST_LEVELS } from '../dataset/backtest-levels.js';
import { backtestForecasts } from './backtest-forecasts.js';
import type { BacktestPupils } from './origin-forecast.js';
import { naiveScale } from './mase.js';
import { quantileSorted } from '../uncertainty/quantile-sorted.js';
import type { StructuralError } from '../uncertainty/structural-error-type.js';

export type { StructuralError } from '../uncertainty/structural-error-type.js';

/** Options of structuralError. */
export interface StructuralErrorOptions {
  /** The origin: the last year whose data are read. */
  lastYear: number;
  /** Largest horizon (default 5). */
  horizon?: number;
  /** Years of history a past origin needs, the origin included (default 3). */
  minHistory?: number;
  /**
   * Fewest errors per level, measure and horizon before errors of other levels are pooled in (default 5: chosen on the
   * development worlds over 10 and 20, see docs/method-choice.md).
   */
  minErrors?: number;
  /** Pupils of the past forecasts (default 'vintage'). */
  pupils?: BacktestPupils;
  /** Centre the pooled errors on their median (default true; false keeps the past bias, for comparisons). */
  centre?: boolean;
  /** Floor demand and supply errors by randomWalkFloor (default true; false for comparisons). */
  floor?: boolean;
}

/** Levels whose scaled errors are pooled in, in order, when a level has too few of its own. */
const POOL_ORDER: Record<BacktestLevel, BacktestLevel[]> = {
  region: ['cluster', 'board', 'subject'],
  cluster: ['board', 'region', 'subject'],
  board: ['cluster', 'subject', 'region'],
  subject: ['board', 'cluster', 'region'],
};

/**
 * Structural error at an origin: a deterministic backtest of the data up to lastYear (origins T′ from
 * historyStart + minHistory − 1 to lastYear − 1, outcomes T′ + h ≤ lastYear), whose scaled errors give an
 * empirical distribution per level, measure and horizon. Where a level has fewer than minErrors errors at a
 * horizon, the scaled errors of the other levels are pooled in (MASE is comparable across levels). Errors grow
 * with the horizon as h^γ: the errors e of every horizon k enter as e ÷ k^γ, and horizon h uses them times h^γ. The
 * pooled errors are centred on their median (a past bias widens the band on both sides instead of shifting it), and
 * for demand and supply their root mean square at horizon h is at least √(π/2)·√h, a random walk whose steps are
 * the unit's own mean absolute year-on-year change (randomWalkFloor).
 * simulate centres its draws of these groups on the median of the parameter draws and spreads them by a draw from
 * it times the unit's scale (option structuralError).
 * @param input dataset (only years ≤ lastYear are read)
 * @param options lastYear, horizon (5), minHistory (3), minErrors (5), pupils ('vintage'), centre (true), floor (true)
 * @returns the error distributions and unit scales
 * @example
 * const sim = simulate(data, { structuralError: structuralError(data, { lastYear: data.meta.historyEnd }) });
 */
export function structuralError(
  input: DatasetInput | Dataset,
  options: StructuralErrorOptions,
): StructuralError {
  const data = toDataset(input);
  const { historyStart, historyEnd } = data.meta;
  const { lastYear } = options;
  if (!Number.isInteger(lastYear) || lastYear < historyStart || lastYear > historyEnd)
    throw new RangeError(
      `structuralError: lastYear ${lastYear} is not a whole year from ${historyStart} to ${historyEnd}`,
    );
  const H = options.horizon ?? 5;
  const minErrors = options.minErrors ?? 5;
  const first = historyStart + (options.minHistory ?? 3) - 1;
  const origins: number[] = [];
  for (let T = first; T < lastYear; T++) origins.push(T);
  const rows = backtestForecasts(data, {
    origins,
    horizon: H,
    outcomesUpTo: lastYear,
    pupils: options.pupils,
  });
  const own = new Map<string, number[]>();
  for (const r of rows) {
    if (!(r.scale > 0)) continue;
    const key = `${r.level}|${r.measure}|${r.horizon}`;
    let list = own.get(key);
    if (!list) own.set(key, (list = []));
    list.push((r.actual - r.model) / r.scale);
  }
  const pooled = (level: BacktestLevel, measure: BacktestMeasure, h: number) =>
    pooledErrors(own, level, `${measure}|${h}`, minErrors);
  // Errors grow with the horizon as h^γ, γ fitted on the past errors (least squares of log mean |e_k| on log k);
  // pooling e/k^γ over horizons k and scaling by h^γ lets every horizon use every past forecast, which matters at
  // early origins with few long-horizon outcomes.
  const errors: Record<string, number[]> = {};
  const growth: Record<string, number> = {};
  for (const level of BACKTEST_LEVELS)
    for (const measure of BACKTEST_MEASURES) {
      const byHorizon = Array.from({ length: H }, (_, i) => pooled(level, measure, i + 1));
      const gamma = growthExponent(byHorizon);
      growth[`${level}|${measure}`] = gamma;
      const perYear: number[] = [];
      byHorizon.forEach((list, i) => {
        const f = (i + 1) ** gamma;
        for (const e of list) perYear.push(e / f);
      });
      perYear.sort((a, b) => a - b);
      const centred = options.centre === false ? perYear : centredErrors(perYear);
      const floor = options.floor !== false && measure !== 'total_shortage_fte';
      for (let h = 1; h <= H; h++)
        errors[`${level}|${measure}|${h}`] = horizonErrors(centred, gamma, h, floor);
    }
  const scales: Record<string, number> = {};
  const n = lastYear - historyStart + 1;
  for (const [key, series] of observedSeries(data, BACKTEST_LEVELS)) {
    const [level] = key.split('|');
    if (level === 'location') continue;
    scales[key] = naiveScale(series.subarray(0, n));
  }
  return { lastYear, horizon: H, errors, scales, origins, growth };
}

/**
 * A level's own scaled errors at one measure and horizon, with the other levels' appended in POOL_ORDER while the list
 * is shorter than minErrors (a whole level at a time).
 * @param own errors per `level|measure|horizon`
 * @param level the level whose errors are wanted
 * @param measureHorizon `measure|horizon`
 * @param minErrors fewest errors before no further level is pooled in
 * @returns the errors, own first
 * @example
 * pooledErrors(new Map([['region|demand_fte|1', [1, 2]], ['cluster|demand_fte|1', [3]]]), 'region', 'demand_fte|1', 3);
 * // → [1, 2, 3]
 */
export function pooledErrors(
  own: ReadonlyMap<string, readonly number[]>,
  level: BacktestLevel,
  measureHorizon: string,
  minErrors: number,
): number[] {
  const list = [...(own.get(`${level}|${measureHorizon}`) ?? [])];
  for (const other of POOL_ORDER[level]) {
    if (list.length >= minErrors) break;
    list.push(...(own.get(`${other}|${measureHorizon}`) ?? []));
  }
  return list;
}

/**
 * The exponent γ of `mean |e_h| ∝ h^γ` over the horizons with at least three errors: the least-squares slope of
 * log mean |e_h| on log h, clamped to [0.5, 1]; 1 with fewer than two such horizons.
 * @param byHorizon errors per horizon, [h − 1]
 * @example
 * growthExponent([[1, -1, 1], [2, -2, 2], [3, -3, 3]]); // → 1 (errors grow in proportion to the horizon)
 */
export function growthExponent(byHorizon: number[][]): number {
  const points: [number, number][] = [];
  byHorizon.forEach((list, i) => {
    if (list.length < 3) return;
    const m = list.reduce((sum, e) => sum + Math.abs(e), 0) / list.length;
    if (m > 0) points.push([Math.log(i + 1), Math.log(m)]);
  });
  if (points.length < 2) return 1;
  const mx = points.reduce((s, p) => s + p[0], 0) / points.length;
  const my = points.reduce((s, p) => s + p[1], 0) / points.length;
  let num = 0;
  let den = 0;
  for (const [x, y] of points) {
    num += (x - mx) * (y - my);
    den += (x - mx) ** 2;
  }
  const slope = den > 0 ? num / den : 1;
  return Math.min(1, Math.max(0.5, slope));
}

/**
 * The pooled errors minus their median (type 7), still sorted: the spread of the model's past errors without their
 * average direction, which a break can reverse (the 2021–22 demand jump turned under- into over-forecasts).
 * @param sorted errors in ascending order
 * @returns the centred errors
 * @example
 * centredErrors([1, 2, 6]); // → [-1, 0, 4]
 */
export function centredErrors(sorted: readonly number[]): number[] {
  const m = quantileSorted(sorted, 0.5);
  return sorted.map((e) => e - m);
}

/**
 * The errors at horizon h from the pooled per-year errors: times h^γ, and, with the floor, stretched further while
 * their root mean square is below randomWalkFloor(h).
 * @param perYear pooled errors e ÷ k^γ, sorted (centred or not)
 * @param gamma growth exponent γ
 * @param h horizon in years
 * @param floor apply the random-walk floor (demand and supply)
 * @returns the errors at h, sorted
 * @example
 * horizonErrors([-0.5, 0.5], 0.5, 4, true); // → [-2.5066…, 2.5066…]: 4^0.5 = 2 gives rms 1 < √(π/2)·2
 */
export function horizonErrors(
  perYear: readonly number[],
  gamma: number,
  h: number,
  floor: boolean,
): number[] {
  let f = h ** gamma;
  const rms = Math.sqrt(perYear.reduce((s, e) => s + e * e, 0) / (perYear.length || 1));
  if (floor && rms > 0) f = Math.max(f, randomWalkFloor(h) / rms);
  return perYear.map((e) => e * f);
}

/**
 * Smallest root mean square of the scaled structural error of demand and supply h years ahead: a random walk whose
 * yearly steps are normal with mean absolute size 1 (the unit's naive scale), so standard deviation √(π/2), h steps
 * √(π/2)·√h. Known at the origin from the unit's own history, it keeps a band open where the few past origins never
 * showed a shock.
 * @param h horizon in years
 * @returns √(π/2)·√h
 * @example
 * randomWalkFloor(4); // → 2.5066… (√(π/2) · 2)
 */
export function randomWalkFloor(h: number): number {
  return Math.sqrt((Math.PI / 2) * h);
}
