import { describe, expect, it } from 'vitest';
import { createRandom } from '../src/random.ts';

const N = 40_000;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const variance = (xs: number[]) => {
  const m = mean(xs);
  return xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1);
};
const draw = (f: () => number) => Array.from({ length: N }, f);

describe('createRandom(seed)', () => {
  it('createRandom(seed) repeats the same stream for the same seed and differs for another', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const c = createRandom(43);
    const xs = draw(() => a.next()).slice(0, 10);
    expect(draw(() => b.next()).slice(0, 10)).toEqual(xs);
    expect(draw(() => c.next()).slice(0, 10)).not.toEqual(xs);
  });

  it('createRandom(seed).fork(label) gives independent, repeatable streams', () => {
    const x = createRandom(1).fork('teachers').next();
    expect(createRandom(1).fork('teachers').next()).toBe(x);
    expect(createRandom(1).fork('trainees').next()).not.toBe(x);
  });

  it('createRandom(seed).next() is uniform on [0, 1): mean 1/2, variance 1/12', () => {
    const rng = createRandom(7);
    const xs = draw(() => rng.next());
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(mean(xs)).toBeCloseTo(0.5, 2);
    expect(variance(xs)).toBeCloseTo(1 / 12, 2);
  });

  it('createRandom(seed).normal(10, 2) has mean 10 and variance 4', () => {
    const rng = createRandom(8);
    const xs = draw(() => rng.normal(10, 2));
    expect(Math.abs(mean(xs) - 10)).toBeLessThan(0.05);
    expect(Math.abs(variance(xs) - 4)).toBeLessThan(0.15);
  });

  it('createRandom(seed).poisson(λ) has mean and variance λ, for small and large λ', () => {
    const rng = createRandom(9);
    for (const lambda of [3, 80]) {
      const xs = draw(() => rng.poisson(lambda));
      expect(Math.abs(mean(xs) - lambda) / lambda).toBeLessThan(0.02);
      expect(Math.abs(variance(xs) - lambda) / lambda).toBeLessThan(0.06);
    }
  });

  it('createRandom(seed).binomial(n, p) has mean np and variance np(1 − p)', () => {
    const rng = createRandom(10);
    for (const [n, p] of [
      [20, 0.3],
      [400, 0.1],
    ]) {
      const xs = draw(() => rng.binomial(n, p));
      expect(Math.abs(mean(xs) - n * p) / (n * p)).toBeLessThan(0.02);
      expect(Math.abs(variance(xs) - n * p * (1 - p)) / (n * p * (1 - p))).toBeLessThan(0.06);
    }
  });

  it('createRandom(seed).pickIndex(weights) picks in proportion to the weights', () => {
    const rng = createRandom(11);
    const counts = [0, 0, 0];
    for (let i = 0; i < N; i++) counts[rng.pickIndex([1, 0, 3])]++;
    expect(counts[1]).toBe(0);
    expect(Math.abs(counts[0] / N - 0.25)).toBeLessThan(0.01);
  });
});
