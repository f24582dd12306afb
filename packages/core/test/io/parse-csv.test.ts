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
  it('rejects an empty file, naming it', () => {
    expect(() => parseCsv('', { file: 'pupils.csv' })).toThrow(
      'pupils.csv: empty file; expected a header row',
    );
    expect(() => parseCsv('\n', { file: 'pupils.csv', columns: { required: ['year', 'pupils'] } })).toThrow(
      'pupils.csv: empty file; expected a header row with the columns: year, pupils',
    );
  });
  it('with columns, names missing and unexpected columns and the expected ones', () => {
    const columns = { required: ['location_id', 'year', 'pupils'] };
    expect(() => parseCsv('location_id,year\nL1,2025\n', { file: 'pupils.csv', columns })).toThrow(
      'pupils.csv: missing column pupils; expected columns: location_id, year, pupils',
    );
    expect(() =>
      parseCsv('location_id,jaar,leerlingen\nL1,2025,3\n', { file: 'pupils.csv', columns }),
    ).toThrow(
      'pupils.csv: missing columns year, pupils; unexpected columns "jaar", "leerlingen"; expected columns: location_id, year, pupils',
    );
    expect(() => parseCsv('location_id,year,pupils,pupils\n', { file: 'pupils.csv', columns })).toThrow(
      'pupils.csv: repeated column pupils; expected columns: location_id, year, pupils',
    );
    expect(
      parseCsv('year,location_id,note,pupils\n2025,L1,x,3\n', {
        file: 'pupils.csv',
        columns: { ...columns, expected: ['note'] },
      }),
    ).toEqual([{ year: '2025', location_id: 'L1', note: 'x', pupils: '3' }]);
  });
});
