import { describe, expect, it } from 'vitest';
import { pairedBootstrap } from '../../src/index.js';

describe('pairedBootstrap(pairs, { draws, seed })', () => {
  // Origin 1: |e_method| − |e_baseline| = (1 − 3) + (0 − 2) = −4 over 2 pairs (scale 1);
  // origin 2: (2 − 2)/2 = 0 over 1 pair (scale 2). Difference = −4 / 3.
  const pairs = [
    { origin: 1, actual: 10, method: 11, baseline: 13, scale: 1 },
    { origin: 1, actual: 5, method: 5, baseline: 7, scale: 1 },
    { origin: 2, actual: 8, method: 10, baseline: 6, scale: 2 },
    { origin: 3, actual: 8, method: 10, baseline: 6, scale: 0 }, // no scale: left out
  ];

  it('pairedBootstrap(pairs) reports MASE(method) − MASE(baseline) worked out by hand', () => {
    const r = pairedBootstrap(pairs, { draws: 200, seed: 3 });
    expect(r.difference).toBeCloseTo(-4 / 3, 12);
    expect(r.blocks).toBe(2);
  });

  it('pairedBootstrap(pairs) draws whole origins: the interval lies within the origins’ own means', () => {
    // every resample mixes origin 1 (mean −2) and origin 2 (mean 0)
    const r = pairedBootstrap(pairs, { draws: 500, seed: 3 });
    expect(r.lo).toBeGreaterThanOrEqual(-2);
    expect(r.hi).toBeLessThanOrEqual(0);
    expect(r.lo).toBeLessThan(r.difference);
    expect(r.hi).toBeGreaterThan(r.difference);
  });

  it('pairedBootstrap(pairs, { seed }) gives the same interval for the same seed', () => {
    expect(pairedBootstrap(pairs, { seed: 9 })).toEqual(pairedBootstrap(pairs, { seed: 9 }));
  });

  it('pairedBootstrap([]) is NaN with no blocks', () => {
    expect(pairedBootstrap([])).toEqual({ difference: NaN, lo: NaN, hi: NaN, blocks: 0 });
  });
});
