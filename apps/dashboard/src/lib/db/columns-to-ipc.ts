import { Float64, Int32, Table, Utf8, makeData, makeVector, tableToIPC, type Data } from 'apache-arrow';
import type { ColumnData } from './connector';

/** Valid-bits of a column (Arrow's null bitmap), or nothing when no value is null. */
function validity(values: readonly unknown[]): { nullBitmap?: Uint8Array; nullCount: number } {
  const bitmap = new Uint8Array((values.length + 7) >> 3);
  let nullCount = 0;
  for (let i = 0; i < values.length; i++) {
    if (values[i] === null) nullCount++;
    else bitmap[i >> 3] |= 1 << (i & 7);
  }
  return nullCount > 0 ? { nullBitmap: bitmap, nullCount } : { nullCount };
}

const NO_BYTES = new Uint8Array(0);

function utf8Data(values: readonly (string | null)[]): Data {
  const encoder = new TextEncoder();
  // The model's tables repeat a few names (levels, units, subjects) over thousands of rows: each distinct
  // value is encoded once. One `encode` per row took half a second of the page's thread.
  const bytesOf = new Map<string, Uint8Array>();
  const encoded = values.map((v) => {
    if (v === null) return NO_BYTES;
    let bytes = bytesOf.get(v);
    if (!bytes) bytesOf.set(v, (bytes = encoder.encode(v)));
    return bytes;
  });
  const valueOffsets = new Int32Array(values.length + 1);
  encoded.forEach((bytes, i) => (valueOffsets[i + 1] = valueOffsets[i] + bytes.length));
  const data = new Uint8Array(valueOffsets[values.length]);
  encoded.forEach((bytes, i) => data.set(bytes, valueOffsets[i]));
  return makeData({ type: new Utf8(), length: values.length, valueOffsets, data, ...validity(values) });
}

function columnData(column: ColumnData): Data {
  if (column.type === 'string') return utf8Data(column.values);
  const { values } = column;
  const common = { length: values.length, ...validity(values) };
  // A plain loop: `TypedArray.from` with a mapping function is several times slower, on the page's thread.
  const data = column.type === 'integer' ? new Int32Array(values.length) : new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) data[i] = values[i] ?? 0;
  return data instanceof Int32Array
    ? makeData({ type: new Int32(), data, ...common })
    : makeData({ type: new Float64(), data, ...common });
}

/**
 * Columns as an Arrow IPC stream for DuckDB's `insertArrowFromIPCStream`. The buffers are laid out
 * directly (no Arrow builders, which would add about 5 kB gzip to the site), and passed as bytes rather
 * than a `Table`, which DuckDB ignores when it comes from another copy of apache-arrow.
 * @param columns columns of equal length
 * @returns the IPC stream's bytes
 * @example await conn.insertArrowFromIPCStream(columnsToIpc(columns), { name: 'forecast', create: true });
 */
export function columnsToIpc(columns: readonly ColumnData[]): Uint8Array {
  const vectors = columns.map((c) => [c.name, makeVector(columnData(c))] as const);
  return tableToIPC(new Table(Object.fromEntries(vectors)), 'stream');
}
