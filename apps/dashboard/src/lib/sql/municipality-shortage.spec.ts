import { expect, test } from 'vitest';
import { locationColumns } from './location-table';
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

test('locationColumns(locations, baseYear) gives a row per location and model year', () => {
  const columns = locationColumns(
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
  expect(Object.fromEntries(columns.map((c) => [c.name, c.values]))).toEqual({
    location: ['L1', 'L1'],
    board: ['B1', 'B1'],
    cluster: ['C1', 'C1'],
    municipality_code: ['GM0599', 'GM0599'],
    municipality: ['Rotterdam, Zuid', 'Rotterdam, Zuid'],
    year: [2025, 2026],
    pupils: [800, 800],
    demand_fte: [50, 51.5],
    total_shortage_fte: [2, 1 / 3],
  });
});
