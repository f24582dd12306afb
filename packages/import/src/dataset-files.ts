import { formatCsv } from '@opgave/contract';
import { OPGAVE_RESOURCES, OPGAVE_SCHEMAS, type OpgaveResource } from './opgave-schemas.js';
import type { DatasetRow, ResourceProvenance } from './duo/real-pupils-dataset.js';

/** Options of {@link datasetFiles}. */
export interface DatasetFilesOptions {
  /** Rows per resource; a resource left out is not written (nor listed in datapackage.json). */
  tables: Partial<Record<OpgaveResource, readonly DatasetRow[]>>;
  /** datapackage.json `name` (lower case, `-`). */
  name: string;
  title: string;
  description: string;
  /** datapackage.json → `opgave` (history years, `synthetic`, …). */
  opgave: Record<string, unknown>;
  /** Where each resource comes from: written to datapackage.json (`opgave.provenance` and each resource's `sources`). */
  provenance?: Partial<Record<OpgaveResource, ResourceProvenance>>;
  sources?: { title: string; path?: string }[];
}

/**
 * Writes a dataset in the project's format (docs/data.md): one CSV per resource (`,`, UTF-8, `\n`, quoted
 * only when needed, columns in schema order, empty for missing) and a `datapackage.json` with the Table
 * Schema of each resource. Pure: returns the files' paths and texts, for Node or a browser download.
 * @param options the tables and the package's metadata
 * @returns the files, datapackage.json last
 * @example
 * for (const f of datasetFiles({ tables, name: 'rotterdam-duo', title: '…', description: '…', opgave: { history_start: 2014, history_end: 2025 } })) writeFileSync(join(dir, f.path), f.text);
 */
export function datasetFiles(options: DatasetFilesOptions): { path: string; text: string }[] {
  const files: { path: string; text: string }[] = [];
  const resources: Record<string, unknown>[] = [];
  for (const name of OPGAVE_RESOURCES) {
    const rows = options.tables[name];
    if (!rows) continue;
    const schema = OPGAVE_SCHEMAS[name];
    const columns = schema.fields.map((f) => f.name);
    const text = formatCsv([columns, ...rows.map((r) => columns.map((c) => csvCell(r[c])))]);
    const path = `${name}.csv`;
    files.push({ path, text });
    const p = options.provenance?.[name];
    resources.push({
      name,
      path,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      ...(p ? { sources: [{ title: `${p.kind}: ${p.source}` }] } : {}),
      schema,
    });
  }
  const pkg = {
    profile: 'tabular-data-package',
    name: options.name,
    title: options.title,
    description: options.description,
    ...(options.sources ? { sources: options.sources } : {}),
    opgave: { ...options.opgave, ...(options.provenance ? { provenance: options.provenance } : {}) },
    resources,
  };
  files.push({ path: 'datapackage.json', text: JSON.stringify(pkg, null, 2) + '\n' });
  return files;
}

function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  return typeof v === 'number' ? (Number.isFinite(v) ? String(v) : '') : String(v);
}
