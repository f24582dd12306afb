import { formatCsv } from '@opgave/contract';
import type { Problem } from '@opgave/import';

/**
 * Writes the problems of a validation report as CSV (for the reader to download and fix their file):
 * one row per problem with file, severity, row, column, value, expected and the whole message.
 * @param problems errors and warnings
 * @returns CSV text with a header, ending in a newline
 * @example problemsToCsv([{ file: 'p.csv', row: 3, column: 'pupils', value: '-1', expected: 'at least 0', severity: 'error', message: '…' }])
 */
export function problemsToCsv(problems: readonly Problem[]): string {
  const header = ['file', 'severity', 'row', 'column', 'value', 'expected', 'message'];
  const records = problems.map((p) => [
    p.file,
    p.severity,
    String(p.row),
    p.column,
    p.value,
    p.expected,
    p.message,
  ]);
  return formatCsv([header, ...records]);
}
