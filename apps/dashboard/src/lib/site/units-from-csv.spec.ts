import { expect, test } from 'vitest';
import { unitsFromCsv } from './units-from-csv';

test('unitsFromCsv(text, idColumn) takes the id and name of every row, in file order', () => {
  const csv = 'cluster_id,region_id,name\r\nR01-C2,R01,Cluster Zuid\r\nR01-C1,R01,Cluster Noord\r\n';
  expect(unitsFromCsv(csv, 'cluster_id')).toEqual([
    { id: 'R01-C2', name: 'Cluster Zuid' },
    { id: 'R01-C1', name: 'Cluster Noord' },
  ]);
});

test('unitsFromCsv(text, idColumn) reads a quoted name with a comma and a doubled quote as one field', () => {
  const csv = 'board_id,name,sector\nB0001,"Stichting ""De Haven"", Rotterdam",vo\n';
  expect(unitsFromCsv(csv, 'board_id')).toEqual([{ id: 'B0001', name: 'Stichting "De Haven", Rotterdam' }]);
});

test('unitsFromCsv(text, idColumn) names the column the header lacks', () => {
  expect(() => unitsFromCsv('board_id,sector\nB0001,vo\n', 'board_id')).toThrow(
    'unitsFromCsv: the header (board_id,sector) has no column name',
  );
});
