/// <reference types="node" />
/**
 * @opgave/import/node — reading files from disk in Node (the rest of the package takes bytes).
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { importTable, type ImportResult, type ImportTableOptions } from '../import-table.js';

/**
 * Reads a file from disk and imports it with {@link importTable}; the provenance names the file by its
 * base name.
 * @param path path of the file
 * @param options as for importTable
 * @returns the table and report, or the report
 * @example
 * const result = await importTableFile('data/rotterdam/pupils.csv', { resource: 'pupils' });
 */
export async function importTableFile(path: string, options: ImportTableOptions = {}): Promise<ImportResult> {
  const bytes = new Uint8Array(await readFile(path));
  return importTable(bytes, basename(path), options);
}

/**
 * Reads a file's bytes from disk as a Uint8Array (for the DUO importers and readTableFile).
 * @param path path of the file
 * @returns the bytes
 * @example
 * const bytes = await readBytes('data/duo/02.-alle-vestigingen-vo.csv');
 */
export async function readBytes(path: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(path));
}
