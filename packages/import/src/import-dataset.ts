import { OPGAVE_RESOURCES, OPGAVE_SCHEMAS, type OpgaveResource } from './opgave-schemas.js';
import { importTable, type ImportReport, type ImportTableOptions } from './import-table.js';
import type { ImportedTable, TableSchema, TypedColumn } from './types.js';

/** One file of a dataset to import. */
export interface DatasetFile {
  resource: OpgaveResource;
  /** File name. */
  file: string;
  bytes: Uint8Array;
  /** Per-file options (column mapping, sheet, delimiter…). */
  options?: Omit<ImportTableOptions, 'resource' | 'schema' | 'references'>;
}

/** Options of {@link importDataset}. */
export interface ImportDatasetOptions {
  /**
   * Key values of resources not among the files (for example those already loaded), used for foreign
   * keys: resource name → key values.
   */
  references?: Record<string, ReadonlySet<string> | readonly string[]>;
  /** A dataset's own Table Schemas (from its datapackage.json) where they differ from the built-in ones. */
  schemas?: Partial<Record<OpgaveResource, TableSchema>>;
  now?: () => Date;
}

/** Either every table or none, with a report per file. */
export type ImportDatasetResult =
  | { ok: true; tables: Partial<Record<OpgaveResource, ImportedTable>>; reports: ImportReport[] }
  | { ok: false; reports: ImportReport[] };

/**
 * Imports several files of an Opgave dataset in dependency order (regions before clusters before boards
 * …), checking every foreign key against the tables imported before it (or given in `references`).
 * All or nothing: if any file has an error, no table is returned.
 * @param files the files with the resource each holds
 * @param options key values of resources that are not imported now
 * @returns all tables and the reports, or only the reports
 * @example
 * const result = await importDataset([
 *   { resource: 'boards', file: 'boards.csv', bytes: boardsBytes },
 *   { resource: 'locations', file: 'locations.xlsx', bytes: locationsBytes },
 * ], { references: { regions: ['R01'], clusters: ['R01-C1'], sectors: ['vo', 'vso', 'mbo'] } });
 */
export async function importDataset(
  files: readonly DatasetFile[],
  options: ImportDatasetOptions = {},
): Promise<ImportDatasetResult> {
  const order = [...files].sort(
    (a, b) => OPGAVE_RESOURCES.indexOf(a.resource) - OPGAVE_RESOURCES.indexOf(b.resource),
  );
  const references: Record<string, ReadonlySet<string> | readonly string[]> = {
    ...(options.references ?? {}),
  };
  const tables: Partial<Record<OpgaveResource, ImportedTable>> = {};
  const reports: ImportReport[] = [];
  let ok = true;
  for (const f of order) {
    const result = await importTable(f.bytes, f.file, {
      ...f.options,
      resource: f.resource,
      schema: options.schemas?.[f.resource],
      references,
      now: options.now,
    });
    reports.push(result.report);
    if (!result.ok) {
      ok = false;
      continue;
    }
    tables[f.resource] = result.table;
    const key = OPGAVE_SCHEMAS[f.resource].primaryKey;
    const keyFields = key === undefined ? [] : Array.isArray(key) ? key : [key];
    if (keyFields.length === 1) references[f.resource] = keyValues(result.table.columns[keyFields[0]]);
  }
  return ok ? { ok, tables, reports } : { ok, reports };
}

function keyValues(column: TypedColumn): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < column.length; i++) {
    const v = column[i];
    if (v !== null) out.add(String(v));
  }
  return out;
}
