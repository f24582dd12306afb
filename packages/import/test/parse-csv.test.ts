import { describe, expect, it } from 'vitest';
import { decodeText, parseCsv, sniffCsvDialect } from '../src/index.js';

describe('parseCsv', () => {
  it('parseCsv(text) reads quoted fields with embedded delimiters, quotes and line breaks', () => {
    const t = parseCsv('a,b,c\n"x,y","say ""hi""","two\nlines"\n1,2,3\n');
    expect(t.header).toEqual(['a', 'b', 'c']);
    expect(t.columns).toEqual([
      ['x,y', '1'],
      ['say "hi"', '2'],
      ['two\nlines', '3'],
    ]);
    expect([...t.rowNumbers]).toEqual([2, 4]);
    expect(t.problems).toEqual([]);
  });

  it('parseCsv(text, { delimiter }) reads CRLF and CR line endings and no final newline', () => {
    expect(parseCsv('a;b\r\n1;2\r\n3;4', { delimiter: ';' }).columns).toEqual([
      ['1', '3'],
      ['2', '4'],
    ]);
    expect(parseCsv('a;b\r1;2\r', { delimiter: ';' }).columns).toEqual([['1'], ['2']]);
  });

  it('parseCsv(text) skips blank lines but keeps the physical line numbers', () => {
    const t = parseCsv('\na,b\n1,2\n\n3,4\n\n');
    expect(t.rowCount).toBe(2);
    expect([...t.rowNumbers]).toEqual([3, 5]);
  });

  it('parseCsv(text) keeps empty fields, including a trailing one', () => {
    const t = parseCsv('a,b,c\n1,,\n');
    expect(t.columns).toEqual([['1'], [''], ['']]);
    expect(t.problems).toEqual([]);
  });

  it('parseCsv(text) reports rows with too few or too many fields and pads them', () => {
    const t = parseCsv('a,b,c\n1,2\n1,2,3,4\n', { file: 'x.csv' });
    expect(t.problems.map((p) => p.message)).toEqual([
      'x.csv row 2: has 2 fields but the header has 3',
      'x.csv row 3: has 4 fields but the header has 3',
    ]);
    expect(t.columns[2]).toEqual(['', '3']);
  });

  it('parseCsv(text) reports an unclosed quote instead of throwing', () => {
    const t = parseCsv('a\n"open\n', { file: 'x.csv' });
    expect(t.problems[0].message).toBe('x.csv row 2: a quoted field is never closed');
  });

  it('parseCsv("") gives an empty header', () => {
    expect(parseCsv('')).toMatchObject({ header: [], rowCount: 0 });
  });
});

describe('sniffCsvDialect', () => {
  it('sniffCsvDialect(text) finds ; with a decimal comma, and , with quotes', () => {
    expect(sniffCsvDialect('a;b;c\n1,5;2;3\n2,25;1;1\n')).toMatchObject({ delimiter: ';', decimal: ',' });
    expect(sniffCsvDialect('"a","b;c"\r\n"1.5","x;y"\r\n')).toMatchObject({
      delimiter: ',',
      decimal: '.',
      lineTerminator: '\r\n',
    });
    expect(sniffCsvDialect('a\tb\n1\t2\n').delimiter).toBe('\t');
  });
});

describe('decodeText', () => {
  it('decodeText(bytes) strips a BOM and reads UTF-8', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0xc3, 0xa9]))).toEqual({
      text: 'aé',
      encoding: 'utf-8',
      bom: true,
    });
  });
  it('decodeText(bytes) falls back to Windows-1252 for invalid UTF-8', () => {
    // 0xe2 = â, 0x80 = € in Windows-1252 (not in ISO-8859-1)
    expect(decodeText(new Uint8Array([0x46, 0x72, 0x79, 0x73, 0x6c, 0xe2, 0x6e, 0x20, 0x80]))).toEqual({
      text: 'Fryslân €',
      encoding: 'windows-1252',
      bom: false,
    });
  });
});
