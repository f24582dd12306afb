import { formatCsv } from '@opgave/contract';
import type { ImportedTable } from '@opgave/import';

/**
 * Writes a validated table as CSV in Opgave's own format (comma, `\n`, decimal point, a missing value as
 * an empty field, fields quoted only when they hold a comma, quote or line break), columns in schema order.
 * @param table a table from `importTable` (typed columns)
 * @returns the CSV text, ending in a newline
 * @example importedTableToCsv(table) // 'location_id,year,pupils\n90AA00,2024,570\n'
 */
export function importedTableToCsv(table: Pick<ImportedTable, 'columns' | 'rowCount'>): string {
  const names = Object.keys(table.columns);
  const columns = names.map((n) => table.columns[n]);
  const records: string[][] = new Array(table.rowCount + 1);
  records[0] = names;
  for (let i = 0; i < table.rowCount; i++) records[i + 1] = columns.map((column) => cell(column[i]));
  return formatCsv(records);
}

function cell(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isNaN(value) ? '' : String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return value;
}
