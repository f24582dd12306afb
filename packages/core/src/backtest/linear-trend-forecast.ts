import { linearRegression } from 'simple-statistics';

/**
 * Naive baseline: the least-squares line through the last `window` observed values, extrapolated (floored at 0,
 * as every measure here is non-negative).
 * @param history observed values up to the origin, one per year, oldest first
 * @param horizon number of years ahead
 * @param window number of last values fitted (default 4; all when fewer)
 * @returns forecasts for 1 … horizon years ahead
 * @example
 * linearTrendForecast([1, 2, 3, 4], 2); // → [5, 6]
 */
export function linearTrendForecast(history: ArrayLike<number>, horizon: number, window = 4): number[] {
  const n = history.length;
  if (n === 0) throw new RangeError('linearTrendForecast requires at least one observed value');
  const from = Math.max(0, n - window);
  if (n - from < 2) return new Array<number>(horizon).fill(history[n - 1]);
  const points: [number, number][] = [];
  for (let i = from; i < n; i++) points.push([i, history[i]]);
  const { m, b } = linearRegression(points);
  return Array.from({ length: horizon }, (_, k) => Math.max(0, b + m * (n - 1 + k + 1)));
}
