import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { loadDataset } from '@opgave/core/node';
import { expect, test } from 'vitest';
import { clusterOverview, type OverviewInput } from './cluster-overview';

const rotterdam = fileURLToPath(new URL('../../../../../data/rotterdam/', import.meta.url));

const small: OverviewInput = {
  regions: [{ region_id: 'R1', name: 'Regio' }],
  clusters: [
    { cluster_id: 'C2', region_id: 'R1', name: 'Zuid' },
    { cluster_id: 'C1', region_id: 'R1', name: 'Noord' },
  ],
  locations: [
    { location_id: 'A', name: 'a', board_id: 'B', cluster_id: 'C1', sector: 'vo', partnership_member: true },
    { location_id: 'B', name: 'b', board_id: 'B', cluster_id: 'C1', sector: 'vo', partnership_member: true },
    { location_id: 'C', name: 'c', board_id: 'B', cluster_id: 'C2', sector: 'vo', partnership_member: true },
  ],
  pupils: [
    { location_id: 'A', year: 2024, pupils: 100 },
    { location_id: 'B', year: 2024, pupils: 50 },
    { location_id: 'A', year: 2025, pupils: 110 },
    // not a location of the dataset: left out
    { location_id: 'X', year: 2024, pupils: 999 },
  ],
  workforce: [
    { location_id: 'A', subject_id: 's', age_band: '25-29', year: 2024, headcount: 2, fte: 1.2 },
    { location_id: 'B', subject_id: 's', age_band: '30-34', year: 2024, headcount: 1, fte: 0.8 },
    // a year with workforce but no pupils in cluster C2
    { location_id: 'C', subject_id: 's', age_band: '30-34', year: 2025, headcount: 3, fte: 2.0004 },
  ],
};

test('clusterOverview(data) sums pupils and FTE per cluster and year, by cluster then year', () => {
  expect(clusterOverview(small)).toEqual({
    regions: [{ regionId: 'R1', name: 'Regio' }],
    clusters: [
      { clusterId: 'C1', name: 'Noord', regionId: 'R1', locations: 2 },
      { clusterId: 'C2', name: 'Zuid', regionId: 'R1', locations: 1 },
    ],
    series: [
      {
        clusterId: 'C1',
        clusterName: 'Noord',
        year: 2024,
        pupils: 150,
        locations: 2,
        teacherFte: 2,
        teacherHeadcount: 3,
      },
      {
        clusterId: 'C1',
        clusterName: 'Noord',
        year: 2025,
        pupils: 110,
        locations: 1,
        teacherFte: 0,
        teacherHeadcount: 0,
      },
      {
        clusterId: 'C2',
        clusterName: 'Zuid',
        year: 2025,
        pupils: 0,
        locations: 0,
        teacherFte: 2,
        teacherHeadcount: 3,
      },
    ],
  });
});

test('clusterOverview(data) on data/rotterdam gives the sums DuckDB computes from the CSV files itself, every year', async () => {
  const overview = clusterOverview(await loadDataset(rotterdam));
  // An independent reading and summing: DuckDB's own CSV reader and SQL, not core's parser or this code.
  const instance = await DuckDBInstance.create(':memory:');
  const db = await instance.connect();
  const csv = (name: string) => `read_csv('${rotterdam}${name}.csv', all_varchar = true)`;
  try {
    const reader = await db.runAndReadAll(`
      WITH l AS (SELECT location_id, cluster_id FROM ${csv('locations')}),
      p AS (
        SELECT l.cluster_id, CAST(year AS INTEGER) AS year, sum(CAST(pupils AS DOUBLE)) AS pupils,
          count(DISTINCT location_id) AS locations
        FROM ${csv('pupils')} JOIN l USING (location_id) GROUP BY ALL),
      w AS (
        SELECT l.cluster_id, CAST(year AS INTEGER) AS year, sum(CAST(fte AS DOUBLE)) AS fte,
          sum(CAST(headcount AS DOUBLE)) AS headcount
        FROM ${csv('workforce')} JOIN l USING (location_id) GROUP BY ALL)
      SELECT cluster_id, year, coalesce(p.pupils, 0) AS pupils, coalesce(p.locations, 0) AS locations,
        coalesce(w.fte, 0) AS fte, coalesce(w.headcount, 0) AS headcount
      FROM p FULL JOIN w USING (cluster_id, year)
      ORDER BY cluster_id, year`);
    const expected = reader.getRowObjectsJS().map((row) => ({
      clusterId: String(row.cluster_id),
      year: Number(row.year),
      pupils: Number(row.pupils),
      locations: Number(row.locations),
      teacherFte: Number(row.fte),
      teacherHeadcount: Number(row.headcount),
    }));
    expect(expected.length).toBeGreaterThan(30);
    expect(overview.series.length).toBe(expected.length);
    overview.series.forEach((row, i) => {
      const want = expected[i];
      expect({ ...row, clusterName: undefined, teacherFte: undefined }).toEqual({
        ...want,
        clusterName: undefined,
        teacherFte: undefined,
      });
      expect(row.teacherFte).toBeCloseTo(want.teacherFte, 3);
    });
  } finally {
    db.closeSync();
    instance.closeSync();
  }
}, 60_000); // DuckDB for Node reads the whole workforce file: seconds on a busy two-core machine
