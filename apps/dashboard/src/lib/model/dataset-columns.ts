import type { Dataset, DatasetMeta } from '@opgave/core';

/** One column of a resource: numbers in a Float64Array, any other values as codes into a dictionary. */
export type DatasetColumn =
  | { name: string; kind: 'number'; values: Float64Array }
  | { name: string; kind: 'coded'; dictionary: unknown[]; codes: Uint32Array };

/** A resource's rows as columns. */
export interface ResourceColumns {
  rows: number;
  columns: DatasetColumn[];
}

/**
 * A parsed dataset laid out to be posted from one worker to another: a few typed arrays per resource, which
 * are copied (or transferred) in one piece, instead of a hundred thousand row objects to clone or CSV bytes
 * to parse again.
 */
export interface DatasetColumns {
  meta: DatasetMeta;
  resources: Record<string, ResourceColumns>;
}

/** The code of a row that has no such field at all (not even `undefined`). */
const ABSENT = 0xffffffff;
const NEGATIVE_ZERO = Symbol('-0');

/**
 * Lays a dataset's rows out as columns, to post to another worker.
 * @param data a dataset as `datasetFromPackage` reads it
 * @returns the same rows as columns; {@link datasetFromColumns} gives them back
 * @example const columns = datasetToColumns(data); worker.postMessage(columns, columnBuffers(columns));
 */
export function datasetToColumns(data: Dataset): DatasetColumns {
  const resources: Record<string, ResourceColumns> = {};
  for (const [name, rows] of Object.entries(data)) {
    if (name === 'meta') continue;
    resources[name] = rowsToColumns(rows as readonly Record<string, unknown>[]);
  }
  return { meta: data.meta, resources };
}

/**
 * The rows of a dataset laid out by {@link datasetToColumns}, as they were: the same fields with the same
 * values (a field a row did not have is left out again).
 * @param columns the dataset as columns
 * @returns the dataset
 * @example const data = datasetFromColumns(request.columns);
 */
export function datasetFromColumns(columns: DatasetColumns): Dataset {
  const data: Record<string, unknown> = { meta: columns.meta };
  for (const [name, table] of Object.entries(columns.resources)) data[name] = columnsToRows(table);
  return data as unknown as Dataset;
}

/**
 * The buffers behind a dataset's columns, for `postMessage`'s transfer list (they are moved, not copied).
 * @param columns the dataset as columns
 * @returns every typed array's buffer, once
 * @example worker.postMessage({ columns }, columnBuffers(columns));
 */
export function columnBuffers(columns: DatasetColumns): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const table of Object.values(columns.resources)) {
    for (const column of table.columns) {
      const array = column.kind === 'number' ? column.values : column.codes;
      buffers.add(array.buffer as ArrayBuffer);
    }
  }
  return [...buffers];
}

function rowsToColumns(rows: readonly Record<string, unknown>[]): ResourceColumns {
  const names: string[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    for (const name in row) {
      if (!seen.has(name)) {
        seen.add(name);
        names.push(name);
      }
    }
  }
  const columns = names.map((name) => numberColumn(rows, name) ?? codedColumn(rows, name));
  return { rows: rows.length, columns };
}

/** The column as numbers, or `undefined` when a row has no number there. */
function numberColumn(rows: readonly Record<string, unknown>[], name: string): DatasetColumn | undefined {
  const values = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const value = rows[i][name];
    if (typeof value !== 'number') return;
    values[i] = value;
  }
  return { name, kind: 'number', values };
}

function codedColumn(rows: readonly Record<string, unknown>[], name: string): DatasetColumn {
  const dictionary: unknown[] = [];
  const codeOf = new Map<unknown, number>();
  const codes = new Uint32Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!Object.hasOwn(row, name)) {
      codes[i] = ABSENT;
      continue;
    }
    const value = row[name];
    // A Map takes -0 and 0 for one key; the dictionary keeps them apart.
    const key = Object.is(value, -0) ? NEGATIVE_ZERO : value;
    let code = codeOf.get(key);
    if (code === undefined) {
      code = dictionary.push(value) - 1;
      codeOf.set(key, code);
    }
    codes[i] = code;
  }
  return { name, kind: 'coded', dictionary, codes };
}

function columnsToRows({ rows, columns }: ResourceColumns): Record<string, unknown>[] {
  const out = new Array<Record<string, unknown>>(rows);
  for (let i = 0; i < rows; i++) {
    const row: Record<string, unknown> = {};
    for (const column of columns) {
      if (column.kind === 'number') row[column.name] = column.values[i];
      else if (column.codes[i] !== ABSENT) row[column.name] = column.dictionary[column.codes[i]];
    }
    out[i] = row;
  }
  return out;
}
