import { describe, expect, test } from 'vitest';
import { compareValues, isMissing, nextSort, sortRows } from './sort-rows';

describe('sort-rows', () => {
  test('compareValues(a, b) orders numbers by size and text alphabetically, digits as numbers', () => {
    expect(compareValues(2, 10)).toBeLessThan(0);
    expect(compareValues(-1.5, -3)).toBeGreaterThan(0);
    expect(compareValues('Ede', 'Delft')).toBeGreaterThan(0);
    expect(compareValues('Cluster 2', 'Cluster 10')).toBeLessThan(0);
    expect(compareValues('zuid', 'Zuid')).toBe(0);
  });

  test('isMissing(value) is true for null, undefined and NaN only', () => {
    expect([null, undefined, Number.NaN, 0, '', 'x'].map(isMissing)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
  });

  const rows = [
    { id: 'a', n: 3 },
    { id: 'b', n: null },
    { id: 'c', n: 1 },
    { id: 'd', n: 3 },
    { id: 'e', n: 2 },
  ];
  const ids = (list: { id: string }[]) => list.map((r) => r.id).join('');

  test('sortRows(rows, value, "ascending") puts the smallest first, the missing value last, ties in their own order', () => {
    expect(ids(sortRows(rows, (r) => r.n, 'ascending'))).toBe('ceadb');
  });

  test('sortRows(rows, value, "descending") puts the largest first and the missing value still last', () => {
    expect(ids(sortRows(rows, (r) => r.n, 'descending'))).toBe('adecb');
  });

  test('sortRows(rows, value, direction, compare) uses the compare function and leaves rows unchanged', () => {
    const byIdBackwards = (a: string, b: string) => b.localeCompare(a);
    expect(ids(sortRows(rows, (r) => r.id, 'ascending', byIdBackwards))).toBe('edcba');
    expect(ids(rows)).toBe('abcde');
  });

  test('nextSort(current, key) goes ascending, descending, then back to the rows’ own order', () => {
    const first = nextSort(null, 'pct');
    expect(first).toEqual({ key: 'pct', direction: 'ascending' });
    const second = nextSort(first, 'pct');
    expect(second).toEqual({ key: 'pct', direction: 'descending' });
    expect(nextSort(second, 'pct')).toBeNull();
    expect(nextSort(second, 'name')).toEqual({ key: 'name', direction: 'ascending' });
  });
});
