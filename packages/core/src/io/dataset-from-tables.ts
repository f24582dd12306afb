import { fromArrow } from 'arquero';
import type { ColumnTable } from 'arquero';
import type { Dataset, DatasetMeta, ResourceName, Row } from '../schema/types.js';
import { RESOURCE_NAMES } from '../schema/resources.js';
import { toDataset } from '../schema/to-dataset.js';

/**
 * An Apache Arrow table (from `apache-arrow`, `@uwdata/flechette`, DuckDB or Polars via IPC): anything with a
 * schema and columns by name.
 */
export interface ArrowTableLike {
  schema: { fields: { name: string }[] };
  getChild(name: string): unknown;
}

/** One resource in any accepted form. */
export type AnyTableInput = ColumnTable | readonly object[] | ArrowTableLike | Uint8Array | ArrayBuffer;

/** A dataset whose resources may be arquero tables, Arrow tables, Arrow IPC bytes or arrays of row objects. */
export type AnyDatasetInput = { meta?: Partial<DatasetMeta> } & { [K in ResourceName]?: AnyTableInput };

function isArrow(value: unknown): value is ArrowTableLike {
  const v = value as Partial<ArrowTableLike> | null;
  return v != null && typeof v.getChild === 'function' && Array.isArray(v.schema?.fields);
}

function plainRows(table: ColumnTable): Row[] {
  const rows = table.objects() as Row[];
  // Arrow Int64 columns arrive as bigint; the model computes with numbers.
  for (const row of rows)
    for (const key in row) if (typeof row[key] === 'bigint') row[key] = Number(row[key] as bigint);
  return rows;
}

function rowsOf(name: string, input: AnyTableInput | undefined): ColumnTable | readonly Row[] | undefined {
  if (input == null || Array.isArray(input)) return input as readonly Row[] | undefined;
  if (input instanceof Uint8Array || input instanceof ArrayBuffer) return plainRows(fromArrow(input));
  if (typeof (input as ColumnTable).objects === 'function') return input as ColumnTable;
  if (isArrow(input)) return plainRows(fromArrow(input as Parameters<typeof fromArrow>[0]));
  throw new Error(
    `${name}: expected an arquero table, an Arrow table, Arrow IPC bytes or an array of rows, got ${typeof input}`,
  );
}

/**
 * Build a dataset from tables in any form analysts have at hand: arquero tables, Apache Arrow tables
 * (apache-arrow, flechette, DuckDB's `conn.query()` result), Arrow IPC bytes, or arrays of row objects.
 * Arrow tables are read with arquero's `fromArrow`; Int64 values become numbers. The result is what
 * `toDataset` returns, so `calibrate`, `project` and the other functions take it as it is.
 * @param input resources by name (`workforce`, `pupils`, …) plus optional `meta`
 * @returns the normalised dataset
 * @example
 * const data = datasetFromTables({ ...await loadDataset('data/rotterdam'), pupils: await conn.query('SELECT * FROM pupils') });
 */
export function datasetFromTables(input: AnyDatasetInput): Dataset {
  const out: Record<string, unknown> = { meta: input.meta };
  for (const name of RESOURCE_NAMES) out[name] = rowsOf(name, input[name]);
  return toDataset(out as Parameters<typeof toDataset>[0]);
}
