import { expect, test } from 'vitest';
import { forecastColumns, subjectShortageSql } from './forecast-table';

test('forecastColumns(rows) gives each field as a column, numbers as the worker gave them', () => {
  const columns = forecastColumns([
    {
      level: 'cluster',
      unit: 'C1',
      subject: 'vo-wi',
      year: 2030,
      demandFte: 10.125,
      supplyFte: 9,
      totalShortageFte: 1 / 3,
      shortagePct: 3.3,
    },
  ]);
  expect(columns).toEqual([
    { name: 'level', type: 'string', values: ['cluster'] },
    { name: 'unit', type: 'string', values: ['C1'] },
    { name: 'subject', type: 'string', values: ['vo-wi'] },
    { name: 'year', type: 'integer', values: [2030] },
    { name: 'demand_fte', type: 'number', values: [10.125] },
    { name: 'supply_fte', type: 'number', values: [9] },
    { name: 'total_shortage_fte', type: 'number', values: [1 / 3] },
    { name: 'shortage_pct', type: 'number', values: [3.3] },
  ]);
});

test('subjectShortageSql(year) selects one year and rejects a year that is not a whole number', () => {
  expect(subjectShortageSql(2030)).toContain('WHERE year = 2030');
  expect(() => subjectShortageSql(2030.5)).toThrow('subjectShortageSql: year 2030.5 is not a whole number');
});
