import { csvRecord } from '@opgave/contract';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { parquetWriteFile } from 'hyparquet-writer';
import type { ColumnSource } from 'hyparquet-writer';
import { CliError, EXIT, usageError } from './errors.js';

/** A column of an output table: text, whole numbers or decimals (NaN = missing). */
export type OutputColumn =
  | { name: string; type: 'string'; values: ArrayLike<string> }
  | { name: string; type: 'integer'; values: ArrayLike<number> }
  | { name: string; type: 'number'; values: ArrayLike<number> };

/** A table to write: columns of equal length. */
export interface OutputTable {
  columns: OutputColumn[];
  rowCount: number;
}

/** Output formats, by file extension. */
export const OUTPUT_FORMATS = ['csv', 'json', 'parquet'] as const;
/** An output format. */
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/**
 * The output format of a file name, from its extension; anything else is a usage error (exit 2).
 * @param command command name, for messages
 * @param file the --out file
 * @returns csv, json or parquet
 * @example
 * outputFormat('forecast', 'results.parquet'); // 'parquet'
 */
export function outputFormat(command: string, file: string): OutputFormat {
  const ext = extname(file).slice(1).toLowerCase();
  if ((OUTPUT_FORMATS as readonly string[]).includes(ext)) return ext as OutputFormat;
  throw usageError(
    `opgave ${command}: --out ${file}: unknown output format "${ext ? `.${ext}` : '(no extension)'}" (use .csv, .json or .parquet)`,
  );
}

/**
 * Writes a file atomically: the content goes to a temporary file beside it, which is renamed over the
 * target only when complete, so a failure never leaves a half-written file.
 * @param path the target
 * @param write writes the content to the temporary path
 * @returns when the file is in place
 * @example
 * await writeAtomically('out.html', (tmp) => writeFile(tmp, html));
 */
export async function writeAtomically(
  path: string,
  write: (tmpPath: string) => Promise<void>,
): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    await write(tmp);
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true }).catch(() => {});
    if (error instanceof CliError) throw error;
    throw new CliError(`${path}: cannot be written (${(error as Error).message})`, EXIT.failure);
  }
}

/**
 * Writes text produced in chunks to a file (large tables never become one string).
 * @param path file to write
 * @param chunks the text, in pieces
 */
async function writeChunks(path: string, chunks: Iterable<string>): Promise<void> {
  const handle = await open(path, 'w');
  try {
    let buffer: string[] = [];
    let size = 0;
    for (const chunk of chunks) {
      buffer.push(chunk);
      size += chunk.length;
      if (size > 1 << 20) {
        await handle.write(buffer.join(''));
        buffer = [];
        size = 0;
      }
    }
    if (buffer.length > 0) await handle.write(buffer.join(''));
  } finally {
    await handle.close();
  }
}

function* csvChunks(table: OutputTable): Generator<string> {
  yield csvRecord(table.columns.map((c) => c.name));
  const cells = table.columns.map((c) =>
    c.type === 'string'
      ? (i: number) => (c.values as ArrayLike<string>)[i] ?? ''
      : (i: number) => {
          const v = (c.values as ArrayLike<number>)[i];
          return Number.isFinite(v) ? String(v) : '';
        },
  );
  const fields: string[] = new Array(cells.length);
  for (let i = 0; i < table.rowCount; i++) {
    for (let j = 0; j < cells.length; j++) fields[j] = cells[j](i);
    yield csvRecord(fields);
  }
}

function* jsonChunks(table: OutputTable): Generator<string> {
  const keys = table.columns.map((c) => JSON.stringify(c.name));
  yield '[';
  for (let i = 0; i < table.rowCount; i++) {
    let row = i === 0 ? '\n{' : ',\n{';
    table.columns.forEach((c, j) => {
      const v = c.values[i];
      const text =
        c.type === 'string' ? JSON.stringify(v ?? null) : Number.isFinite(v as number) ? String(v) : 'null';
      row += `${j === 0 ? '' : ','}${keys[j]}:${text}`;
    });
    yield `${row}}`;
  }
  yield '\n]\n';
}

function parquetColumns(table: OutputTable): ColumnSource[] {
  return table.columns.map((c): ColumnSource => {
    if (c.type === 'string')
      return { name: c.name, data: Array.from(c.values), type: 'STRING', nullable: false };
    if (c.type === 'integer')
      return { name: c.name, data: Int32Array.from(c.values), type: 'INT32', nullable: false };
    const values = Array.from(c.values, (v) => (Number.isFinite(v) ? v : null));
    const nullable = values.includes(null);
    return { name: c.name, data: nullable ? values : Float64Array.from(c.values), type: 'DOUBLE', nullable };
  });
}

/**
 * Writes a table as CSV, JSON (an array of row objects) or Parquet, atomically.
 * Missing numbers are empty in CSV and null in JSON and Parquet.
 * @param path target file
 * @param format csv, json or parquet
 * @param table the columns
 * @returns when the file is in place
 * @example
 * await writeTable('results.csv', 'csv', { rowCount: 1, columns: [{ name: 'year', type: 'integer', values: [2030] }] });
 */
export async function writeTable(path: string, format: OutputFormat, table: OutputTable): Promise<void> {
  await writeAtomically(path, async (tmp) => {
    if (format === 'csv') await writeChunks(tmp, csvChunks(table));
    else if (format === 'json') await writeChunks(tmp, jsonChunks(table));
    else parquetWriteFile({ filename: tmp, columnData: parquetColumns(table), rowGroupSize: 100_000 });
  });
}

/**
 * Builds an output table from rows of plain objects (for backtest results), with a column per key of the
 * first row.
 * @param rows objects with string and number values
 * @returns the table
 * @example
 * tableFromRows([{ horizon: 1, mae: 3.2 }]);
 */
export function tableFromRows(rows: Record<string, unknown>[]): OutputTable {
  const names = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const columns = names.map((name): OutputColumn => {
    const values = rows.map((r) => r[name]);
    const numeric = values.every((v) => v == null || typeof v === 'number');
    if (!numeric) return { name, type: 'string', values: values.map((v) => (v == null ? '' : String(v))) };
    const whole = values.every((v) => v == null || Number.isInteger(v));
    return {
      name,
      type: whole && values.every((v) => v != null) ? 'integer' : 'number',
      values: values.map((v) => (v == null ? NaN : (v as number))),
    };
  });
  return { columns, rowCount: rows.length };
}
