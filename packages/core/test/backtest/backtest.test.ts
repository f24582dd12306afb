import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  backtest,
  calibrate,
  sliceHistory,
  mae,
  observedSeries,
  simulate,
  simulationQuantile,
  structuralError,
} from '../../src/index.js';
import type { Dataset, BacktestRow } from '../../src/index.js';
import { loadDataset } from '../../src/node/index.js';
import { seriesDataset } from '../fixtures/series.js';
import { tinyDataset } from '../fixtures/tiny.js';

const dir = join(import.meta.dirname, '..', '..', '..', '..', 'data', 'rotterdam');
const present = existsSync(join(dir, 'datapackage.json'));

describe('sliceHistory(data, lastYear)', () => {
  it('keeps rows up to lastYear and forecast vintages up to lastYear', () => {
    const d = sliceHistory(tinyDataset(), 2024);
    expect(d.meta.historyEnd).toBe(2024);
    expect(Math.max(...d.workforce.map((r) => r.year))).toBe(2024);
    expect(Math.max(...d.hires.map((r) => r.year))).toBe(2024);
    expect(new Set(d.pupil_forecast.map((r) => r.base_year))).toEqual(new Set([2024]));
    expect(sliceHistory(tinyDataset(), 2025).meta.historyEnd).toBe(2025);
    expect(() => sliceHistory(tinyDataset(), 2030)).toThrow(
      'sliceHistory: lastYear 2030 is not a whole year from 2023 to 2025',
    );
  });

  it('is what calibrate(data, { lastYear }) calibrates on', () => {
    const data = tinyDataset();
    expect(calibrate(data, { lastYear: 2024 })).toEqual(calibrate(sliceHistory(data, 2024)));
    expect(calibrate(data, { lastYear: 2024 }).baseYear).toBe(2024);
  });
});

describe('backtest(series, { minHistory: 4, horizon: 1 })', () => {
  // One origin, 2023 (2020–2023 behind it); the outcome of 2024 is 14 FTE.
  const result = backtest(seriesDataset(), { minHistory: 4, horizon: 1, levels: ['region'], draws: 50 });
  const supply = result.metrics.filter((m) => m.measure === 'supply_fte');
  const metric = (method: string) => supply.find((m) => m.method === method)!;

  it('forecasts from every origin with four years behind it', () => {
    expect(result.origins).toEqual([2023]);
    expect(result.pupilVintage).toEqual({ 2023: null });
  });

  it('scores the last value by hand: |15 − 14| = 1, MASE 1 ÷ (7/3) = 3/7', () => {
    // naive scale over 2020–2023: (|12 − 10| + |11 − 12| + |15 − 11|) / 3 = 7/3
    expect(metric('last_value').mae).toBeCloseTo(1, 12);
    expect(metric('last_value').mase).toBeCloseTo(3 / 7, 12);
    expect(metric('last_value').smape).toBeCloseTo(200 / 29, 12);
  });

  it('scores the linear trend by hand: line through 10, 12, 11, 15 gives 15.5, MAE 1.5, MASE 9/14', () => {
    // slope Σ(x − 1.5)(y − 12) / Σ(x − 1.5)² = 7/5, intercept 12 − 1.4·1.5 = 9.9; x = 4 → 15.5
    expect(metric('linear_trend').mae).toBeCloseTo(1.5, 12);
    expect(metric('linear_trend').mase).toBeCloseTo(9 / 14, 12);
  });

  it('scores the model with the same metrics over its rows', () => {
    const rows = result.rows.filter((r) => r.measure === 'supply_fte');
    expect(rows).toHaveLength(1);
    expect(rows[0].actual).toBe(14);
    expect(metric('model').mae).toBeCloseTo(mae([14], [rows[0].model]), 12);
    expect(metric('model').mase).toBeCloseTo(Math.abs(rows[0].model - 14) / (7 / 3), 12);
  });

  it('counts a total shortage of 0 forecast as 0 as sMAPE 0', () => {
    const m = result.metrics.find((x) => x.measure === 'total_shortage_fte' && x.method === 'last_value')!;
    expect(m.smape).toBe(0);
  });

  it('reports band coverage for 80 % and 90 %', () => {
    expect(result.coverage.map((c) => `${c.measure} ${c.band}`)).toEqual(
      expect.arrayContaining(['supply_fte 80', 'supply_fte 90']),
    );
    for (const c of result.coverage) expect(c.coverage).toBeGreaterThanOrEqual(0);
  });

  it('backtest(data, { onProgress }) reports after each origin, ending at the number of origins', () => {
    const calls: [number, number][] = [];
    const r = backtest(seriesDataset(), {
      minHistory: 2,
      horizon: 1,
      levels: ['region'],
      draws: 0,
      onProgress: (done, total) => calls.push([done, total]),
    });
    expect(r.origins.length).toBeGreaterThan(1);
    expect(calls).toEqual(r.origins.map((_, i) => [i + 1, r.origins.length]));
  });

  it('throws naming a bad option', () => {
    expect(() => backtest(seriesDataset(), { horizon: 6 })).toThrow('backtest: horizon 6');
    expect(() => backtest(seriesDataset(), { origins: [2020] })).toThrow('backtest: origin 2020');
  });
});

