/**
 * Deterministic CSV output: fixed number formatting (no exponent, no −0), quoting only when needed (csvRecord of @opgave/contract),
 * rows sorted by primary key, streamed to disk in chunks.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { csvRecord, type FieldDef, type TableDef } from '@opgave/contract';

export type Cell = string | number | boolean;
export type Row = Cell[];

/**
 * Formats a number with at most `decimals` decimals, without exponent or negative zero.
 * @param value the number
 * @param decimals decimal places to round to
 * @returns the formatted number
 * @example formatNumber(0.30000000000000004, 3) // → "0.3"
 */
export function formatNumber(value: number, decimals: number): string {
  if (!Number.isFinite(value)) throw new Error(`formatNumber: ${value} is not a finite number`);
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  if (rounded === 0) return '0';
  const text = rounded.toFixed(decimals);
  return decimals > 0 ? text.replace(/\.?0+$/, '') : text;
}

/**
 * Formats one CSV cell per its field definition (unquoted: csvRecord quotes).
 * @param value the cell value
 * @param field its field
 * @returns the CSV text of the cell
 */
export function formatCell(value: Cell, field: FieldDef): string {
  if (value === '' || value === undefined || value === null) return '';
  switch (field.type) {
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value))
        throw new Error(`${field.name}: ${String(value)} is not a whole number`);
      return value === 0 ? '0' : String(value);
    case 'number':
      return formatNumber(value as number, field.decimals ?? 3);
    case 'boolean':
      return value ? 'true' : 'false';
    default:
      return String(value);
  }
}

/**
 * A comparator of rows by a table's primary key: enum fields by their order, numbers numerically,
 * strings by code unit.
 * @param table the table
 * @returns a comparator
 */
export function primaryKeyComparator(table: TableDef): (a: Row, b: Row) => number {
  const cols = table.primaryKey.map((name) => {
    const index = table.fields.findIndex((f) => f.name === name);
    const values = table.fields[index].constraints?.enum;
    const rank = values ? new Map(values.map((v, i) => [v, i])) : undefined;
    return { index, rank };
  });
  return (a, b) => {
    for (const { index, rank } of cols) {
      let x: Cell = a[index];
      let y: Cell = b[index];
      if (rank) {
        x = rank.get(x as string) ?? -1;
        y = rank.get(y as string) ?? -1;
      }
      if (x === y) continue;
      if (typeof x === 'number' && typeof y === 'number') return x - y;
      return String(x) < String(y) ? -1 : 1;
    }
    return 0;
  };
}

/** Writes one table's CSV, appending sorted batches of rows. */
export interface TableSink {
  readonly table: TableDef;
  /** Sorts the batch by primary key and appends it; batches must come in key order. */
  append(rows: Row[]): void;
  rowCount(): number;
  close(): void;
}

/**
 * Opens `<dir>/<table>.csv` and writes its header.
 * @param dir output folder
 * @param table the table
 * @returns a sink
 */
export function openTableSink(dir: string, table: TableDef): TableSink {
  const fd = openSync(join(dir, `${table.name}.csv`), 'w');
  const compare = primaryKeyComparator(table);
  let buffer = csvRecord(table.fields.map((f) => f.name));
  let rows = 0;
  const flush = () => {
    if (buffer) writeSync(fd, buffer);
    buffer = '';
  };
  return {
    table,
    append(batch) {
      batch.sort(compare);
      for (const row of batch) {
        if (row.length !== table.fields.length)
          throw new Error(
            `${table.name}.csv row ${rows + 1}: ${row.length} cells for ${table.fields.length} columns`,
          );
        buffer += csvRecord(row.map((v, i) => formatCell(v, table.fields[i])));
        rows++;
        if (buffer.length > 1 << 20) flush();
      }
    },
    rowCount: () => rows,
    close() {
      flush();
      closeSync(fd);
    },
  };
}
