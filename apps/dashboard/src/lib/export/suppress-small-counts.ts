import type { ExportColumn, ExportRow } from './columns';

/** What a suppressed count is written as, as DUO does. */
export const SUPPRESSED_MARK = '<5';

/** Options of {@link suppressSmallCounts}. */
export interface SuppressSmallCountsOptions {
  /** Counts from 1 up to (not including) this are suppressed; default 5. */
  below?: number;
  /** What a suppressed count becomes; default `<5`. */
  mark?: string;
}

/**
 * Replaces small counts of persons by a mark before export, as DUO publishes them: in every column
 * marked `persons`, a number greater than 0 and less than `below` becomes `<5`. Zero stays 0 (nobody
 * can be recognised in it); other columns and the input rows are left unchanged.
 * @param rows the rows to export
 * @param columns the columns; only those with `persons: true` are touched
 * @param options `below` (default 5) and `mark` (default `<5`)
 * @returns new rows
 * @example
 * suppressSmallCounts([{ school: 'A', pupils: 3 }], [{ key: 'school', label: 'School' }, { key: 'pupils', label: 'Leerlingen', persons: true }])
 * // [{ school: 'A', pupils: '<5' }]
 */
export function suppressSmallCounts(
  rows: readonly ExportRow[],
  columns: readonly ExportColumn[],
  { below = 5, mark = SUPPRESSED_MARK }: SuppressSmallCountsOptions = {},
): ExportRow[] {
  const keys = columns.filter((c) => c.persons).map((c) => c.key);
  if (keys.length === 0) return rows.map((row) => ({ ...row }));
  return rows.map((row) => {
    const out = { ...row };
    for (const key of keys) {
      const value = out[key];
      if (typeof value === 'number' && value > 0 && value < below) out[key] = mark;
    }
    return out;
  });
}
