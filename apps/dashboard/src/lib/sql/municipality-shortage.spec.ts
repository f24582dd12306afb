import { expect, test } from 'vitest';
import { locationCsv } from './location-table';
import { municipalityShortageSql } from './municipality-shortage';

test('municipalityShortageSql(options) sums one year, optionally of one cluster or board, largest % first', () => {
  const all = municipalityShortageSql({ year: 2030 });
  expect(all).toContain('WHERE year = 2030\n');
  expect(all).toContain('GROUP BY municipality_code');
  expect(all).toContain('ORDER BY pct DESC');
  expect(municipalityShortageSql({ year: 2030, cluster: 'R01-C1' })).toContain(
    "WHERE year = 2030 AND cluster = 'R01-C1'",
  );
  expect(municipalityShortageSql({ year: 2030, board: 'B1' })).toContain(
    "WHERE year = 2030 AND board = 'B1'",
  );
  expect(() => municipalityShortageSql({ year: 2030.5 })).toThrow(
    'municipalityShortageSql: year 2030.5 is not a whole number',
  );
});

test('locationCsv(locations, baseYear) writes a row per location and model year, quoting names with commas', () => {
  const csv = locationCsv(
    [
      {
        id: 'L1',
        board: 'B1',
        cluster: 'C1',
        municipalityCode: 'GM0599',
        municipality: 'Rotterdam, Zuid',
        pupils: 800,
        demandFte: [50, 51.5],
        totalShortageFte: [2, 1 / 3],
      },
    ],
    2025,
  );
  expect(csv).toBe(
    'location,board,cluster,municipality_code,municipality,year,pupils,demand_fte,total_shortage_fte\n' +
      'L1,B1,C1,GM0599,"Rotterdam, Zuid",2025,800,50,2\n' +
      'L1,B1,C1,GM0599,"Rotterdam, Zuid",2026,800,51.5,0.3333333333333333\n',
  );
});
