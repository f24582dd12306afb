import { checkPairs } from './check-pairs.js';

/**
 * Symmetric mean absolute percentage error, in percent (0 … 200): mean 200·|F − A| / (|A| + |F|); a pair
 * with A = F = 0 counts as 0.
 * @param actual observed values
 * @param forecast forecasts, same length
 * @returns sMAPE in percent
 * @example
 * smape([100, 0], [110, 0]); // → (200·10/210 + 0) / 2 ≈ 4.76
 */
export function smape(actual: ArrayLike<number>, forecast: ArrayLike<number>): number {
  checkPairs('smape', actual, forecast);
  let s = 0;
  for (let i = 0; i < actual.length; i++) {
    const d = Math.abs(actual[i]) + Math.abs(forecast[i]);
    if (d > 0) s += (200 * Math.abs(forecast[i] - actual[i])) / d;
  }
  return s / actual.length;
}
