import { expect, it } from 'vitest';
import { formatCsv } from '../src/format-csv.js';
import { tokeniseCsv } from '../src/tokenise-csv.js';

it('tokeniseCsv(text) gives columns, the line of each row and skips blank lines', () => {
  const tokens = tokeniseCsv('a,b\r\n1,"x\ny"\n\n2,z\n');
  expect(tokens.header).toEqual(['a', 'b']);
  expect(tokens.columns).toEqual([
    ['1', '2'],
    ['x\ny', 'z'],
  ]);
  expect(tokens.rowNumbers).toEqual([2, 5]);
  expect(tokens.problems).toEqual([]);
});

it('tokeniseCsv(text) reports a short row with its line and field count, and pads it', () => {
  const tokens = tokeniseCsv('a,b\n1\n');
  expect(tokens.columns).toEqual([['1'], ['']]);
  expect(tokens.problems).toEqual([
    { line: 2, fields: 1, expected: '2 fields', message: 'has 1 field but the header has 2' },
  ]);
});

it('tokeniseCsv(formatCsv(records)) gives the records back', () => {
  const records = [
    ['name', 'note'],
    [' Noord', 'say "hi", then\r\nleave'],
  ];
  const tokens = tokeniseCsv(formatCsv(records));
  expect([tokens.header, ...tokens.columns[0].map((v, i) => [v, tokens.columns[1][i]])]).toEqual(records);
});
