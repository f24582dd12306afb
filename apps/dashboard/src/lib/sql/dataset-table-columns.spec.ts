import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DUCKDB_TYPES } from '@opgave/contract';
import { loadDataset as loadCoreDataset } from '@opgave/core/node';
import { expect, test } from 'vitest';
import { openNodeConnector } from '$lib/db/duckdb-node-connector';
import type { DataPackage } from '$lib/db/datapackage';
import { insertDatasetTables } from '$lib/db/insert-dataset-tables';
import { datasetToColumns, type ResourceColumns } from '$lib/model/dataset-columns';
import { columnTypeOfSql, datasetTableColumns } from './dataset-table-columns';

const rotterdam = fileURLToPath(new URL('../../../../../data/rotterdam/', import.meta.url));

test('columnTypeOfSql(DUCKDB_TYPES[type]) loads every type of the contract as its own kind of column', () => {
  expect(columnTypeOfSql(DUCKDB_TYPES.string)).toBe('string');
  expect(columnTypeOfSql(DUCKDB_TYPES.integer)).toBe('bigint');
  expect(columnTypeOfSql(DUCKDB_TYPES.number)).toBe('number');
  expect(columnTypeOfSql(DUCKDB_TYPES.boolean)).toBe('boolean');
  expect(() => columnTypeOfSql('DATE')).toThrow('columnTypeOfSql: no column is loaded as DATE');
});

test('datasetTableColumns(table, fields) types columns by their Table Schema through DUCKDB_TYPES, else by their values', () => {
  const locations: ResourceColumns = {
    rows: 3,
    columns: [
      {
        name: 'location_id',
        kind: 'coded',
        dictionary: ['L1', 'L2', 'L3'],
        codes: new Uint32Array([0, 1, 2]),
      },
      // the third row has no such field at all
      {
        name: 'partnership_member',
        kind: 'coded',
        dictionary: [true, false],
        codes: new Uint32Array([0, 1, 0xffffffff]),
      },
      { name: 'latitude', kind: 'coded', dictionary: [51.9, null], codes: new Uint32Array([0, 1, 0]) },
      { name: 'pupils', kind: 'number', values: new Float64Array([1, 2, 3]) },
      // a `year` field of a dataset's own schema: the model reads it as text
      { name: 'opened', kind: 'coded', dictionary: ['1998', null], codes: new Uint32Array([0, 1, 0]) },
      // a `date` field: no kind of column is loaded as DATE, so text
      { name: 'since', kind: 'coded', dictionary: ['2020-08-01'], codes: new Uint32Array([0, 0, 0]) },
      // not in the schema
      { name: 'rank', kind: 'number', values: new Float64Array([3, 2, 1]) },
      { name: 'note', kind: 'coded', dictionary: ['a', null], codes: new Uint32Array([0, 1, 1]) },
      { name: 'open', kind: 'coded', dictionary: [false, true], codes: new Uint32Array([0, 1, 0]) },
    ],
  };
  const fields = [
    { name: 'location_id', type: 'string' },
    { name: 'partnership_member', type: 'boolean' },
    { name: 'latitude', type: 'number' },
    { name: 'pupils', type: 'integer' },
    { name: 'opened', type: 'year' },
    { name: 'since', type: 'date' },
  ];
  expect(datasetTableColumns(locations, fields)).toEqual([
    { name: 'location_id', type: 'string', values: ['L1', 'L2', 'L3'] },
    { name: 'partnership_member', type: 'boolean', values: [true, false, null] },
    { name: 'latitude', type: 'number', values: [51.9, null, 51.9] },
    { name: 'pupils', type: 'bigint', values: [1, 2, 3] },
    { name: 'opened', type: 'integer', values: [1998, null, 1998] },
    { name: 'since', type: 'string', values: ['2020-08-01', '2020-08-01', '2020-08-01'] },
    { name: 'rank', type: 'number', values: [3, 2, 1] },
    { name: 'note', type: 'string', values: ['a', null, null] },
    { name: 'open', type: 'boolean', values: [false, true, false] },
  ]);
});

test('insertDatasetTables(db, columns, { resources, pkg }) makes the tables read_csv made from the CSV files, with the same names, types and rows', async () => {
  const columns = datasetToColumns(await loadCoreDataset(rotterdam));
  const resources = ['regions', 'clusters', 'locations', 'pupils', 'workforce'];
  const db = await openNodeConnector({ schema: 'dataset' });
  try {
    const pkg = JSON.parse(readFileSync(`${rotterdam}datapackage.json`, 'utf8')) as DataPackage;
    await insertDatasetTables(db, columns, { resources, pkg });
    const describe = (table: string) =>
      db.query<{ column_name: string; column_type: string }>(`DESCRIBE dataset.${table}`);
    const types = async (table: string) =>
      (await describe(table)).map((c) => `${c.column_name} ${c.column_type}`).join(', ');
    // As read_csv typed them by the Table Schema: integer → BIGINT, number → DOUBLE, boolean → BOOLEAN.
    expect(await types('regions')).toBe('region_id VARCHAR, name VARCHAR');
    expect(await types('clusters')).toBe('cluster_id VARCHAR, region_id VARCHAR, name VARCHAR');
    expect(await types('locations')).toBe(
      'location_id VARCHAR, name VARCHAR, board_id VARCHAR, cluster_id VARCHAR, sector VARCHAR, ' +
        'municipality_code VARCHAR, municipality VARCHAR, partnership_member BOOLEAN, latitude DOUBLE, longitude DOUBLE',
    );
    expect(await types('pupils')).toBe('location_id VARCHAR, year BIGINT, pupils BIGINT');
    expect(await types('workforce')).toBe(
      'location_id VARCHAR, subject_id VARCHAR, age_band VARCHAR, year BIGINT, headcount BIGINT, fte DOUBLE',
    );
    for (const table of resources) {
      // The same rows as DuckDB's own CSV reader gives with the types checked above, each way round
      // (EXCEPT ALL keeps duplicates).
      const typed = (await describe(table)).map((c) => `'${c.column_name}': '${c.column_type}'`).join(', ');
      const csv = `read_csv('${rotterdam}${table}.csv', header = true, types = {${typed}})`;
      const [{ n }] = await db.query<{ n: number }>(
        `SELECT (SELECT count(*) FROM (SELECT * FROM ${csv} EXCEPT ALL SELECT * FROM dataset.${table}))
              + (SELECT count(*) FROM (SELECT * FROM dataset.${table} EXCEPT ALL SELECT * FROM ${csv})) AS n`,
      );
      expect(n, table).toBe(0);
    }
    const [{ rows }] = await db.query<{ rows: number }>('SELECT count(*) AS rows FROM dataset.workforce');
    expect(rows).toBe(77277);
  } finally {
    await db.close();
  }
}, 60_000); // DuckDB for Node loads the whole dataset: seconds on a busy two-core machine
