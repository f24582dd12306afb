import type { BacktestForecastRow } from './backtest-forecasts.js';
import { combinationWeight } from './combination-weight.js';

/** Options of combineForecasts. */
export interface CombineForecastsOptions {
  /** Past origins needed before the shortage weight is estimated (default 2); with fewer, defaultWeight is used. */
  minPastOrigins?: number;
  /** Weight of the model before enough past origins exist (default ½: equal weights). */
  defaultWeight?: number;
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
 *   row from origin T is chosen (combinationWeight) from the rows of the same level and measure, at every horizon
 *   k, whose outcome is known at T (origin T′ with T′ + k ≤ T): pooling the horizons gives the long horizons
 *   evidence at all. With fewer than minPastOrigins such origins it is defaultWeight (equal weights).
 * - demand and supply: ½·model + ½·linear trend. Fixed equal weights: weights estimated from the few past origins
 *   did worse than equal weights (the "forecast combination puzzle").
 * @param rows backtestForecasts rows (they must include the past origins)
 * @param options minPastOrigins (2), defaultWeight (½)
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
  const groups = new Map<string, R[]>();
  for (const r of rows) {
    const key = `${r.level}|${r.measure}`;
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(r);
  }
  const weights = new Map<string, number>();
  const shortageWeight = (r: R) => {
    const key = `${r.level}|${r.measure}|${r.origin}`;
    let w = weights.get(key);
    if (w !== undefined) return w;
    const past = groups.get(`${r.level}|${r.measure}`)!.filter((x) => x.origin + x.horizon <= r.origin);
    const origins = new Set(past.map((x) => x.origin)).size;
    w = origins >= minPast ? combinationWeight(past, { defaultWeight: fallback }) : fallback;
    weights.set(key, w);
    return w;
  };
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
