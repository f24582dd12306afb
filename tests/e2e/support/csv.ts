import { readFileSync } from 'node:fs';
import { tokeniseCsv } from '@opgave/contract';

/**
 * Reads a CSV file (RFC 4180: quoted fields may hold commas, quotes and newlines; a BOM is dropped) into
 * objects keyed by the header row, with the contract's `tokeniseCsv`. A record with the wrong number of
 * fields or an unclosed quote throws, naming the file and line.
 * @param path the file
 * @returns one object per data row
 * @example readCsv('data/rotterdam/pupils.csv')[0].pupils
 */
export function readCsv(path: string): Record<string, string>[] {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const { header, columns, rowCount, problems } = tokeniseCsv(text);
  if (problems.length > 0) throw new Error(`${path} line ${problems[0].line}: ${problems[0].message}`);
  return Array.from({ length: rowCount }, (_, i) =>
    Object.fromEntries(header.map((name, j) => [name, columns[j][i]])),
  );
}
