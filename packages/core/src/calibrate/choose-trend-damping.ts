import { linearRegression } from 'simple-statistics';

/** Damping factors tried by chooseTrendDamping: 0 holds the last level, 1 is the straight line. */
export const TREND_DAMPINGS = [0, 0.25, 0.5, 0.75, 0.9, 1];

/**
 * The trend of a series, damped: `x(T + h) = x(T) + m · Σ_{k=1..h} φ^k`. Chooses `φ` by rolling origin on the series
 * itself: for every inner origin with at least `minPoints` points up to it, fit the least-squares slope `m` on those
 * points, forecast 1 … `maxHorizon` years ahead from the last point, and add up the absolute errors against the points
 * that follow; the `φ` with the smallest sum wins (ties: the smaller φ). With fewer points, `fallback`.
 * @param points [year, value] pairs in year order
 * @param options minPoints (4), maxHorizon (3), fallback (1)
 * @returns the chosen damping factor
 * @example
 * chooseTrendDamping([[2014, 15], [2015, 15.2], [2016, 15.4], [2017, 15.6], [2018, 15.8], [2019, 16]]); // → 1
 */
export function chooseTrendDamping(
  points: [number, number][],
  options: { minPoints?: number; maxHorizon?: number; fallback?: number } = {},
): number {
  const minPoints = options.minPoints ?? 4;
  const maxHorizon = options.maxHorizon ?? 3;
  let best = options.fallback ?? 1;
  let bestError = Infinity;
  let any = false;
  const errors = TREND_DAMPINGS.map(() => 0);
  for (let i = minPoints - 1; i < points.length - 1; i++) {
    const slope = linearRegression(points.slice(0, i + 1)).m;
    const [t0, x0] = points[i];
    for (let j = i + 1; j < points.length && points[j][0] - t0 <= maxHorizon; j++) {
      const h = points[j][0] - t0;
      TREND_DAMPINGS.forEach((phi, k) => {
        let steps = 0;
        for (let q = 1; q <= h; q++) steps += phi ** q;
        errors[k] += Math.abs(x0 + slope * steps - points[j][1]);
      });
      any = true;
    }
  }
  if (!any) return best;
  TREND_DAMPINGS.forEach((phi, k) => {
    if (errors[k] < bestError - 1e-12) {
      bestError = errors[k];
      best = phi;
    }
  });
  return best;
}

/**
 * Cumulative damped steps `Σ_{k=1..t} φ^k` (t for φ = 1).
 * @example
 * dampedSteps(0.5, 2); // → 0.75
 */
export function dampedSteps(phi: number, t: number): number {
  if (phi === 1) return t;
  let sum = 0;
  let p = 1;
  for (let k = 1; k <= t; k++) {
    p *= phi;
    sum += p;
  }
  return sum;
}
