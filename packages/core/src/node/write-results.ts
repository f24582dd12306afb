import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, extname } from 'node:path';
import type { ResultsInput } from '../io/results-columns.js';
import { toCsv } from '../io/to-csv.js';
import { toParquet } from '../io/to-parquet.js';

/**
 * Write results to a file as CSV or Parquet, chosen by the extension (`.csv`, `.parquet`), creating the folder
 * when needed (Node and Deno). See `toCsv` and `toParquet` for the formats.
 * @param table arquero table (e.g. `projection.table()`) or array of row objects (e.g. `simulationSummary(sim)`)
 * @param path the file to write
 * @returns when the file is written
 * @example
 * await writeResults(projection.table(), 'out/baseline.parquet');
 * await writeResults(simulationSummary(sim), 'out/bands.csv');
 */
export async function writeResults(table: ResultsInput, path: string): Promise<void> {
  const ext = extname(path).toLowerCase();
  if (ext !== '.csv' && ext !== '.parquet')
    throw new Error(
      `writeResults: ${path}: unknown format "${ext || '(no extension)'}" (use .csv or .parquet)`,
    );
  const content = ext === '.csv' ? toCsv(table) : toParquet(table);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content);
}
