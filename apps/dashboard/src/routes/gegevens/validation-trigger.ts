import { duplicateResource } from './duplicate-resource';
import type { FileEntry } from './file-entry';

/**
 * Whether the chosen files can be checked: at least one plain table, every file read by the worker,
 * a table chosen for each plain file and no table chosen twice. DUO files are read by their own route.
 * @param entries every file the reader chose
 * @returns true when the plain tables are ready to validate
 * @example readyToValidate([{ ...newFileEntry(1, file), inspected: true, resource: 'pupils' }]) // true
 */
export function readyToValidate(
  entries: readonly Pick<FileEntry, 'inspected' | 'resource' | 'duo'>[],
): boolean {
  const tables = entries.filter((e) => !e.duo);
  return (
    tables.length > 0 &&
    entries.every((e) => e.inspected) &&
    tables.every((e) => e.resource !== '') &&
    duplicateResource(tables) === null
  );
}

/**
 * What a validation depends on: the plain tables' files, their tables and column mappings. The page
 * validates again whenever it changes.
 * @param entries the plain tables the reader chose
 * @returns a text that differs whenever a file, table or mapping differs ('' for no files)
 * @example validationSignature([{ key: 1, resource: 'pupils', mapping: {} }]) // '1:pupils:{}'
 */
export function validationSignature(
  entries: readonly Pick<FileEntry, 'key' | 'resource' | 'mapping'>[],
): string {
  return entries.map((e) => `${e.key}:${e.resource}:${JSON.stringify(e.mapping)}`).join('|');
}
