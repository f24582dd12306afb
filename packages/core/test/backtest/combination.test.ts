import { describe, expect, it } from 'vitest';
import { combinationWeight, combineForecasts } from '../../src/index.js';
import type { BacktestForecastRow } from '../../src/index.js';

const row = (
  origin: number,
  horizon: number,
  actual: number,
  model: number,
  last: number,
  measure: BacktestForecastRow['measure'] = 'total_shortage_fte',
  trend = last,
): BacktestForecastRow => ({
  origin,
  year: origin + horizon,
  horizon,
  level: 'region',
  unit: 'R',
  measure,
  actual,
  model,
  last_value: last,
  linear_trend: trend,
  scale: 1,
});

describe('combinationWeight(evidence)', () => {
  it('combinationWeight(evidence) picks the grid weight with the smallest scaled error', () => {
    // 9 + 3w = 10 at w = 1/3: the grid's nearest points 0.3 (9.9) and 0.35 (10.05); 0.35 is closer
    expect(combinationWeight([{ actual: 10, model: 12, last_value: 9, scale: 1 }])).toBe(0.35);
    // the model is exact twice: w = 1
    expect(
      combinationWeight([
        { actual: 5, model: 5, last_value: 3, scale: 1 },
        { actual: 7, model: 7, last_value: 9, scale: 2 },
      ]),
    ).toBe(1);
  });

  it('combinationWeight([], { defaultWeight }) is the default, and ties go to the weight nearest ½', () => {
    expect(combinationWeight([])).toBe(0.5);
    expect(combinationWeight([], { defaultWeight: 0.3 })).toBe(0.3);
    // model = last value: every weight has the same error
    expect(combinationWeight([{ actual: 4, model: 6, last_value: 6, scale: 1 }])).toBe(0.5);
  });
});

describe('combineForecasts(rows, { minPastOrigins })', () => {
  // Total shortage, model exact at every origin, last value 2 off: once two past origins are known, w = 1.
  const rows = [2016, 2017, 2018, 2019, 2020].flatMap((T) => [row(T, 1, 10, 10, 12), row(T, 2, 10, 10, 12)]);
  const combined = combineForecasts(rows);
  const weight = (T: number, h: number) => combined.find((r) => r.origin === T && r.horizon === h)!.weight;

  it('combineForecasts(rows) weighs the shortage from outcomes known at T, pooled over horizons', () => {
    // origin 2018 knows (2016, h1), (2016, h2) and (2017, h1): two origins → w = 1 at h1 and h2 alike;
    // 2017 knows only (2016, h1) → ½; 2016 knows nothing → ½
    expect([2016, 2017, 2018, 2019, 2020].map((T) => weight(T, 1))).toEqual([0.5, 0.5, 1, 1, 1]);
    expect([2016, 2017, 2018, 2019, 2020].map((T) => weight(T, 2))).toEqual([0.5, 0.5, 1, 1, 1]);
  });

  it('combineForecasts(rows) gives weight·model + (1 − weight)·last value for the shortage', () => {
    expect(combined.find((r) => r.origin === 2016 && r.horizon === 1)!.combination).toBe(11);
    expect(combined.find((r) => r.origin === 2020 && r.horizon === 1)!.combination).toBe(10);
    expect(combined.every((r) => r.partner === 'last_value')).toBe(true);
  });

  it('combineForecasts(rows) gives ½·model + ½·linear trend for demand and supply, whatever the past', () => {
    // the last value would have been exact every time: it is still not a member for supply
    const supply = [2016, 2017, 2018].map((T) => row(T, 1, 12, 10, 12, 'supply_fte', 16));
    const out = combineForecasts(supply);
    expect(out.map((r) => [r.weight, r.partner, r.combination])).toEqual([
      [0.5, 'linear_trend', 13],
      [0.5, 'linear_trend', 13],
      [0.5, 'linear_trend', 13],
    ]);
  });

  it('combineForecasts(rows) does not change when outcomes after the origin change', () => {
    // origin 2018 may read outcomes of years ≤ 2018 only: change every outcome after 2018
    const changed = rows.map((r) => (r.year > 2018 ? { ...r, actual: r.actual + 100 } : r));
    const a = combined.filter((r) => r.origin === 2018);
    const b = combineForecasts(changed).filter((r) => r.origin === 2018);
    expect(b.map((r) => [r.weight, r.combination])).toEqual(a.map((r) => [r.weight, r.combination]));
  });
});

describe('combineForecasts(rows, { unitShrinkage })', () => {
  // Two clusters: the model is exact for A (own weight 1) and the last value for B (own weight 0). Pooled, every
  // weight has the same error (2(1 − w) + 2w per pair of rows), so the level's weight is ½.
  const unitRow = (unit: string, T: number, h: number) => ({
    ...row(T, h, unit === 'A' ? 10 : 12, 10, 12),
    level: 'cluster' as const,
    unit,
  });
  const rows = ['A', 'B'].flatMap((unit) =>
    [2016, 2017, 2018, 2019, 2020].flatMap((T) => [unitRow(unit, T, 1), unitRow(unit, T, 2)]),
  );
  const weightOf = (out: ReturnType<typeof combineForecasts>, unit: string, T: number) =>
    out.find((r) => r.unit === unit && r.origin === T && r.horizon === 1)!.weight;

  it('combineForecasts(rows) shrinks a unit’s own weight to its level’s: (n·w_unit + 5·w_level) / (n + 5)', () => {
    const out = combineForecasts(rows);
    // origin 2020 knows origins 2016–2019 (n = 4): A (4·1 + 5·½) / 9, B (4·0 + 5·½) / 9
    expect(weightOf(out, 'A', 2020)).toBeCloseTo(6.5 / 9, 12);
    expect(weightOf(out, 'B', 2020)).toBeCloseTo(2.5 / 9, 12);
    // origin 2018 knows 2016 and 2017 (n = 2): A (2 + 2.5) / 7
    expect(weightOf(out, 'A', 2018)).toBeCloseTo(4.5 / 7, 12);
    // origin 2017 knows one origin: equal weights, for the unit and the level alike
    expect(weightOf(out, 'A', 2017)).toBe(0.5);
    const a2020 = out.find((r) => r.unit === 'A' && r.origin === 2020 && r.horizon === 1)!;
    expect(a2020.combination).toBeCloseTo((6.5 / 9) * 10 + (2.5 / 9) * 12, 12);
  });

  it('combineForecasts(rows, { unitShrinkage: 0 }) gives each unit its own weight; Infinity the level’s', () => {
    const own = combineForecasts(rows, { unitShrinkage: 0 });
    expect([weightOf(own, 'A', 2020), weightOf(own, 'B', 2020)]).toEqual([1, 0]);
    const level = combineForecasts(rows, { unitShrinkage: Infinity });
    expect([weightOf(level, 'A', 2020), weightOf(level, 'B', 2020)]).toEqual([0.5, 0.5]);
  });
});
