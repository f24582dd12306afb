import type { BacktestForecastRow } from './backtest-forecasts.js';
import { combinationWeight } from './combination-weight.js';

/** Options of combineForecasts. */
export interface CombineForecastsOptions {
  /** Past origins needed before the weight is estimated (default 2); with fewer, defaultWeight is used. */
  minPastOrigins?: number;
  /** Weight of the model before enough past origins exist (default ½: equal weights). */
  defaultWeight?: number;
}

/** A forecast row with the combination forecast and the model's weight in it. */
export type CombinedForecastRow<R extends BacktestForecastRow = BacktestForecastRow> = R & {
  combination: number;
  weight: number;
};

/**
 * The combination forecast w·model + (1 − w)·last value for every row. The weight of a row from origin T at
 * horizon h is chosen (combinationWeight) from the rows of the same level, measure and horizon whose origin T′
 * has T′ + h ≤ T, so it uses only outcomes known at T; with fewer than minPastOrigins such origins it is
 * defaultWeight (equal weights).
 * @param rows backtestForecasts rows (they must include the past origins)
 * @param options minPastOrigins (2), defaultWeight (½)
 * @returns the rows, each with `combination` and `weight`
 * @example
 * const rows = combineForecasts(backtestForecasts(data, { origins: [2016, 2017, 2018, 2019] }));
 * rows.find((r) => r.origin === 2019 && r.horizon === 1)?.weight; // chosen from origins 2016–2018
 */
export function combineForecasts<R extends BacktestForecastRow>(
  rows: readonly R[],
  options: CombineForecastsOptions = {},
): CombinedForecastRow<R>[] {
  const minPast = options.minPastOrigins ?? 2;
  const groups = new Map<string, R[]>();
  for (const r of rows) {
    const key = `${r.level}|${r.measure}|${r.horizon}`;
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(r);
  }
  const weights = new Map<string, number>();
  const weightOf = (r: R) => {
    const key = `${r.level}|${r.measure}|${r.horizon}|${r.origin}`;
    let w = weights.get(key);
    if (w !== undefined) return w;
    const past = groups
      .get(`${r.level}|${r.measure}|${r.horizon}`)!
      .filter((x) => x.origin + r.horizon <= r.origin);
    const origins = new Set(past.map((x) => x.origin)).size;
    w =
      origins >= minPast
        ? combinationWeight(past, { defaultWeight: options.defaultWeight })
        : (options.defaultWeight ?? 0.5);
    weights.set(key, w);
    return w;
  };
  return rows.map((r) => {
    const weight = weightOf(r);
    return { ...r, weight, combination: weight * r.model + (1 - weight) * r.last_value };
  });
}
