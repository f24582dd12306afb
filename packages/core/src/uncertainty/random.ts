/** A seeded source of uniform random numbers in [0, 1). */
export interface Random {
  /** Next uniform number in [0, 1) (32 bits of resolution). */
  next(): number;
}

function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/**
 * A xoshiro128** generator seeded through splitmix32: fast, 2¹²⁸ − 1 period, and the same numbers on every
 * platform for the same seed.
 * @param seed any number (its low 32 bits are used)
 * @returns a Random
 * @example
 * const rng = createRandom(42);
 * rng.next(); // → the same number on every run
 */
export function createRandom(seed: number): Random {
  if (!Number.isFinite(seed)) throw new RangeError(`createRandom: seed ${seed} is not a finite number`);
  const init = splitmix32(Math.trunc(seed));
  return xoshiro128(init(), init(), init(), init());
}

/**
 * The generator of one draw of a simulation: a xoshiro128** stream derived from the seed and the draw's index
 * alone (its state is the seed's splitmix32 words xor the draw's), so a draw's numbers do not depend on the draws
 * before it and draws can be split over worker threads with the same result.
 * @param seed the simulation's seed (its low 32 bits are used)
 * @param draw the draw's index, a whole number ≥ 0
 * @returns a Random
 * @example
 * const rng = createDrawRandom(20251001, 999); // the same numbers as draw 999 of any run with this seed
 */
export function createDrawRandom(seed: number, draw: number): Random {
  if (!Number.isFinite(seed)) throw new RangeError(`createDrawRandom: seed ${seed} is not a finite number`);
  if (!Number.isInteger(draw) || draw < 0)
    throw new RangeError(`createDrawRandom: draw ${draw} is not a whole number ≥ 0`);
  const fromSeed = splitmix32(Math.trunc(seed));
  // Spread neighbouring draw indices before splitmix32 mixes them; the xor keeps states of different draws distinct.
  const fromDraw = splitmix32(Math.imul(draw, 0x2545f491) ^ 0x6a09e667);
  return xoshiro128(
    fromSeed() ^ fromDraw(),
    fromSeed() ^ fromDraw(),
    fromSeed() ^ fromDraw(),
    fromSeed() ^ fromDraw(),
  );
}

function xoshiro128(a: number, b: number, c: number, d: number): Random {
  if ((a | b | c | d) === 0) a = 1;
  return {
    next() {
      const r = Math.imul(((Math.imul(b, 5) << 7) | (Math.imul(b, 5) >>> 25)) >>> 0, 9) >>> 0;
      const t = b << 9;
      c ^= a;
      d ^= b;
      b ^= c;
      a ^= d;
      c ^= t;
      d = (d << 11) | (d >>> 21);
      return r / 4294967296;
    },
  };
}
