import { importedTableToCsv } from './table-to-csv';

/** A row of a table the DUO import wrote: Opgave column → value. */
export type DuoTableRow = Record<string, string | number | boolean | null>;

/** A table the DUO route hands to the check, as CSV in Opgave's format. */
export interface DuoTableCsv {
  resource: string;
  /** What the report and the provenance call it: the resource and the DUO files it came from. */
  name: string;
  csv: string;
}

/**
 * Writes the tables of a DUO import as CSV in Opgave's format, in the given column order, on top of the
 * base dataset: `pupils` of the years the DUO files hold replace the base's rows of those years (the other
 * years are kept, so the real-data set's shipped years and the reader's files make one series); for the
 * other resources the base's rows are kept and the import adds only rows with a new key (a new location
 * and its board). A resource the import leaves as the base has it is not written.
 * @param options `tables`: resource → rows of the import; `fields`: resource → its columns in schema order
 *   (only these resources are written); `keys`: resource → its key columns; `base`: resource → the base
 *   dataset's rows; `files`: the DUO file names
 * @returns one CSV per resource the import changes
 * @example duoTablesToCsv({ tables: { pupils }, fields: { pupils: ['location_id', 'year', 'pupils'] }, keys: {}, base: {}, files: ['01…2024.csv'] })
 */
export function duoTablesToCsv({
  tables,
  fields,
  keys,
  base,
  files,
}: {
  tables: Readonly<Record<string, readonly DuoTableRow[]>>;
  fields: Readonly<Record<string, readonly string[]>>;
  keys: Readonly<Record<string, readonly string[]>>;
  base: Readonly<Record<string, readonly DuoTableRow[]>>;
  files: readonly string[];
}): DuoTableCsv[] {
  const out: DuoTableCsv[] = [];
  for (const [resource, columns] of Object.entries(fields)) {
    const read = tables[resource] ?? [];
    if (read.length === 0) continue;
    const before = base[resource] ?? [];
    let rows: readonly DuoTableRow[];
    if (resource === 'pupils') {
      const years = new Set(read.map((r) => Number(r.year)));
      rows = [...before.filter((r) => !years.has(Number(r.year))), ...read];
    } else {
      const keyOf = (r: DuoTableRow) => (keys[resource] ?? columns).map((k) => String(r[k] ?? '')).join('|');
      const known = new Set(before.map(keyOf));
      const added = read.filter((r) => !known.has(keyOf(r)));
      if (added.length === 0 && before.length > 0) continue;
      rows = [...before, ...added];
    }
    const table = {
      rowCount: rows.length,
      // Mixed cells are written as they are; the check reads them back by the schema's types.
      columns: Object.fromEntries(
        columns.map((c) => [c, rows.map((r) => r[c] ?? null) as (string | null)[]]),
      ),
    };
    out.push({ resource, name: `${resource} ← DUO: ${files.join(', ')}`, csv: importedTableToCsv(table) });
  }
  return out;
}
