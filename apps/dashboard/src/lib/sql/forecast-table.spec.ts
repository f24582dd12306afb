import { expect, test } from 'vitest';
import { forecastCsv, subjectShortageSql } from './forecast-table';

test('forecastCsv(rows) writes a header and every number in full', () => {
  const csv = forecastCsv([
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
  expect(csv).toBe(
    'level,unit,subject,year,demand_fte,supply_fte,total_shortage_fte,shortage_pct\ncluster,C1,vo-wi,2030,10.125,9,0.3333333333333333,3.3\n',
  );
});

test('subjectShortageSql(year) selects one year and rejects a year that is not a whole number', () => {
  expect(subjectShortageSql(2030)).toContain('WHERE year = 2030');
  expect(() => subjectShortageSql(2030.5)).toThrow('subjectShortageSql: year 2030.5 is not a whole number');
});
