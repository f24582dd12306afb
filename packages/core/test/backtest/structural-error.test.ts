import { describe, expect, it } from 'vitest';
import { growthExponent } from '../../src/backtest/structural-error.js';

describe('growthExponent(byHorizon)', () => {
  it('growthExponent(errors that double from h1 to h2 to h4) is 1', () => {
    // mean |e|: 1 at h1, 2 at h2, 4 at h4 → log-log slope 1.
    expect(growthExponent([[1, -1, 1], [2, -2, 2], [], [4, -4, 4]])).toBeCloseTo(1, 12);
  });
  it('growthExponent(errors that grow as √h) is 0.5', () => {
    // mean |e| 1 at h1 and 2 at h4: slope ln 2 / ln 4 = 0.5.
    expect(growthExponent([[1, 1, -1], [], [], [2, -2, 2]])).toBeCloseTo(0.5, 12);
  });
  it('growthExponent(flat or shrinking errors) is clamped to 0.5; with one horizon it is 1', () => {
    expect(
      growthExponent([
        [3, 3, 3],
        [1, 1, 1],
      ]),
    ).toBe(0.5);
    expect(growthExponent([[1, 2, 3]])).toBe(1);
    expect(
      growthExponent([
        [1, 2],
        [1, 2],
      ]),
    ).toBe(1); // fewer than three errors per horizon
  });
});
