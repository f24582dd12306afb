import { describe, expect, it } from 'vitest';
import { mae, smape, mase, naiveScale, lastValueForecast, linearTrendForecast } from '../../src/index.js';

describe('mae(actual, forecast)', () => {
  it('is the mean absolute error', () => {
    expect(mae([10, 20, 30], [12, 17, 30])).toBeCloseTo(5 / 3, 12); // (2 + 3 + 0) / 3
  });
  it('throws when the lengths differ or there is nothing to compare', () => {
    expect(() => mae([1, 2], [1])).toThrow('mae: 2 actual values but 1 forecasts');
    expect(() => mae([], [])).toThrow('mae requires at least one pair of values');
  });
});

describe('smape(actual, forecast)', () => {
  it('is the mean of 200·|F − A|/(|A| + |F|), with 0 for A = F = 0', () => {
    // 200·10/210 = 9.5238…, 200·50/150 = 66.666…, 0 → mean 25.3968…
    expect(smape([100, 50, 0], [110, 100, 0])).toBeCloseTo((2000 / 210 + 10000 / 150) / 3, 10);
  });
});

describe('naiveScale(history) and mase(actual, forecast, scale)', () => {
  it('scales by the in-sample one-step naive error', () => {
    expect(naiveScale([10, 12, 11, 15])).toBeCloseTo(7 / 3, 12); // (2 + 1 + 4) / 3
    expect(naiveScale([5])).toBeNaN();
    expect(mase([10, 20], [12, 17], 2)).toBeCloseTo(1.25, 12); // (2/2 + 3/2) / 2
  });
  it('takes one scale per pair and skips pairs without a positive scale', () => {
    expect(mase([10, 20, 5], [12, 17, 9], [2, 6, 0])).toBeCloseTo(0.75, 12); // (1 + 0.5) / 2
    expect(mase([1], [2], 0)).toBeNaN();
    expect(() => mase([1, 2], [1, 2], [1])).toThrow('mase: 1 scales for 2 pairs');
  });
});

describe('lastValueForecast(history, horizon)', () => {
  it('carries the last value forward', () => {
    expect(lastValueForecast([3, 5, 4], 2)).toEqual([4, 4]);
  });
});

describe('linearTrendForecast(history, horizon, window)', () => {
  it('extrapolates the least-squares line through the last window values', () => {
    const f = linearTrendForecast([1, 2, 3, 4], 2);
    expect(f[0]).toBeCloseTo(5, 12);
    expect(f[1]).toBeCloseTo(6, 12);
    // only the last 4 of [100, 10, 12, 11, 15]: slope 1.4, intercept 9.9 at the window's start → 15.5
    expect(linearTrendForecast([100, 10, 12, 11, 15], 1)[0]).toBeCloseTo(15.5, 12);
  });
  it('floors at zero and holds a single value flat', () => {
    expect(linearTrendForecast([4, 3, 2, 1], 2)).toEqual([0, 0]);
    expect(linearTrendForecast([7], 2)).toEqual([7, 7]);
  });
});
