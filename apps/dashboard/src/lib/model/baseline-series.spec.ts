import { describe, expect, test } from 'vitest';
import type { Measure, SeriesSelector } from '@opgave/core';
import { forecastPoints, historyByUnit, pointAt, yearlyPoints } from './baseline-series';
import type { BaselineUnit } from './types';

const cell = (qualified: number, unqualified: number, unfilled: number) => ({
  qualified,
  unqualified,
  unfilled,
});

describe('historyByUnit', () => {
  const cells: [string, ReturnType<typeof cell>][] = [
    ['L1|vo-wi|2024', cell(10, 1, 0.5)],
    ['L1|vo-en|2024', cell(6, 0, 0.5)],
    ['L2|vo-wi|2024', cell(8, 2, 0)],
    ['L1|vo-wi|2025', cell(11, 0, 0)],
    ['L2|vo-wi|2026', cell(99, 0, 0)],
  ];
  const unitsOf = new Map([
    ['L1', ['C1', 'R']],
    ['L2', ['C2', 'R']],
  ]);

  test('historyByUnit(cells, unitsOf) sums demand, supply and both shortages per unit and year', () => {
    const byUnit = historyByUnit(cells, unitsOf, { to: 2025 });
    // C1 2024: qualified 16, unqualified 1, unfilled 1 → demand 18, shortage 2 = 11.11 %
    expect(byUnit.get('C1')).toEqual([
      {
        year: 2024,
        phase: 'history',
        demandFte: 18,
        supplyFte: 16,
        totalShortageFte: 2,
        hiddenShortageFte: 1,
        unfilledFte: 1,
        shortagePct: (100 * 2) / 18,
      },
      {
        year: 2025,
        phase: 'history',
        demandFte: 11,
        supplyFte: 11,
        totalShortageFte: 0,
        hiddenShortageFte: 0,
        unfilledFte: 0,
        shortagePct: 0,
      },
    ]);
    // R 2024 = C1 + C2: demand 18 + 10, shortage 2 + 2
    const region2024 = byUnit.get('R')?.find((p) => p.year === 2024);
    expect(region2024?.demandFte).toBe(28);
    expect(region2024?.totalShortageFte).toBe(4);
  });

  test('historyByUnit(cells, unitsOf, { to }) leaves out later years and unknown locations', () => {
    const byUnit = historyByUnit([...cells, ['L9|vo-wi|2024', cell(5, 5, 5)]], unitsOf, { to: 2025 });
    expect(byUnit.get('C2')?.map((p) => p.year)).toEqual([2024]);
    expect([...byUnit.keys()].sort()).toEqual(['C1', 'C2', 'R']);
  });

  test('historyByUnit gives 0 % when a year has no demand', () => {
    expect(historyByUnit([['L1|vo-wi|2024', cell(0, 0, 0)]], unitsOf).get('C1')?.[0].shortagePct).toBe(0);
  });
});

describe('forecastPoints', () => {
  const calls: SeriesSelector[] = [];
  const values: Partial<Record<Measure, number>> = {
    demand_fte: 100,
    supply_fte: 90,
    total_shortage_fte: 12,
    hidden_shortage_fte: 8,
    unfilled_fte: 4,
    shortage_pct: 12,
  };
  const projection = {
    years: [2025, 2026],
    value: (measure: Measure, year: number, selector?: SeriesSelector) => {
      calls.push(selector ?? {});
      return (values[measure] ?? NaN) + (year - 2025);
    },
  };

  test('forecastPoints(projection, selector) reads each measure per year for the unit', () => {
    const points = forecastPoints(projection, { level: 'cluster', unit: 'C1' });
    expect(points).toEqual([
      {
        year: 2025,
        phase: 'forecast',
        demandFte: 100,
        supplyFte: 90,
        totalShortageFte: 12,
        hiddenShortageFte: 8,
        unfilledFte: 4,
        shortagePct: 12,
      },
      {
        year: 2026,
        phase: 'forecast',
        demandFte: 101,
        supplyFte: 91,
        totalShortageFte: 13,
        hiddenShortageFte: 9,
        unfilledFte: 5,
        shortagePct: 13,
      },
    ]);
    expect(calls.every((s) => s.level === 'cluster' && s.unit === 'C1')).toBe(true);
  });
});

describe('pointAt and yearlyPoints', () => {
  const point = (year: number, phase: 'history' | 'forecast', total: number) => ({
    year,
    phase,
    demandFte: 100,
    supplyFte: 100 - total,
    totalShortageFte: total,
    hiddenShortageFte: total,
    unfilledFte: 0,
    shortagePct: total,
  });
  const unit: BaselineUnit = {
    level: 'region',
    unitId: 'R',
    name: 'R',
    history: [point(2024, 'history', 1), point(2025, 'history', 2)],
    forecast: [point(2025, 'forecast', 3), point(2026, 'forecast', 4)],
  };

  test('pointAt(unit, year) prefers the model from the base year on', () => {
    expect(pointAt(unit, 2024)?.totalShortageFte).toBe(1);
    expect(pointAt(unit, 2025)?.phase).toBe('forecast');
    expect(pointAt(unit, 2025)?.totalShortageFte).toBe(3);
    expect(pointAt(unit, 2030)).toBeUndefined();
  });

  test('yearlyPoints(unit) has every year once: measured before the base year, the model from it', () => {
    expect(yearlyPoints(unit).map((p) => [p.year, p.phase])).toEqual([
      [2024, 'history'],
      [2025, 'forecast'],
      [2026, 'forecast'],
    ]);
  });
});
