import { parquetWriteBuffer } from 'hyparquet-writer';
import type { ColumnSource } from 'hyparquet-writer';
import type { ResultsInput } from './results-columns.js';
import { resultsColumns } from './results-columns.js';

const PARQUET_TYPES = { string: 'STRING', integer: 'INT32', number: 'DOUBLE', boolean: 'BOOLEAN' } as const;

/**
 * Encode results as a Parquet file (SNAPPY-compressed; strings as UTF-8, whole numbers as INT32, other numbers as
 * DOUBLE, missing values as nulls), for pandas/pyarrow, polars, R's arrow and DuckDB. Pure JavaScript
 * (hyparquet-writer): works in the browser, Node and Deno.
 * @param table arquero table (e.g. `projection.table()`) or array of row objects
 * @returns the bytes of the Parquet file
 * @example
 * const blob = new Blob([toParquet(projection.table())], { type: 'application/vnd.apache.parquet' });
 */
export function toParquet(table: ResultsInput): Uint8Array {
  const columns = resultsColumns(table);
  if (columns.length === 0) throw new Error('toParquet: the table has no columns');
  const columnData = columns.map((c): ColumnSource => {
    const nullable = c.values.includes(null);
    const data = !nullable && c.type === 'number' ? Float64Array.from(c.values as number[]) : c.values;
    return { name: c.name, type: PARQUET_TYPES[c.type], nullable, data };
  });
  return new Uint8Array(parquetWriteBuffer({ columnData, rowGroupSize: 100_000 }));
}
