import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/index.js';

describe('parseCsv(text, options)', () => {
  it('parses typed columns, quoted fields and empty fields', () => {
    const rows = parseCsv('id,name,n,x,ok\nA,"Rotterdam, Zuid",3,0.5,true\nB,,4,,false\n', {
      types: { n: 'integer', x: 'number', ok: 'boolean' },
    });
    expect(rows).toEqual([
      { id: 'A', name: 'Rotterdam, Zuid', n: 3, x: 0.5, ok: true },
      { id: 'B', name: null, n: 4, x: null, ok: false },
    ]);
  });
  it('names file, row, column and value when a value has the wrong type', () => {
    expect(() =>
      parseCsv('year,pupils\n2025,12\n2025,"12,5"\n', { file: 'pupils.csv', types: { pupils: 'integer' } }),
    ).toThrow('pupils.csv row 2, column pupils: "12,5" is not a number');
    expect(() =>
      parseCsv('year,pupils\n2025,12.5\n', { file: 'pupils.csv', types: { pupils: 'integer' } }),
    ).toThrow('pupils.csv row 1, column pupils: "12.5" is not a whole number');
  });
  it('reports rows with the wrong number of fields', () => {
    expect(() => parseCsv('a,b\n1\n', { file: 'x.csv' })).toThrow('x.csv row 1: expected 2 fields, found 1');
  });
});
