import { expect, test } from 'vitest';
import type { DriverRow, SeriesRow } from '$lib/model/site-types';
import { headlineYears, largest, shownYear, siteYears, waterfallSteps, yearly } from './views';

const row = (year: number, total: number): SeriesRow => ({
  level: 'region',
  unit: 'R',
  subject: 'all',
  year,
  demandFte: 100,
  supplyFte: 100 - total,
  totalShortageFte: total,
  hiddenShortageFte: total,
  unfilledFte: 0,
  shortagePct: total,
});

test('yearly(history, forecast) takes measured years before the base year and the model from it', () => {
  const rows = yearly([row(2024, 1), row(2025, 2)], [row(2025, 3), row(2026, 4)]);
  expect(rows.map((r) => [r.year, r.totalShortageFte])).toEqual([
    [2024, 1],
    [2025, 3],
    [2026, 4],
  ]);
});

test('waterfallSteps(drivers, forecast, from, to, names) sums each driver over the years after `from` and ends at the model’s total', () => {
  const d = (year: number, driver: string, value: number): DriverRow => ({
    level: 'region',
    unit: 'R',
    year,
    driver,
    value,
  });
  const drivers = [
    d(2026, 'pupils', 2),
    d(2027, 'pupils', 1),
    d(2026, 'pension', 3),
    d(2027, 'hours', 0.01),
    d(2026, 'total', 5),
    d(2028, 'pupils', 9),
  ];
  const steps = waterfallSteps(drivers, [row(2025, 10), row(2026, 15), row(2027, 16)], 2025, 2027, {
    pupils: 'Leerlingen',
  });
  expect(steps).toEqual([
    { label: '2025', value: 10, kind: 'total' },
    { label: 'Leerlingen', value: 3, kind: 'change' },
    { label: 'pension', value: 3, kind: 'change' },
    { label: '2027', value: 16, kind: 'total' },
  ]);
});

test('headlineYears(result) gives the base year, +5 and +10 within the horizon', () => {
  expect(headlineYears({ baseYear: 2025, lastYear: 2040 })).toEqual([2025, 2030, 2035]);
  expect(headlineYears({ baseYear: 2025, lastYear: 2032 })).toEqual([2025, 2030, 2032]);
});

test('largest(rows, value, n) keeps the n largest, largest first', () => {
  expect(largest([3, 1, 2], (x) => x, 2)).toEqual([3, 2]);
});

test('siteYears(result) lists every year from the first measured one to the horizon', () => {
  expect(siteYears({ historyStart: 2014, lastYear: 2017 })).toEqual([2014, 2015, 2016, 2017]);
});

test('shownYear(result, to) takes the filter’s end year within base year and horizon, else base year + 5', () => {
  const result = { baseYear: 2025, lastYear: 2040 };
  expect(shownYear(result, undefined)).toBe(2030);
  expect(shownYear(result, 2033)).toBe(2033);
  expect(shownYear(result, 2019)).toBe(2025);
  expect(shownYear(result, 2050)).toBe(2040);
});
