import type { Random } from './random.js';
import { sampleGamma } from './sample-gamma.js';

/**
 * A Beta(a, b) draw as X / (X + Y) with X ~ Gamma(a), Y ~ Gamma(b): mean a / (a + b).
 * @param rng seeded generator
 * @param a first shape, > 0
 * @param b second shape, > 0
 * @returns a draw in [0, 1]
 * @example
 * sampleBeta(createRandom(1), 30, 70); // near 0.3
 */
export function sampleBeta(rng: Random, a: number, b: number): number {
  if (!(a > 0) || !(b > 0)) throw new RangeError(`sampleBeta: shapes ${a}, ${b} must both be positive`);
  const x = sampleGamma(rng, a);
  const y = sampleGamma(rng, b);
  return x + y > 0 ? x / (x + y) : a / (a + b);
}

/**
 * A rate drawn around its estimate: Beta(m·n, (1 − m)·n), mean m, variance m(1 − m)/(n + 1), where n is the
 * number of trials behind the estimate (divided by `varianceScale`). Returns m itself when m is 0 or 1,
 * n is not positive or varianceScale is 0.
 * @param rng seeded generator
 * @param mean the estimate m in [0, 1]
 * @param trials number of trials n behind it
 * @param varianceScale multiplier of the variance (0 = no uncertainty)
 * @returns a draw in [0, 1]
 * @example
 * sampleRate(rng, 0.35, 200); // binding rate from 200 placed graduates
 */
export function sampleRate(rng: Random, mean: number, trials: number, varianceScale = 1): number {
  if (!(mean > 0) || !(mean < 1) || !(trials > 0) || !(varianceScale > 0)) return mean;
  const n = trials / varianceScale;
  return sampleBeta(rng, mean * n, (1 - mean) * n);
}
