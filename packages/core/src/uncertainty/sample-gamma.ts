import type { Random } from './random.js';
import { sampleNormal } from './sample-normal.js';

/**
 * A Gamma(shape, 1) draw by Marsaglia and Tsang's squeeze method (shape < 1 by the boost
 * Gamma(k) = Gamma(k + 1) · U^(1/k)). Multiply by a scale θ for Gamma(k, θ): mean kθ, variance kθ².
 * @param rng seeded generator
 * @param shape k > 0
 * @returns a draw
 * @example
 * sampleGamma(createRandom(1), 4) * 0.25; // a Gamma(4, 0.25) draw: mean 1, variance 0.25
 */
export function sampleGamma(rng: Random, shape: number): number {
  if (!(shape > 0)) throw new RangeError(`sampleGamma: shape ${shape} is not positive`);
  if (shape < 1) {
    let u = rng.next();
    while (u === 0) u = rng.next();
    return sampleGamma(rng, shape + 1) * Math.pow(u, 1 / shape);
  }
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = sampleNormal(rng);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = rng.next();
    if (u < 1 - 0.0331 * x * x * x * x) return d * v;
    if (u > 0 && Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}
