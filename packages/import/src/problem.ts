import type { Problem, Severity } from './types.js';

/**
 * Builds a {@link Problem} whose message names the file, row, column and value.
 * @param file file name
 * @param row row as the user sees it (header = 1; 0 = the whole file)
 * @param column column name, or '' for none
 * @param value offending value, or '' for none
 * @param expected what was expected, in a few words
 * @param what what is wrong with the value (`is not a whole number`)
 * @param severity 'error' (default) or 'warning'
 * @returns the problem
 * @example
 * makeProblem('pupils.csv', 17, 'pupils', '12,5', 'a whole number', 'is not a whole number').message
 * // 'pupils.csv row 17, column pupils: "12,5" is not a whole number'
 */
export function makeProblem(
  file: string,
  row: number,
  column: string,
  value: string,
  expected: string,
  what: string,
  severity: Severity = 'error',
): Problem {
  const place = `${file}${row > 0 ? ` row ${row}` : ''}${column ? `, column ${column}` : ''}`;
  const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
  const subject = value !== '' ? `"${shown}" ` : '';
  return { file, row, column, value, expected, severity, message: `${place}: ${subject}${what}` };
}

/**
 * The only error the readers throw: a file that cannot be read at all. It carries its problems.
 * @example
 * try { readXlsx(bytes, 'staff.xlsx'); } catch (e) { if (e instanceof ImportError) console.log(e.problems); }
 */
export class ImportError extends Error {
  readonly problems: Problem[];
  /**
   * @param problems the problems, at least one; the message is the first one's
   */
  constructor(problems: Problem[]) {
    super(problems.map((p) => p.message).join('\n'));
    this.name = 'ImportError';
    this.problems = problems;
  }
}

/**
 * Formats a number the way the messages show it (thousands separated by commas).
 * @param n a number
 * @returns the number as text
 * @example
 * formatNumber(70677) // '70,677'
 */
export function formatNumber(n: number): string {
  return Number.isInteger(n) ? n.toLocaleString('en-US') : String(n);
}
