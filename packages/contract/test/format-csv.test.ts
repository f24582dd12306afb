import { expect, it } from 'vitest';
import { csvField, formatCsv } from '../src/format-csv.js';

it('csvField(text) quotes a comma, a quote, a line break and leading or trailing space only', () => {
  expect(['a', 'a,b', 'say "hi"', 'a\nb', 'a\rb', ' a', 'a ', 'a b', ''].map((t) => csvField(t))).toEqual([
    'a',
    '"a,b"',
    '"say ""hi"""',
    '"a\nb"',
    '"a\rb"',
    '" a"',
    '"a "',
    'a b',
    '',
  ]);
});

it("csvField(text, ';') quotes the semicolon and not the comma", () => {
  expect([csvField('a;b', ';'), csvField('12,5', ';')]).toEqual(['"a;b"', '12,5']);
});

it('formatCsv(records) writes LF-ended records without BOM', () => {
  expect(
    formatCsv([
      ['name', 'fte'],
      ['Noord, Oost', '12.5'],
      ['', ''],
    ]),
  ).toBe('name,fte\n"Noord, Oost",12.5\n,\n');
});

it("formatCsv(records, { bom, delimiter: ';', newline: '\\r\\n' }) writes Excel's variant", () => {
  expect(
    formatCsv(
      [
        ['a', 'b'],
        ['1;2', 'x'],
      ],
      { bom: true, delimiter: ';', newline: '\r\n' },
    ),
  ).toBe('\uFEFFa;b\r\n"1;2";x\r\n');
});

it("formatCsv(records, { newline: '\\r\\n', quote: 'all' }) quotes every field, an empty one too", () => {
  expect(
    formatCsv(
      [
        ['BRIN', 'NAAM'],
        ['00AB', 'Het "Lyceum", Delft'],
        ['', '3'],
      ],
      { newline: '\r\n', quote: 'all' },
    ),
  ).toBe('"BRIN","NAAM"\r\n"00AB","Het ""Lyceum"", Delft"\r\n"","3"\r\n');
});
