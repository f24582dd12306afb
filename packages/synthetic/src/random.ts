/**
 * A small seeded pseudo-random generator (xoshiro128**, seeded through splitmix32) with the draws the
 * simulator needs. Same seed and same call sequence → same numbers on every platform.
 */
export interface Random {
  /** Uniform on [0, 1). */
  next(): number;
  /** Uniform on [min, max). */
  uniform(min: number, max: number): number;
  /** Whole number on 0 … n − 1. */
  int(n: number): number;
  /** True with probability p. */
  bernoulli(p: number): boolean;
  /** Normal draw (Box–Muller). */
  normal(mean: number, sd: number): number;
  /** Log-normal draw with the given median and log-scale standard deviation. */
  lognormal(median: number, sdLog: number): number;
  /** Binomial draw (exact for n ≤ 50, normal approximation above). */
  binomial(n: number, p: number): number;
  /** Poisson draw (Knuth for λ < 30, normal approximation above). */
  poisson(lambda: number): number;
  /** Index drawn with probability proportional to weights[i]. */
  pickIndex(weights: ArrayLike<number>): number;
  /** Shuffles an array in place (Fisher–Yates) and returns it. */
  shuffle<T>(items: T[]): T[];
  /** An independent stream derived from this stream's seed and a label. */
  fork(label: string): Random;
}

/**
 * Hashes a string to an unsigned 32-bit integer (FNV-1a followed by a murmur3 finaliser).
 * @param text the string to hash
 * @returns a 32-bit unsigned integer
 * @example hashString("teachers") // → a fixed number
 */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function splitmix32(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

const rotl = (x: number, k: number) => (x << k) | (x >>> (32 - k));

/**
 * Creates a seeded random stream.
 * @param seed any 32-bit integer
 * @param label optional label mixed into the seed (for independent sub-streams)
 * @returns a Random
 * @example const rng = createRandom(20250901); rng.normal(0, 1);
 */
export function createRandom(seed: number, label = ''): Random {
  const mixed = (hashString(`${seed >>> 0}/${label}`) ^ Math.imul(seed >>> 0, 0x9e3779b1)) >>> 0;
  const sm = splitmix32(mixed);
  let a = sm();
  let b = sm();
  let c = sm();
  let d = sm();
  if ((a | b | c | d) === 0) a = 1;

  const nextUint = () => {
    const result = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return result;
  };
  const next = () => nextUint() / 4294967296;

  const normal = (mean: number, sd: number) => {
    let u = next();
    while (u <= 0) u = next();
    const v = next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };

  const rng: Random = {
    next,
    uniform: (min, max) => min + (max - min) * next(),
    int: (n) => Math.floor(next() * n),
    bernoulli: (p) => next() < p,
    normal,
    lognormal: (median, sdLog) => median * Math.exp(normal(0, sdLog)),
    binomial(n, p) {
      if (n <= 0 || p <= 0) return 0;
      if (p >= 1) return n;
      if (n <= 50) {
        let k = 0;
        for (let i = 0; i < n; i++) if (next() < p) k++;
        return k;
      }
      const x = Math.round(normal(n * p, Math.sqrt(n * p * (1 - p))));
      return Math.min(n, Math.max(0, x));
    },
    poisson(lambda) {
      if (lambda <= 0) return 0;
      if (lambda >= 30) return Math.max(0, Math.round(normal(lambda, Math.sqrt(lambda))));
      const limit = Math.exp(-lambda);
      let k = 0;
      let p = next();
      while (p > limit) {
        k++;
        p *= next();
      }
      return k;
    },
    pickIndex(weights) {
      let total = 0;
      for (let i = 0; i < weights.length; i++) total += weights[i];
      if (!(total > 0)) throw new Error('pickIndex requires at least one positive weight');
      let r = next() * total;
      for (let i = 0; i < weights.length; i++) {
        r -= weights[i];
        if (r < 0) return i;
      }
      for (let i = weights.length - 1; i >= 0; i--) if (weights[i] > 0) return i;
      return weights.length - 1;
    },
    shuffle(items) {
      for (let i = items.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        const tmp = items[i];
        items[i] = items[j];
        items[j] = tmp;
      }
      return items;
    },
    fork: (sub) => createRandom(seed, label ? `${label}/${sub}` : sub),
  };
  return rng;
}
