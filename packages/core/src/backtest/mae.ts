import { checkPairs } from './check-pairs.js';

/**
 * Mean absolute error: mean |forecast − actual|.
 * @param actual observed values
 * @param forecast forecasts, same length
 * @returns the MAE, in the unit of the data
 * @example
 * mae([10, 20], [12, 17]); // → (2 + 3) / 2 = 2.5
 */
export function mae(actual: ArrayLike<number>, forecast: ArrayLike<number>): number {
  checkPairs('mae', actual, forecast);
  let s = 0;
  for (let i = 0; i < actual.length; i++) s += Math.abs(forecast[i] - actual[i]);
  return s / actual.length;
}
