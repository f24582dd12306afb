/**
 * The quantiles reported by simulate, as probabilities.
 * @example
 * QUANTILES.indexOf(0.5); // → 3 (the median)
 */
export const QUANTILES = [0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95] as const;

/** Names of the quantiles, in the order of QUANTILES. */
export const QUANTILE_NAMES = ['p5', 'p10', 'p25', 'p50', 'p75', 'p90', 'p95'] as const;
/** A quantile name. */
export type QuantileName = (typeof QUANTILE_NAMES)[number];

/**
 * A quantile of sorted values by linear interpolation between order statistics (type 7, as R's default
 * and simple-statistics' quantileSorted for interior points): h = (n − 1)·p.
 * @param sorted values in ascending order
 * @param p probability in [0, 1]
 * @returns the quantile (NaN when empty)
 * @example
 * quantileSorted(Float64Array.of(1, 2, 3, 4), 0.5); // → 2.5
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  if (p <= 0) return sorted[0];
  if (p >= 1) return sorted[n - 1];
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}
