import { tableFromIPC } from 'apache-arrow';
import { expect, test } from 'vitest';
import { columnsToIpc } from './columns-to-ipc';

test('columnsToIpc(columns) writes text, whole numbers and numbers, with nulls, that Arrow reads back', () => {
  const table = tableFromIPC(
    columnsToIpc([
      { name: 'unit', type: 'string', values: ['C1', 'Één, twee', ''] },
      { name: 'year', type: 'integer', values: [2030, null, 2032] },
      { name: 'fte', type: 'number', values: [1 / 3, 2.5, null] },
    ]),
  );
  expect(table.schema.fields.map((f) => `${f.name}: ${f.type}`)).toEqual([
    'unit: Utf8',
    'year: Int32',
    'fte: Float64',
  ]);
  expect(table.toArray().map((row) => row.toJSON())).toEqual([
    { unit: 'C1', year: 2030, fte: 1 / 3 },
    { unit: 'Één, twee', year: null, fte: 2.5 },
    { unit: '', year: 2032, fte: null },
  ]);
});

test('columnsToIpc(columns) writes repeated text once per row, each row its own value', () => {
  const values = ['R01-C1', 'R01-C2', 'R01-C1', 'Één', 'R01-C1', 'Één'];
  const table = tableFromIPC(columnsToIpc([{ name: 'unit', type: 'string', values }]));
  expect(table.toArray().map((row) => row.toJSON().unit)).toEqual(values);
});

test('columnsToIpc(columns) writes missing text as null and empty text as empty', () => {
  const table = tableFromIPC(
    columnsToIpc([{ name: 'municipality', type: 'string', values: [null, 'Rotterdam', ''] }]),
  );
  expect(table.toArray().map((row) => row.toJSON().municipality)).toEqual([null, 'Rotterdam', '']);
});
