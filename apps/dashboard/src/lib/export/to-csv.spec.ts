import { describe, expect, it } from 'vitest';
import { toCsv } from './to-csv';

const columns = [
  { key: 'name', label: 'Cluster' },
  { key: 'pupils', label: 'Leerlingen' },
  { key: 'fte', label: 'Fte bevoegd' },
];

describe('toCsv', () => {
  it('toCsv(rows, columns) writes a BOM, a header of labels, "," between fields, "." decimals and CRLF', () => {
    const csv = toCsv(
      [
        { name: 'Noord', pupils: 12345, fte: 1234.5 },
        { name: 'Zuid', pupils: 0, fte: -0.25 },
      ],
      columns,
    );
    expect(csv).toBe('\uFEFFCluster,Leerlingen,Fte bevoegd\r\nNoord,12345,1234.5\r\nZuid,0,-0.25\r\n');
  });

  it('toCsv(rows, columns) quotes fields with commas, quotes, line breaks or outer spaces, and doubles quotes', () => {
    const csv = toCsv([{ name: 'Rotterdam, "Zuid"', pupils: 'a\nb', fte: ' x' }], columns, { bom: false });
    expect(csv).toBe('Cluster,Leerlingen,Fte bevoegd\r\n"Rotterdam, ""Zuid""","a\nb"," x"\r\n');
  });

  it('toCsv(rows, columns) writes null, undefined, NaN and Infinity as empty fields and dates as ISO 8601', () => {
    const csv = toCsv(
      [{ name: null, pupils: Number.NaN, fte: Infinity }, { name: new Date(Date.UTC(2025, 9, 1)) }],
      columns,
      { bom: false },
    );
    expect(csv.split('\r\n')).toEqual([
      'Cluster,Leerlingen,Fte bevoegd',
      ',,',
      '2025-10-01T00:00:00.000Z,,',
      '',
    ]);
  });

  it('toCsv(rows, columns) keeps the column order given, not the row objects’ key order', () => {
    const csv = toCsv([{ fte: 2, name: 'A' }], [columns[2], columns[0]], { bom: false });
    expect(csv).toBe('Fte bevoegd,Cluster\r\n2,A\r\n');
  });

  it('toCsv(rows, []) throws', () => {
    expect(() => toCsv([], [])).toThrow('toCsv requires at least one column');
  });
});
