import { tokeniseCsv } from '@opgave/contract';

/** Expected type of a CSV column (Frictionless Table Schema types used by Opgave). */
export type ColumnType = 'string' | 'number' | 'integer' | 'boolean';

/** Options of parseCsv. */
export interface ParseCsvOptions {
  /** File name used in error messages. */
  file?: string;
  /** Column name → type; columns not listed are kept as strings. */
  types?: Record<string, ColumnType>;
  /**
   * Check the header: every `required` column must be present and every column must be one of `expected`
   * (default: `required`). The error names the file, the missing and unexpected columns and the expected ones.
   */
  columns?: { required: readonly string[]; expected?: readonly string[] };
}

function checkHeader(header: string[], file: string, columns: NonNullable<ParseCsvOptions['columns']>): void {
  const expected = [...new Set([...columns.required, ...(columns.expected ?? [])])];
  const allowed = new Set(expected);
  const present = new Set(header);
  const missing = columns.required.filter((c) => !present.has(c));
  const unexpected = header.filter((c) => !allowed.has(c));
  const duplicated = header.filter((c, i) => header.indexOf(c) !== i);
  if (missing.length === 0 && unexpected.length === 0 && duplicated.length === 0) return;
  const parts: string[] = [];
  if (missing.length) parts.push(`missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`);
  if (unexpected.length)
    parts.push(
      `unexpected column${unexpected.length > 1 ? 's' : ''} ${unexpected.map((c) => `"${c}"`).join(', ')}`,
    );
  if (duplicated.length)
    parts.push(`repeated column${duplicated.length > 1 ? 's' : ''} ${duplicated.join(', ')}`);
  throw new Error(`${file}: ${parts.join('; ')}; expected columns: ${expected.join(', ')}`);
}

/**
 * Parse comma-separated text into typed row objects; empty fields become null.
 * Errors name the file, the row (1 = first data row), the column, the value and what was expected; an empty file
 * and, with `columns`, a header with missing or unexpected columns are rejected.
 * @param text CSV text with one header row
 * @param options file name for messages, column types and the expected columns
 * @returns one object per data row
 * @example
 * parseCsv('year,pupils\n2025,812\n', { file: 'pupils.csv', types: { year: 'integer', pupils: 'integer' } });
 * // → [{ year: 2025, pupils: 812 }]
 */
export function parseCsv(text: string, options: ParseCsvOptions = {}): Record<string, unknown>[] {
  const file = options.file ?? 'csv';
  const types = options.types ?? {};
  const tokens = tokeniseCsv(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if (tokens.header.length === 0) {
    const expected = options.columns
      ? `: ${[...new Set([...options.columns.required, ...(options.columns.expected ?? [])])].join(', ')}`
      : '';
    throw new Error(
      `${file}: empty file; expected a header row${expected ? ` with the columns${expected}` : ''}`,
    );
  }
  const { header, columns } = tokens;
  if (options.columns) checkHeader(header, file, options.columns);
  const problem = tokens.problems[0];
  if (problem) {
    const row = tokens.rowNumbers.indexOf(problem.line) + 1;
    if (problem.fields === undefined) throw new Error(`${file} line ${problem.line}: ${problem.message}`);
    throw new Error(`${file} row ${row}: expected ${header.length} fields, found ${problem.fields}`);
  }
  const kinds = header.map((h) => types[h] ?? 'string');
  const rows: Record<string, unknown>[] = new Array(tokens.rowCount);
  for (let r = 0; r < tokens.rowCount; r++) {
    const row: Record<string, unknown> = {};
    for (let c = 0; c < header.length; c++)
      row[header[c]] = cellValue(columns[c][r], kinds[c], file, r + 1, header[c]);
    rows[r] = row;
  }
  return rows;
}

function cellValue(raw: string, kind: ColumnType, file: string, r: number, column: string): unknown {
  if (raw === '') return null;
  if (kind === 'number' || kind === 'integer') {
    const x = Number(raw);
    if (!Number.isFinite(x) || raw.trim() !== raw)
      throw new Error(`${file} row ${r}, column ${column}: "${raw}" is not a number`);
    if (kind === 'integer' && !Number.isInteger(x))
      throw new Error(`${file} row ${r}, column ${column}: "${raw}" is not a whole number`);
    return x;
  }
  if (kind === 'boolean') {
    if (raw === 'true' || raw === 'TRUE' || raw === '1') return true;
    if (raw === 'false' || raw === 'FALSE' || raw === '0') return false;
    throw new Error(`${file} row ${r}, column ${column}: "${raw}" is not a boolean (true/false)`);
  }
  return raw;
}
