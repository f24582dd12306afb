import { formatCsv } from '@opgave/contract';
import type { ExportColumn, ExportRow } from './columns';

/** Options of {@link toCsv}. */
export interface ToCsvOptions {
  /** Start with a UTF-8 byte order mark, so Excel reads accents correctly; `true` by default. */
  bom?: boolean;
}

/**
 * Writes rows as CSV for machines (RFC 4180): a header row of the columns' labels, `,` between
 * fields, `.` as the decimal point and no thousands separator, CRLF line ends, and quotes around a
 * field only when it holds a comma, quote, line break or leading/trailing space. Numbers are written
 * in full (no rounding); `null`, `undefined` and non-finite numbers become empty fields; dates become
 * ISO 8601. Starts with a byte order mark unless `bom: false`.
 * @param rows the rows, values by column key
 * @param columns the columns in order, with their headers
 * @param options `bom`
 * @returns the CSV text
 * @example toCsv([{ name: 'Noord', fte: 12.5 }], [{ key: 'name', label: 'Cluster' }, { key: 'fte', label: 'Fte' }])
 * // '\uFEFFCluster,Fte\r\nNoord,12.5\r\n'
 */
export function toCsv(
  rows: readonly ExportRow[],
  columns: readonly ExportColumn[],
  { bom = true }: ToCsvOptions = {},
): string {
  if (columns.length === 0) throw new Error('toCsv requires at least one column');
  const records = [columns.map((column) => column.label)];
  for (const row of rows) records.push(columns.map((column) => csvValue(row[column.key])));
  return formatCsv(records, { bom, newline: '\r\n' });
}

function csvValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
  return String(value);
}
