import type { Random } from './random.js';

/**
 * A standard normal draw by the Box–Muller transform (one draw per call, no cached spare, so a stream of
 * calls is reproducible whatever else consumes the generator in between).
 * @param rng seeded generator
 * @returns a draw from N(0, 1)
 * @example
 * const z = sampleNormal(createRandom(1)); // mean + sd · z is N(mean, sd²)
 */
export function sampleNormal(rng: Random): number {
  let u = rng.next();
  while (u === 0) u = rng.next();
  const v = rng.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
