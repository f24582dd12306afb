/**
 * Whether the reader sees (and may change) how a file's columns are matched: its header lacks a column
 * of the table's template.
 * @param entry the file's chosen table ('' for none) and header (empty until the worker has read it)
 * @param fields the template's columns of that table
 * @returns true when the header misses a template column
 * @example needsMapping({ resource: 'pupils', header: ['School', 'year', 'pupils'] }, [{ name: 'location_id' }, { name: 'year' }, { name: 'pupils' }]) // true
 */
export function needsMapping(
  entry: { resource: string; header: readonly string[] },
  fields: readonly { name: string }[],
): boolean {
  if (!entry.resource || entry.header.length === 0) return false;
  return fields.some((field) => !entry.header.includes(field.name));
}
