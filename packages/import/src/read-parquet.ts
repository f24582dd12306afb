import { parquetMetadata, parquetReadObjects, type Compressors } from 'hyparquet';
import { gunzipSync } from 'fflate';
import { ImportError, makeProblem } from './problem.js';
import type { RawTable } from './types.js';

const compressors: Compressors = {
  GZIP: (input: Uint8Array) => gunzipSync(input),
};

/**
 * Reads a Parquet file into a {@link RawTable}, decoded in JavaScript by hyparquet (SNAPPY, GZIP and
 * uncompressed pages). Values become text: integers and decimals as JavaScript prints them, booleans as
 * `true`/`false`, dates as `YYYY-MM-DD`, null as empty.
 * @param bytes the .parquet file's bytes
 * @param file file name used in messages
 * @returns the table (row numbers count the header as row 1, like a CSV export of the file)
 * @throws ImportError when the bytes are not a readable Parquet file
 * @example
 * const table = await readParquet(bytes, 'workforce.parquet');
 */
export async function readParquet(bytes: Uint8Array, file = 'data.parquet'): Promise<RawTable> {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  try {
    const metadata = parquetMetadata(buffer);
    const header = metadata.schema
      .slice(1)
      .filter((e) => !e.num_children)
      .map((e) => e.name);
    const rows = await parquetReadObjects({ file: buffer, metadata, compressors });
    const columns = header.map((name) => rows.map((row) => cellText(row[name])));
    const rowNumbers = new Int32Array(rows.length);
    for (let i = 0; i < rows.length; i++) rowNumbers[i] = i + 2;
    return { header, columns, rowCount: rows.length, rowNumbers };
  } catch (e) {
    if (e instanceof ImportError) throw e;
    throw new ImportError([
      makeProblem(
        file,
        0,
        '',
        '',
        'a Parquet file',
        `is not a readable Parquet file (${e instanceof Error ? e.message : String(e)})`,
      ),
    ]);
  }
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) {
    const iso = v.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  return JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? String(x) : x));
}
