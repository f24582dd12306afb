import { describe, expect, test } from 'vitest';
import { numberFormats } from '$lib/i18n/index.svelte';
import { columnAlign, columnValue, formatColumn, type DataColumn } from './data-column';

type Row = { name: string; fte: number | null; pupils: number };
const row: Row = { name: 'Delft', fte: 1234.56, pupils: 20345 };
const nl = numberFormats('nl');

describe('data-column', () => {
  test('columnValue(column, row) reads row[key] unless the column has its own value', () => {
    expect(columnValue<Row>({ key: 'pupils', label: 'Leerlingen' }, row)).toBe(20345);
    expect(columnValue<Row>({ key: 'half', label: 'Helft', value: (r) => r.pupils / 2 }, row)).toBe(10172.5);
  });

  test('formatColumn(column, row, numberFormats("nl")) writes FTE, % and counts in Dutch', () => {
    expect(formatColumn<Row>({ key: 'fte', label: 'Fte', format: 'fte' }, row, nl)).toBe('1.234,6');
    expect(formatColumn<Row>({ key: 'pct', label: '%', format: 'pct', value: () => -2.25 }, row, nl)).toBe(
      '−2,3%',
    );
    expect(formatColumn<Row>({ key: 'pupils', label: 'Leerlingen', format: 'count' }, row, nl)).toBe(
      '20.345',
    );
  });

  test('formatColumn(column, row) writes "–" for a missing number and text as it is', () => {
    expect(formatColumn<Row>({ key: 'fte', label: 'Fte', format: 'fte' }, { ...row, fte: null }, nl)).toBe(
      '–',
    );
    expect(formatColumn<Row>({ key: 'name', label: 'Naam' }, row, nl)).toBe('Delft');
    expect(formatColumn<Row>({ key: 'x', label: 'X', format: (r) => `${r.name}!` }, row, nl)).toBe('Delft!');
  });

  test('columnAlign(column) is right for a number format, left otherwise, unless the column says', () => {
    const columns: DataColumn<Row>[] = [
      { key: 'fte', label: 'Fte', format: 'fte' },
      { key: 'name', label: 'Naam' },
      { key: 'band', label: 'Band', format: () => '1–2', align: 'right' },
    ];
    expect(columns.map(columnAlign)).toEqual(['right', 'left', 'right']);
  });
});
