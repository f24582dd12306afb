import { expect, test } from 'vitest';
import { createTableFromCsv } from './create-table-from-csv';

test('createTableFromCsv(table, file, fields) types every known column and quotes names', () => {
  const sql = createTableFromCsv('pupils', 'pupils.csv', [
    { name: 'location_id', type: 'string' },
    { name: 'year', type: 'integer' },
    { name: 'pupils', type: 'integer' },
    { name: 'odd', type: 'geopoint' },
  ]);
  expect(sql).toBe(
    `CREATE OR REPLACE TABLE "pupils" AS SELECT * FROM read_csv('pupils.csv', header = true, delim = ',', ` +
      `quote = '"', nullstr = '', types = {'location_id': 'VARCHAR', 'year': 'BIGINT', 'pupils': 'BIGINT'})`,
  );
});

test('createTableFromCsv(table, file, []) leaves types to DuckDB and escapes quotes in names', () => {
  expect(createTableFromCsv('a"b', "it's.csv", [])).toBe(
    `CREATE OR REPLACE TABLE "a""b" AS SELECT * FROM read_csv('it''s.csv', header = true, delim = ',', quote = '"', nullstr = '')`,
  );
});
