/** The order of a sorted column. */
export type SortDirection = 'ascending' | 'descending';

const collator = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' });

/**
 * Compares two cell values: numbers by size, text in Dutch alphabetical order (digits as numbers).
 * @param a one value
 * @param b the other
 * @returns negative when `a` comes first, positive when `b` does, 0 when equal
 * @example compareValues(2, 10) // negative
 */
export function compareValues(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/**
 * Whether a cell has no value to sort on: null, undefined or NaN.
 * @param value the cell's value
 * @returns true when missing
 * @example isMissing(Number.NaN) // true
 */
export function isMissing(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value));
}

/**
 * The rows in the order of one value; rows without a value come last in both directions, and equal
 * rows keep their order (the sort is stable).
 * @param rows the rows as given
 * @param valueOf the value of a row to sort on
 * @param direction ascending or descending
 * @param compare compares two values ascending (default `compareValues`)
 * @returns a new array; `rows` is not changed
 * @example sortRows([{ n: 2 }, { n: 1 }], (r) => r.n, 'ascending') // [{ n: 1 }, { n: 2 }]
 */
export function sortRows<Row, Value>(
  rows: readonly Row[],
  valueOf: (row: Row) => Value,
  direction: SortDirection,
  compare: (a: Value, b: Value) => number = compareValues,
): Row[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((row) => ({ row, value: valueOf(row) }))
    .sort((a, b) => {
      const missingA = isMissing(a.value);
      const missingB = isMissing(b.value);
      if (missingA || missingB) return Number(missingA) - Number(missingB);
      return sign * compare(a.value, b.value);
    })
    .map(({ row }) => row);
}

/**
 * The next state of a sortable header after a click: ascending, then descending, then the rows' own order.
 * @param current the column sorted now and its direction, or null
 * @param key the column clicked
 * @returns the new sort, or null for the rows' own order
 * @example nextSort(null, 'pct') // { key: 'pct', direction: 'ascending' }
 */
export function nextSort(
  current: { key: string; direction: SortDirection } | null,
  key: string,
): { key: string; direction: SortDirection } | null {
  if (current?.key !== key) return { key, direction: 'ascending' };
  return current.direction === 'ascending' ? { key, direction: 'descending' } : null;
}
