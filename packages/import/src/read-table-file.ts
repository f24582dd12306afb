import { decodeText, type TextEncodingName } from './decode-text.js';
import { parseCsv } from './parse-csv.js';
import { ImportError, makeProblem } from './problem.js';
import { readParquet } from './read-parquet.js';
import { readXlsx } from './read-xlsx.js';
import { sniffCsvDialect } from './sniff-csv-dialect.js';
import type { Problem, RawTable } from './types.js';

/** A file format the readers understand. */
export type TableFileFormat = 'csv' | 'xlsx' | 'parquet';

/** Options of {@link readTableFile}. */
export interface ReadTableFileOptions {
  /** Force a format instead of detecting it from magic bytes and extension. */
  format?: TableFileFormat;
  /** CSV delimiter; default sniffed. */
  delimiter?: ',' | ';' | '\t';
  /** Decimal separator of CSV numbers; default sniffed. */
  decimal?: '.' | ',';
  /** XLSX sheet by name or 0-based index; default the first. */
  sheet?: string | number;
  /** Most problems listed per file; default 1000. */
  maxProblems?: number;
}

/** A file read into a raw table, with what was detected about it. */
export interface TableFile {
  table: RawTable;
  format: TableFileFormat;
  encoding: TextEncodingName | null;
  delimiter: ',' | ';' | '\t' | null;
  decimal: '.' | ',' | null;
  bom: boolean;
  sheet: string | null;
  /** Structural problems (ragged rows, unclosed quotes, empty file). */
  problems: Problem[];
  truncated: number;
}

/**
 * Detects a file's format (magic bytes `PK` → XLSX, `PAR1` → Parquet, else CSV; the extension only breaks
 * ties) and reads it into a raw table of strings. CSV text is decoded (BOM, UTF-8, else Windows-1252) and
 * its dialect sniffed. An empty file is reported as an error problem.
 * @param bytes the file's bytes
 * @param file file name (its extension is a hint; it appears in messages)
 * @param options forced format, delimiter, decimal separator, sheet
 * @returns the raw table and what was detected
 * @throws ImportError only when a binary file (XLSX, Parquet) cannot be opened
 * @example
 * const read = await readTableFile(bytes, 'pupils.csv');
 * read.delimiter // ';'
 */
export async function readTableFile(
  bytes: Uint8Array,
  file: string,
  options: ReadTableFileOptions = {},
): Promise<TableFile> {
  const format = options.format ?? detectFormat(bytes, file);
  const base = { encoding: null, delimiter: null, decimal: null, bom: false, sheet: null, truncated: 0 };
  if (format === 'xlsx') {
    const { table, sheet } = readXlsx(bytes, { file, sheet: options.sheet });
    return { ...base, table, format, sheet, problems: emptiness(table, file) };
  }
  if (format === 'parquet') {
    const table = await readParquet(bytes, file);
    return { ...base, table, format, problems: emptiness(table, file) };
  }
  const { text, encoding, bom } = decodeText(bytes);
  const dialect = sniffCsvDialect(text);
  const delimiter = options.delimiter ?? dialect.delimiter;
  const decimal = options.decimal ?? dialect.decimal;
  const parsed = parseCsv(text, { delimiter, file, maxProblems: options.maxProblems });
  const { problems, truncated, ...table } = parsed;
  return {
    table,
    format,
    encoding,
    delimiter,
    decimal,
    bom,
    sheet: null,
    problems: [...emptiness(table, file), ...problems],
    truncated,
  };
}

/**
 * Detects the format of a file from its first bytes, falling back on the extension.
 * @param bytes the file's bytes
 * @param file the file's name
 * @returns 'xlsx', 'parquet' or 'csv'
 * @example
 * detectFormat(new TextEncoder().encode('a,b\n'), 'x.csv') // 'csv'
 */
export function detectFormat(bytes: Uint8Array, file: string): TableFileFormat {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4)
    return 'xlsx';
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x41 && bytes[2] === 0x52 && bytes[3] === 0x31) {
    return 'parquet';
  }
  const ext = file.toLowerCase().split('.').pop();
  if ((ext === 'xlsx' || ext === 'parquet') && bytes.length > 0) {
    throw new ImportError([
      makeProblem(
        file,
        0,
        '',
        '',
        `an ${ext === 'xlsx' ? 'XLSX' : 'Parquet'} file`,
        `is named .${ext} but its content is not ${ext === 'xlsx' ? 'an XLSX workbook' : 'Parquet'}`,
      ),
    ]);
  }
  return 'csv';
}

function emptiness(table: RawTable, file: string): Problem[] {
  if (table.header.length === 0)
    return [makeProblem(file, 0, '', '', 'a header row and data rows', 'is empty')];
  return [];
}