describe.skipIf(!present)('backtest(rotterdam) never reads data after the origin', async () => {
  const data = present ? await loadDataset(dir) : (undefined as unknown as Dataset);

  const T = 2020;

  it('gives the same forecasts, combinations and bands from 2020 when every figure after 2020 is changed', () => {
    const bump = <R extends { year: number }>(rows: R[], fields: (keyof R)[]) =>
      rows.map((r) => {
        if (r.year <= T) return r;
        const out = { ...r };
        for (const f of fields) (out[f] as number) = (r[f] as number) * 1.5 + 1;
        return out;
      });
    const changed: Dataset = {
      ...data,
      pupils: bump(data.pupils, ['pupils']),
      pupil_forecast: data.pupil_forecast.map((r) => (r.base_year > T ? { ...r, pupils: r.pupils * 2 } : r)),
      workforce: bump(data.workforce, ['fte', 'headcount']),
      intake: bump(data.intake, ['intake']),
      graduates: bump(data.graduates, ['graduates']),
      hires: bump(data.hires, ['fte', 'headcount']),
      leavers: bump(data.leavers, ['fte', 'headcount']),
      vacancies: bump(data.vacancies, ['unfilled_fte']),
      lesson_hours: bump(data.lesson_hours, ['hours', 'unqualified_hours']),
    };
    const options = {
      origins: [T],
      horizon: 2,
      draws: 30,
      levels: ['region', 'cluster', 'subject'] as ('region' | 'cluster' | 'subject')[],
    };
    const a = backtest(data, options);
    const b = backtest(changed, options);
    const forecast = (r: BacktestRow) => [
      r.model,
      r.combination,
      r.weight,
      r.last_value,
      r.linear_trend,
      r.p5,
      r.p10,
      r.p25,
      r.p75,
      r.p90,
      r.p95,
      r.scale,
    ];
    expect(b.rows.map(forecast)).toEqual(a.rows.map(forecast));
    expect(a.rows.some((r) => r.level === 'subject')).toBe(true);
    // the structural error the bands used is the same too
    expect(structuralError(changed, { lastYear: T })).toEqual(structuralError(data, { lastYear: T }));
    // … while what happened did change
    expect(b.rows.map((r) => r.actual)).not.toEqual(a.rows.map((r) => r.actual));
  });
});

describe.skipIf(!present)(
  'structuralError(rotterdam, { lastYear }) and simulate(data, { structuralError })',
  async () => {
    const data = present ? await loadDataset(dir) : (undefined as unknown as Dataset);
    const then = present ? sliceHistory(data, 2021) : data;
    const error = present ? structuralError(data, { lastYear: 2021 }) : (undefined as never);

    it('structuralError(data, { lastYear: 2021 }) learns from origins 2016–2020 only', () => {
      expect(error.origins).toEqual([2016, 2017, 2018, 2019, 2020]);
      // h = 1 at the board level: 5 origins × boards with a scale, sorted
      const h1 = error.errors['board|supply_fte|1'];
      expect(h1.length).toBeGreaterThanOrEqual(20);
      expect([...h1].sort((a, b) => a - b)).toEqual(h1);
    });

    it('simulate(data, { structuralError }) widens the bands of the region and its subjects', () => {
      const options = { horizon: 3, draws: 200, seed: 5, subjectLevels: ['region' as const] };
      const plain = simulate(then, options);
      const wide = simulate(then, { ...options, structuralError: error });
      const width = (sim: typeof plain, subject?: string) =>
        simulationQuantile(sim, 'supply_fte', 2024, 'p90', { subject }) -
        simulationQuantile(sim, 'supply_fte', 2024, 'p10', { subject });
      expect(width(wide)).toBeGreaterThan(width(plain));
      const subject = then.subjects[0].subject_id;
      expect(width(wide, subject)).toBeGreaterThan(width(plain, subject));
      // the base year is observed: no error is added
      expect(simulationQuantile(wide, 'supply_fte', 2021, 'p10')).toBe(
        simulationQuantile(plain, 'supply_fte', 2021, 'p10'),
      );
    });

    it('simulate(data, { structuralError }) refuses the errors of another origin', () => {
      expect(() =>
        simulate(then, { draws: 2, structuralError: structuralError(data, { lastYear: 2020 }) }),
      ).toThrow('simulate: structuralError is for origin 2020, not the base year 2021');
    });

    it('observedSeries(data, [region, subject]) sums the subjects of a region to its total', () => {
      const s = observedSeries(data, ['region', 'subject']);
      const total = s.get('region|R01|supply_fte')!;
      const sum = new Float64Array(total.length);
      for (const [key, v] of s)
        if (key.startsWith('subject|R01:') && key.endsWith('|supply_fte')) v.forEach((x, i) => (sum[i] += x));
      sum.forEach((x, i) => expect(x).toBeCloseTo(total[i], 6));
    });
  },
);
