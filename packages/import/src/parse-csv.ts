import { tokeniseCsv } from '@opgave/contract';
import { makeProblem } from './problem.js';
import type { Problem, RawTable } from './types.js';

/** Options of {@link parseCsv}. */
export interface ParseCsvOptions {
  /** Field delimiter (one character); default `,`. */
  delimiter?: string;
  /** File name used in messages; default `data.csv`. */
  file?: string;
  /** Most problems listed; further ones are only counted. Default 1000. */
  maxProblems?: number;
}

/** A parsed CSV file: the raw table plus the structural problems found (ragged rows, open quotes). */
export interface ParsedCsv extends RawTable {
  problems: Problem[];
  /** Problems counted beyond `maxProblems`. */
  truncated: number;
}

/**
 * Parses CSV text (RFC 4180: quoted fields with embedded delimiters, quotes doubled inside quotes, line
 * breaks inside quotes, CRLF, LF or CR line endings) into a columnar {@link RawTable}. The first record
 * is the header. Blank lines are skipped. Never throws: rows with too few fields are padded with empty
 * values and reported, rows with extra non-empty fields are reported, an unclosed quote is reported.
 * @param text decoded CSV text (without BOM)
 * @param options delimiter, file name for messages
 * @returns header, columns of strings, row numbers and problems
 * @example
 * parseCsv('a;b\n1;"x;y"\n', { delimiter: ';' }).columns // [['1'], ['x;y']]
 */
export function parseCsv(text: string, options: ParseCsvOptions = {}): ParsedCsv {
  const file = options.file ?? 'data.csv';
  const maxProblems = options.maxProblems ?? 1000;
  const tokens = tokeniseCsv(text, { delimiter: options.delimiter });
  return {
    header: tokens.header,
    columns: tokens.columns,
    rowCount: tokens.rowCount,
    rowNumbers: Int32Array.from(tokens.rowNumbers),
    problems: tokens.problems
      .slice(0, maxProblems)
      .map((p) => makeProblem(file, p.line, '', '', p.expected, p.message)),
    truncated: Math.max(0, tokens.problems.length - maxProblems),
  };
}
