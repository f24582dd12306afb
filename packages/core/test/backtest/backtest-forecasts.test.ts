import { describe, expect, it } from 'vitest';
import { backtest, backtestForecasts, originForecast, structuralError } from '../../src/index.js';
import { seriesDataset } from '../fixtures/series.js';
import { tinyDataset } from '../fixtures/tiny.js';

describe('backtestForecasts(data, { origins, outcomesUpTo })', () => {
  const data = seriesDataset();

  it('backtestForecasts(data, { origins, outcomesUpTo: 2023 }) forecasts no year after 2023', () => {
    const rows = backtestForecasts(data, { origins: [2021, 2022], outcomesUpTo: 2023, levels: ['region'] });
    expect(Math.max(...rows.map((r) => r.year))).toBe(2023);
    // 2021 → 2022, 2023; 2022 → 2023
    const supply = rows.filter((r) => r.measure === 'supply_fte');
    expect(supply.map((r) => [r.origin, r.horizon])).toEqual([
      [2021, 1],
      [2021, 2],
      [2022, 1],
    ]);
  });

  it('backtestForecasts(data, …) scores the naive baselines by hand: qualified FTE 10, 12, 11, 15, 14', () => {
    const [row] = backtestForecasts(data, { origins: [2022], horizon: 1, levels: ['region'] }).filter(
      (r) => r.measure === 'supply_fte',
    );
    expect(row.actual).toBe(15);
    expect(row.last_value).toBe(11);
    // naive scale over 2020–2022: (|12 − 10| + |11 − 12|) / 2 = 1.5
    expect(row.scale).toBe(1.5);
  });

  it('backtestForecasts(data, { levels: [subject] }) gives the region’s subjects, unit region:subject', () => {
    const rows = backtestForecasts(data, { origins: [2022], horizon: 1, levels: ['subject'] });
    expect(new Set(rows.map((r) => r.unit))).toEqual(new Set(['R:vo-wi']));
    const region = backtestForecasts(data, { origins: [2022], horizon: 1, levels: ['region'] });
    // one subject: the subject level equals the region
    expect(rows.map((r) => r.actual)).toEqual(region.map((r) => r.actual));
  });
});

describe("originForecast(data, origin, { pupils: 'held' })", () => {
  it("originForecast(data, 2025, { pupils: 'held' }) drops the pupil forecast, 'vintage' uses the latest", () => {
    const data = tinyDataset();
    expect(originForecast(data, 2025).pupilVintage).toBe(2025);
    expect(originForecast(data, 2025, { pupils: 'held' }).pupilVintage).toBeNull();
    expect(originForecast(data, 2025, { pupils: 'held' }).data.pupil_forecast).toEqual([]);
    // cached: the same object for the same dataset, origin and pupils
    expect(originForecast(data, 2025)).toBe(originForecast(data, 2025));
  });

  it("backtest(data, { pupils: 'held' }) reports no vintage at any origin", () => {
    const r = backtest(tinyDataset(), { minHistory: 2, draws: 0, pupils: 'held', bootstrapDraws: 0 });
    expect(Object.values(r.pupilVintage).every((v) => v === null)).toBe(true);
    expect(r.pupils).toBe('held');
  });
});

describe('structuralError(data, { lastYear })', () => {
  it('structuralError(data, { lastYear }) with no past origin has empty error lists', () => {
    const e = structuralError(seriesDataset(), { lastYear: 2021, minHistory: 3 });
    expect(e.origins).toEqual([]);
    expect(e.errors['region|supply_fte|1']).toEqual([]);
  });

  it('structuralError(data, { lastYear }) throws naming a year outside the history', () => {
    expect(() => structuralError(seriesDataset(), { lastYear: 2030 })).toThrow(
      'structuralError: lastYear 2030 is not a whole year from 2020 to 2024',
    );
  });
});
