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
 * Writes the tables of a DUO import as CSV in Opgave's format, in the given column order; the years of
 * `pupils` that the DUO files do not hold are kept from the base dataset, so the real-data set's shipped
 * years and the reader's files make one series.
 * @param options `tables`: resource → rows (only resources of `fields` are written); `fields`: resource →
 *   its columns in schema order; `basePupils`: the base dataset's pupils rows; `files`: the DUO file names
 * @returns one CSV per written resource
 * @example duoTablesToCsv({ tables: { pupils }, fields: { pupils: ['location_id', 'year', 'pupils'] }, basePupils: [], files: ['01…2024.csv'] })
 */
export function duoTablesToCsv({
  tables,
  fields,
  basePupils,
  files,
}: {
  tables: Readonly<Record<string, readonly DuoTableRow[]>>;
  fields: Readonly<Record<string, readonly string[]>>;
  basePupils: readonly DuoTableRow[];
  files: readonly string[];
}): DuoTableCsv[] {
  const out: DuoTableCsv[] = [];
  for (const [resource, columns] of Object.entries(fields)) {
    let rows = tables[resource];
    if (!rows || rows.length === 0) continue;
    if (resource === 'pupils') {
      const read = new Set(rows.map((r) => Number(r.year)));
      rows = [...basePupils.filter((r) => !read.has(Number(r.year))), ...rows];
    }
    const table = {
      rowCount: rows.length,
      columns: Object.fromEntries(columns.map((c) => [c, rows.map((r) => r[c] ?? null)])),
    };
    out.push({ resource, name: `${resource} ← DUO: ${files.join(', ')}`, csv: importedTableToCsv(table) });
  }
  return out;
}
