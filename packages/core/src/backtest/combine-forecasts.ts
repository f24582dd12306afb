import type { BacktestForecastRow } from './backtest-forecasts.js';
import { combinationWeight } from './combination-weight.js';

/** Past origins a level's shortage weight counts as against a unit's own, unless unitShrinkage says otherwise. */
export const UNIT_SHRINKAGE = 5;

/** Options of combineForecasts. */
export interface CombineForecastsOptions {
  /** Past origins needed before the shortage weight is estimated (default 2); with fewer, defaultWeight is used. */
  minPastOrigins?: number;
  /** Weight of the model before enough past origins exist (default ½: equal weights). */
  defaultWeight?: number;
  /**
   * Past origins k the level's shortage weight counts as against the unit's own (default UNIT_SHRINKAGE, 5): a unit's
   * weight is (n·w_unit + k·w_level) / (n + k), n its past origins (the level's alone below minPastOrigins). 0 gives
   * each unit its own weight; Infinity the level's.
   */
  unitShrinkage?: number;
}

/** A forecast row with the combination forecast, the model's weight in it and the other member. */
export type CombinedForecastRow<R extends BacktestForecastRow = BacktestForecastRow> = R & {
  combination: number;
  weight: number;
  partner: 'last_value' | 'linear_trend';
};

/**
 * The combination forecast of every row, chosen per measure on development worlds (docs/accuracy.md):
 * - total shortage: w·model + (1 − w)·last value, the shortage being persistent from year to year. The weight of a
 *   row from origin T is chosen (combinationWeight) from the rows whose outcome is known at T (origin T′ with
 *   T′ + k ≤ T), at every horizon k: pooling the horizons gives the long horizons evidence at all. The unit's own
 *   rows give its weight, shrunk to the weight of all rows of its level and measure by unitShrinkage: units of a
 *   level differ in how far the model is worth following, but a unit has few past origins. With fewer than
 *   minPastOrigins past origins the weight is defaultWeight (equal weights).
 * - demand and supply: ½·model + ½·linear trend. Fixed equal weights: weights estimated from the few past origins
 *   did worse than equal weights (the "forecast combination puzzle").
 * @param rows backtestForecasts rows (they must include the past origins)
 * @param options minPastOrigins (2), defaultWeight (½), unitShrinkage (5)
 * @returns the rows, each with `combination`, the model's `weight` and the `partner` it is combined with
 * @example
 * const rows = combineForecasts(backtestForecasts(data, { origins: [2016, 2017, 2018, 2019] }));
 * rows.find((r) => r.origin === 2019 && r.measure === 'total_shortage_fte')?.weight; // from outcomes ≤ 2019
 */
export function combineForecasts<R extends BacktestForecastRow>(
  rows: readonly R[],
  options: CombineForecastsOptions = {},
): CombinedForecastRow<R>[] {
  const minPast = options.minPastOrigins ?? 2;
  const fallback = options.defaultWeight ?? 0.5;
  const k = options.unitShrinkage ?? UNIT_SHRINKAGE;
  if (!(k >= 0)) throw new RangeError(`combineForecasts: unitShrinkage ${k} is not a number ≥ 0`);
  const groups = new Map<string, R[]>();
  const add = (key: string, r: R) => {
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(r);
  };
  for (const r of rows) {
    add(`${r.level}|${r.measure}`, r);
    add(`${r.level}|${r.measure}|${r.unit}`, r);
  }
  const pastOf = (key: string, origin: number) =>
    groups.get(key)!.filter((x) => x.origin + x.horizon <= origin);
  const originCount = (past: readonly R[]) => new Set(past.map((x) => x.origin)).size;
  const weights = new Map<string, number>();
  const cached = (key: string, weight: () => number) => {
    let w = weights.get(key);
    if (w === undefined) weights.set(key, (w = weight()));
    return w;
  };
  const levelWeight = (r: R) =>
    cached(`${r.level}|${r.measure}|${r.origin}`, () => {
      const past = pastOf(`${r.level}|${r.measure}`, r.origin);
      return originCount(past) >= minPast ? combinationWeight(past, { defaultWeight: fallback }) : fallback;
    });
  const shortageWeight = (r: R) =>
    cached(`${r.level}|${r.measure}|${r.origin}|${r.unit}`, () => {
      const level = levelWeight(r);
      const own = pastOf(`${r.level}|${r.measure}|${r.unit}`, r.origin);
      const n = originCount(own);
      if (n < minPast || k === Infinity) return level;
      return (n * combinationWeight(own, { defaultWeight: fallback }) + k * level) / (n + k);
    });
  return rows.map((r) => {
    if (r.measure === 'total_shortage_fte') {
      const weight = shortageWeight(r);
      return {
        ...r,
        weight,
        partner: 'last_value',
        combination: weight * r.model + (1 - weight) * r.last_value,
      };
    }
    return { ...r, weight: 0.5, partner: 'linear_trend', combination: 0.5 * r.model + 0.5 * r.linear_trend };
  });
}
