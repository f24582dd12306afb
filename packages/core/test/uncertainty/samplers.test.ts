import { describe, expect, it } from 'vitest';
import {
  createRandom,
  sampleNormal,
  sampleGamma,
  sampleBeta,
  sampleRate,
  quantileSorted,
} from '../../src/index.js';

// Moments of n draws: mean and (population) variance.
function moments(n: number, draw: () => number): { mean: number; variance: number } {
  let s = 0;
  let s2 = 0;
  for (let i = 0; i < n; i++) {
    const x = draw();
    s += x;
    s2 += x * x;
  }
  const mean = s / n;
  return { mean, variance: s2 / n - mean * mean };
}

const n = 200_000;

describe('createRandom(seed)', () => {
  it('gives the same stream for the same seed and another for another seed', () => {
    const a = createRandom(7);
    const b = createRandom(7);
    const c = createRandom(8);
    const xa = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xa);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(xa);
  });

  it('draws uniformly from [0, 1): mean 1/2, variance 1/12', () => {
    const rng = createRandom(1);
    let lo = 1;
    let hi = 0;
    const m = moments(n, () => {
      const x = rng.next();
      lo = Math.min(lo, x);
      hi = Math.max(hi, x);
      return x;
    });
    expect(lo).toBeGreaterThanOrEqual(0);
    expect(hi).toBeLessThan(1);
    // standard error of the mean √(1/12 / n) ≈ 0.00065
    expect(Math.abs(m.mean - 0.5)).toBeLessThan(0.003);
    expect(Math.abs(m.variance - 1 / 12)).toBeLessThan(0.002);
  });

  it('throws on a seed that is not a finite number', () => {
    expect(() => createRandom(NaN)).toThrow(/seed NaN/);
  });
});

describe('sampleNormal(rng)', () => {
  it('has mean 0 and variance 1', () => {
    const rng = createRandom(2);
    const m = moments(n, () => sampleNormal(rng));
    expect(Math.abs(m.mean)).toBeLessThan(0.01);
    expect(Math.abs(m.variance - 1)).toBeLessThan(0.015);
  });
});

describe('sampleGamma(rng, shape)', () => {
  it('has mean k and variance k for shape k = 3 and k = 0.5', () => {
    for (const k of [3, 0.5]) {
      const rng = createRandom(3);
      const m = moments(n, () => sampleGamma(rng, k));
      expect(Math.abs(m.mean - k)).toBeLessThan(0.02 * Math.max(1, k));
      expect(Math.abs(m.variance - k)).toBeLessThan(0.05 * Math.max(1, k));
    }
  });

  it('throws on a shape that is not positive', () => {
    expect(() => sampleGamma(createRandom(1), 0)).toThrow(/shape 0 is not positive/);
  });
});

describe('sampleBeta(rng, a, b)', () => {
  it('has mean a/(a+b) and variance ab/((a+b)²(a+b+1)): Beta(2, 5) → 2/7 and 10/392', () => {
    const rng = createRandom(4);
    const m = moments(n, () => sampleBeta(rng, 2, 5));
    expect(Math.abs(m.mean - 2 / 7)).toBeLessThan(0.002);
    expect(Math.abs(m.variance - 10 / 392)).toBeLessThan(0.0005);
  });
});

describe('sampleRate(rng, mean, trials, varianceScale)', () => {
  it('draws Beta(m·n, (1−m)·n): mean m, variance m(1−m)/(n+1); m = 0.3, n = 100 → 0.21/101', () => {
    const rng = createRandom(5);
    const m = moments(n, () => sampleRate(rng, 0.3, 100));
    expect(Math.abs(m.mean - 0.3)).toBeLessThan(0.001);
    expect(Math.abs(m.variance - 0.21 / 101)).toBeLessThan(0.0001);
  });

  it('divides the trials by varianceScale: scale 2 doubles the variance to 0.21/51', () => {
    const rng = createRandom(6);
    const m = moments(n, () => sampleRate(rng, 0.3, 100, 2));
    expect(Math.abs(m.variance - 0.21 / 51)).toBeLessThan(0.0002);
  });

  it('returns the mean itself with no trials, varianceScale 0, or a mean of 0 or 1', () => {
    const rng = createRandom(7);
    expect(sampleRate(rng, 0.3, 0)).toBe(0.3);
    expect(sampleRate(rng, 0.3, 100, 0)).toBe(0.3);
    expect(sampleRate(rng, 0, 100)).toBe(0);
    expect(sampleRate(rng, 1, 100)).toBe(1);
  });
});

describe('quantileSorted(sorted, p)', () => {
  it('interpolates between order statistics at h = (n − 1)·p', () => {
    const x = Float64Array.of(1, 2, 3, 4);
    expect(quantileSorted(x, 0.5)).toBeCloseTo(2.5, 12); // h = 1.5
    expect(quantileSorted(x, 0.1)).toBeCloseTo(1.3, 12); // h = 0.3
    expect(quantileSorted(x, 0.95)).toBeCloseTo(3.85, 12); // h = 2.85
    expect(quantileSorted(x, 0)).toBe(1);
    expect(quantileSorted(x, 1)).toBe(4);
    expect(quantileSorted([], 0.5)).toBeNaN();
  });
});
