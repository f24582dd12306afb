/**
 * Naive baseline: the last observed value carried forward.
 * @param history observed values up to the origin, oldest first
 * @param horizon number of years ahead
 * @returns forecasts for 1 … horizon years ahead
 * @example
 * lastValueForecast([3, 5, 4], 2); // → [4, 4]
 */
export function lastValueForecast(history: ArrayLike<number>, horizon: number): number[] {
  if (history.length === 0) throw new RangeError('lastValueForecast requires at least one observed value');
  return new Array<number>(horizon).fill(history[history.length - 1]);
}
