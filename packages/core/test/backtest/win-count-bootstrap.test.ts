import { describe, expect, it } from 'vitest';
import { winCountBootstrap } from '../../src/index.js';
import type { BacktestForecastRow } from '../../src/index.js';

const row = (
  origin: number,
  horizon: number,
  level: BacktestForecastRow['level'],
  f: { actual: number; model: number; last: number; trend: number; scale?: number },
): BacktestForecastRow => ({
  origin,
  year: origin + horizon,
  horizon,
  level,
  unit: level,
  measure: 'total_shortage_fte',
  actual: f.actual,
  model: f.model,
  last_value: f.last,
  linear_trend: f.trend,
  scale: f.scale ?? 1,
});

describe('winCountBootstrap(rows, { forecast, measures, draws, seed })', () => {
  // Each resample draws two origins from {1, 2} once, for every horizon.
  // h1 region: origin 1 model error 1 (last 3, trend 4), origin 2 model error 5 (last 1, trend 1):
  //   sums model 6, last 4, trend 5 → lost; resamples {1,1} win, {2,2} lose, {1,2} lose.
  // h1 cluster: model errors 0 and 0 against 2 and 2 → won in every resample.
  // h2 region: only origin 1, model error 2 against last 1 → lost in every resample.
  // h2 cluster: its one row has no scale: it adds no error, and the cell is scored and lost, as mase's NaN is.
  const rows = [
    row(1, 1, 'region', { actual: 10, model: 11, last: 13, trend: 14 }),
    row(2, 1, 'region', { actual: 10, model: 15, last: 11, trend: 9 }),
    row(1, 1, 'cluster', { actual: 5, model: 5, last: 7, trend: 3 }),
    row(2, 1, 'cluster', { actual: 5, model: 5, last: 3, trend: 7 }),
    row(1, 2, 'region', { actual: 10, model: 12, last: 11, trend: 13 }),
    row(1, 2, 'cluster', { actual: 10, model: 10, last: 11, trend: 13, scale: 0 }),
  ];
  const forecast = (r: BacktestForecastRow) => r.model;

  it('winCountBootstrap(rows) counts the cells won on the rows worked out by hand: 1 of 4', () => {
    const r = winCountBootstrap(rows, { forecast, draws: 50, seed: 2 });
    expect(r.won).toBe(1);
    expect(r.cells).toBe(4);
  });

  it('winCountBootstrap(rows) resamples whole origins: 2 when only origin 1 is drawn, else 1', () => {
    const r = winCountBootstrap(rows, { forecast, draws: 400, seed: 2 });
    expect(r.resampled).toHaveLength(400);
    expect(new Set(r.resampled)).toEqual(new Set([1, 2]));
    // {1,1} is drawn with chance 1/4
    const share = r.resampled.filter((x) => x === 2).length / 400;
    expect(share).toBeGreaterThan(0.15);
    expect(share).toBeLessThan(0.35);
    expect(r.resampled).toEqual([...r.resampled].sort((a, b) => a - b));
  });

  it('winCountBootstrap(rows) reports each cell: h1 cluster always won, h1 region only on {1, 1}, h2 never', () => {
    const r = winCountBootstrap(rows, { forecast, draws: 400, seed: 2 });
    const cell = (level: string, horizon: number) =>
      r.byCell.find((c) => c.level === level && c.horizon === horizon)!;
    expect(r.byCell).toHaveLength(4);
    expect(cell('cluster', 1)).toMatchObject({ won: true, share: 1 });
    expect(cell('region', 1).won).toBe(false);
    expect(cell('region', 1).share).toBe(r.resampled.filter((x) => x === 2).length / 400);
    expect(cell('region', 2)).toMatchObject({ won: false, share: 0 });
    expect(cell('cluster', 2)).toMatchObject({ won: false, share: 0 });
  });

  it('winCountBootstrap(rows) uses one draw of origins at every horizon: two cells won only on {1, 1} move together', () => {
    // the h1 region pattern at h1 and at h2: both lost on the rows, both won when origin 1 is drawn twice
    const both = [1, 2].flatMap((h) => [
      row(1, h, 'region', { actual: 10, model: 11, last: 13, trend: 14 }),
      row(2, h, 'region', { actual: 10, model: 15, last: 11, trend: 9 }),
    ]);
    const r = winCountBootstrap(both, { forecast, draws: 400, seed: 4 });
    expect(r.won).toBe(0);
    expect(new Set(r.resampled)).toEqual(new Set([0, 2]));
  });

  it('winCountBootstrap(rows, { measures }) counts only the cells of those measures', () => {
    expect(winCountBootstrap(rows, { forecast, measures: ['demand_fte'], draws: 10 })).toEqual({
      won: 0,
      cells: 0,
      resampled: new Array(10).fill(0),
      byCell: [],
    });
  });

  it('winCountBootstrap(rows, { draws }) throws for draws that are not a whole number ≥ 0', () => {
    expect(() => winCountBootstrap(rows, { forecast, draws: -1 })).toThrow(/draws -1/);
    expect(() => winCountBootstrap(rows, { forecast, draws: 2.5 })).toThrow(/draws 2.5/);
  });

  it('winCountBootstrap(rows, { seed }) gives the same counts for the same seed', () => {
    expect(winCountBootstrap(rows, { forecast, seed: 5 })).toEqual(
      winCountBootstrap(rows, { forecast, seed: 5 }),
    );
  });
});
