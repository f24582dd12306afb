import { createRandom } from '../uncertainty/random.js';
import { quantileSorted } from '../uncertainty/quantile-sorted.js';

/** One forecast pair: the same outcome forecast by a method and by a baseline. */
export interface PairedForecast {
  /** Resampling block: forecasts of the same origin are drawn together. */
  origin: number;
  actual: number;
  method: number;
  baseline: number;
  /** MASE denominator; pairs with scale ≤ 0 or NaN are left out. */
  scale: number;
}

/** MASE(method) − MASE(baseline) with its bootstrap interval. */
export interface PairedDifference {
  difference: number;
  lo: number;
  hi: number;
  /** Origins resampled. */
  blocks: number;
}

/**
 * Paired block bootstrap of MASE(method) − MASE(baseline): resamples whole origins with replacement (all
 * units and both methods of a drawn origin together, so the pairing and the dependence between units of one
 * origin are kept) and reports the percentile interval of the difference. Seeded.
 * @param pairs forecasts of the method and the baseline of the same outcomes
 * @param options draws (1000), seed (1), level (0.95)
 * @returns the difference on all pairs and its interval (NaN when no pair has a scale)
 * @example
 * pairedBootstrap(rows.map((r) => ({ origin: r.origin, actual: r.actual, method: r.model, baseline: r.last_value, scale: r.scale })));
 */
export function pairedBootstrap(
  pairs: readonly PairedForecast[],
  options: { draws?: number; seed?: number; level?: number } = {},
): PairedDifference {
  const draws = options.draws ?? 1000;
  const level = options.level ?? 0.95;
  const byOrigin = new Map<number, { diff: number; n: number }>();
  for (const p of pairs) {
    if (!(p.scale > 0)) continue;
    let b = byOrigin.get(p.origin);
    if (!b) byOrigin.set(p.origin, (b = { diff: 0, n: 0 }));
    b.diff += (Math.abs(p.method - p.actual) - Math.abs(p.baseline - p.actual)) / p.scale;
    b.n++;
  }
  const blocks = [...byOrigin.keys()].sort((a, b) => a - b).map((k) => byOrigin.get(k)!);
  const B = blocks.length;
  if (!B) return { difference: NaN, lo: NaN, hi: NaN, blocks: 0 };
  const total = blocks.reduce((s, b) => s + b.diff, 0);
  const count = blocks.reduce((s, b) => s + b.n, 0);
  const rng = createRandom(options.seed ?? 1);
  const stats = new Float64Array(draws);
  for (let i = 0; i < draws; i++) {
    let s = 0;
    let n = 0;
    for (let j = 0; j < B; j++) {
      const b = blocks[Math.floor(rng.next() * B)];
      s += b.diff;
      n += b.n;
    }
    stats[i] = s / n;
  }
  stats.sort();
  return {
    difference: total / count,
    lo: quantileSorted(stats, (1 - level) / 2),
    hi: quantileSorted(stats, 1 - (1 - level) / 2),
    blocks: B,
  };
}
