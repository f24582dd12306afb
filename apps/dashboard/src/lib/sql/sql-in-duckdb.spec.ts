import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Connector } from '$lib/db/connector';
import { openNodeConnector } from '$lib/db/duckdb-node-connector';
import {
  boardYearsSql,
  forecastColumns,
  locationColumns,
  municipalityShortageSql,
  subjectRowsSql,
  subjectShortageSql,
  type ForecastRow,
} from '.';

// The pages' SQL run in DuckDB (for Node) over small hand-made tables, loaded as the site loads the
// model's rows (site-db.svelte.ts): columns from forecastColumns/locationColumns, loaded by insertColumns.

const row = (
  level: string,
  unit: string,
  subject: string,
  year: number,
  demandFte: number,
  totalShortageFte: number,
): ForecastRow => ({
  level,
  unit,
  subject,
  year,
  demandFte,
  supplyFte: demandFte - totalShortageFte,
  totalShortageFte,
  shortagePct: (100 * totalShortageFte) / demandFte,
});

const forecast: ForecastRow[] = [
  row('region', 'R', 'all', 2026, 100, 10),
  row('region', 'R', 'all-vo', 2026, 100, 10),
  row('region', 'R', 'vo-wi', 2026, 20, 5),
  row('region', 'R', 'vo-ne', 2026, 40, 5),
  row('region', 'R', 'vo-en', 2026, 40, 2),
  row('region', 'R', 'vo-wi', 2027, 20, 6),
  row('cluster', 'C2', 'vo-wi', 2026, 8, 2),
  row('cluster', 'C1', 'vo-wi', 2026, 12, 3),
  row('board', 'B1', 'all', 2026, 50, 5),
  row('board', 'B1', 'all', 2027, 50, 6),
  row('board', 'B2', 'all', 2026, 50, 4),
  row('board', 'B2', 'all', 2027, 50, 7),
];

const history: ForecastRow[] = [
  row('board', 'B1', 'all', 2024, 50, 3),
  row('board', 'B1', 'all', 2025, 50, 4),
  // measured in a year the model projects: the model's row is shown
  row('board', 'B1', 'all', 2026, 50, 9),
  row('board', 'B2', 'all', 2025, 50, 2),
];

let db: Connector;

beforeAll(async () => {
  db = await openNodeConnector();
  await db.insertColumns('forecast', forecastColumns(forecast));
  await db.insertColumns('history', forecastColumns(history));
  const locations = [
    {
      id: 'L1',
      board: 'B1',
      cluster: 'C1',
      municipalityCode: 'GM1',
      municipality: 'Rotterdam',
      pupils: 500,
      demandFte: [10, 11],
      totalShortageFte: [1, 2],
    },
    {
      id: 'L2',
      board: 'B2',
      cluster: 'C1',
      municipalityCode: 'GM1',
      municipality: 'Rotterdam',
      pupils: 300,
      demandFte: [10, 10],
      totalShortageFte: [3, 3],
    },
    {
      id: 'L3',
      board: 'B2',
      cluster: 'C2',
      municipalityCode: 'GM2',
      municipality: 'Capelle, "a/d" IJssel',
      pupils: 200,
      demandFte: [0, 0],
      totalShortageFte: [0, 0],
    },
  ];
  await db.insertColumns('locations', locationColumns(locations, 2026));
});

afterAll(async () => {
  await db?.close();
});

test('subjectShortageSql(year) in DuckDB: every subject of the region and its clusters, no sector totals', async () => {
  const rows = await db.query(subjectShortageSql(2026));
  expect(rows.map((r) => [r.level, r.unit, r.subject, r.totalShortageFte])).toEqual([
    ['region', 'R', 'vo-en', 2],
    ['region', 'R', 'vo-ne', 5],
    ['region', 'R', 'vo-wi', 5],
    ['cluster', 'C1', 'vo-wi', 3],
    ['cluster', 'C2', 'vo-wi', 2],
  ]);
  expect(rows[0].shortagePct).toBe(5);
});

test('subjectRowsSql(options) in DuckDB: largest shortage first, ties in the dataset’s order, then the limit', async () => {
  const subjects = ['vo-wi', 'vo-ne', 'vo-en'];
  const all = await db.query(subjectRowsSql({ level: 'region', unit: 'R', year: 2026, subjects }));
  expect(all.map((r) => r.subject)).toEqual(['vo-wi', 'vo-ne', 'vo-en']);
  expect(all[0]).toEqual({
    level: 'region',
    unit: 'R',
    subject: 'vo-wi',
    year: 2026,
    demandFte: 20,
    supplyFte: 15,
    totalShortageFte: 5,
    shortagePct: 25,
  });
  const reordered = await db.query(
    subjectRowsSql({ level: 'region', unit: 'R', year: 2026, subjects: ['vo-ne', 'vo-wi'], limit: 1 }),
  );
  expect(reordered.map((r) => r.subject)).toEqual(['vo-ne']);
  expect(await db.query(subjectRowsSql({ level: 'region', unit: 'R', year: 2026, subjects: [] }))).toEqual(
    [],
  );
});

test('boardYearsSql(options) in DuckDB: measured years before the model’s first year, then the model’s, in board order', async () => {
  const rows = await db.query(boardYearsSql({ boards: ['B2', 'B1'], subject: 'all', from: 2025, to: 2027 }));
  expect(rows.map((r) => [r.board, r.year, r.totalShortageFte])).toEqual([
    ['B2', 2025, 2],
    ['B2', 2026, 4],
    ['B2', 2027, 7],
    ['B1', 2025, 4],
    ['B1', 2026, 5],
    ['B1', 2027, 6],
  ]);
});

test('municipalityShortageSql(options) in DuckDB: locations summed per municipality, largest share first', async () => {
  expect(await db.query(municipalityShortageSql({ year: 2026 }))).toEqual([
    { code: 'GM1', name: 'Rotterdam', demand: 20, shortage: 4, pupils: 800, schools: 2, pct: 20 },
    { code: 'GM2', name: 'Capelle, "a/d" IJssel', demand: 0, shortage: 0, pupils: 200, schools: 1, pct: 0 },
  ]);
  const board = await db.query(municipalityShortageSql({ year: 2027, board: 'B2' }));
  expect(board.map((r) => [r.code, r.shortage, r.pct])).toEqual([
    ['GM1', 3, 30],
    ['GM2', 0, 0],
  ]);
  const cluster = await db.query(municipalityShortageSql({ year: 2027, cluster: 'C1' }));
  expect(cluster).toEqual([
    { code: 'GM1', name: 'Rotterdam', demand: 21, shortage: 5, pupils: 800, schools: 2, pct: (100 * 5) / 21 },
  ]);
});
