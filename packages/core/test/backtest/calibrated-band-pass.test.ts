import { describe, expect, it } from 'vitest';
import { calibratedBandPass, passCountDistribution } from '../../src/index.js';

/** Binomial coefficient by multiplication, independent of the code under test's log-factorials. */
function choose(n: number, k: number): number {
  let c = 1;
  for (let i = 1; i <= k; i++) c = (c * (n - k + i)) / i;
  return c;
}

/** Brute force: every split of n outcomes into below / inside / above, checked against the bar one by one. */
function bruteForce(n: number, nominal: number, tolerance: number, maxOneSide: number): number {
  const t = (1 - nominal) / 2;
  let p = 0;
  for (let below = 0; below <= n; below++)
    for (let above = 0; above <= n - below; above++) {
      const misses = below + above;
      const coverage = (n - misses) / n;
      if (Math.abs(coverage - nominal) > tolerance + 1e-9) continue;
      if (misses > 0 && Math.max(below, above) > maxOneSide * misses) continue;
      p += choose(n, below) * choose(n - below, above) * t ** misses * nominal ** (n - misses);
    }
  return p;
}

describe('calibratedBandPass(n, { nominal, tolerance, maxOneSide })', () => {
  it('calibratedBandPass(10, { nominal: 0.8 }) is one miss on each side: 90 · 0.1² · 0.8⁸', () => {
    // Within ±5 points of 80 % on 10 outcomes means exactly 2 misses; 2/3 of 2 rules out both on one side.
    expect(calibratedBandPass(10, { nominal: 0.8 })).toBeCloseTo(90 * 0.01 * 0.8 ** 8, 12);
  });

  it('calibratedBandPass(10, { nominal: 0.8, maxOneSide: 1 }) adds both misses on one side: + 2 · 45 · 0.1² · 0.8⁸', () => {
    expect(calibratedBandPass(10, { nominal: 0.8, maxOneSide: 1 })).toBeCloseTo(180 * 0.01 * 0.8 ** 8, 12);
  });

  it('calibratedBandPass(n, { tolerance: 1, maxOneSide: 1 }) is 1: every outcome passes', () => {
    expect(calibratedBandPass(37, { nominal: 0.9, tolerance: 1, maxOneSide: 1 })).toBeCloseTo(1, 12);
  });

  it('calibratedBandPass(n, { nominal }) agrees with a brute-force sum over every split for n = 20, 30, 90 and 540', () => {
    // n = 20 and 540 put coverages exactly on the ±5-point edges (0.75 and 0.85, 0.85 and 0.95): they pass
    for (const n of [20, 30, 90, 540])
      for (const nominal of [0.8, 0.9])
        expect(calibratedBandPass(n, { nominal })).toBeCloseTo(bruteForce(n, nominal, 0.05, 2 / 3), 10);
  });

  it('calibratedBandPass(n, { nominal: 0.8 }) rises towards 1 as n grows', () => {
    const p = [30, 90, 540, 930].map((n) => calibratedBandPass(n, { nominal: 0.8 }));
    expect(p[0]).toBeLessThan(p[1]);
    expect(p[1]).toBeLessThan(p[2]);
    expect(p[3]).toBeGreaterThan(0.99);
  });

  it('calibratedBandPass(0, …), a nominal outside (0, 1), a bad tolerance or maxOneSide throw', () => {
    expect(() => calibratedBandPass(0, { nominal: 0.8 })).toThrow(/n 0/);
    expect(() => calibratedBandPass(10, { nominal: 80 })).toThrow(/nominal 80/);
    expect(() => calibratedBandPass(10, { nominal: 0.8, tolerance: NaN })).toThrow(/tolerance NaN/);
    expect(() => calibratedBandPass(10, { nominal: 0.8, maxOneSide: 2 })).toThrow(/maxOneSide 2/);
  });
});

describe('passCountDistribution(chances)', () => {
  it('passCountDistribution([0.5, 0.2]) is [0.5 · 0.8, 0.5 · 0.8 + 0.5 · 0.2, 0.5 · 0.2]', () => {
    const d = passCountDistribution([0.5, 0.2]);
    expect(d).toHaveLength(3);
    expect(d[0]).toBeCloseTo(0.4, 12);
    expect(d[1]).toBeCloseTo(0.5, 12);
    expect(d[2]).toBeCloseTo(0.1, 12);
  });

  it('passCountDistribution([]) is [1]: no cells, none pass', () => {
    expect(passCountDistribution([])).toEqual([1]);
  });
});
