import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { toDataset, type Dataset } from '@opgave/core';
import {
  importDataset,
  makeProblem,
  OPGAVE_RESOURCES,
  OPGAVE_SCHEMAS,
  toRows,
  type ImportedTable,
  type OpgaveResource,
  type Problem,
  type TableSchema,
  type TypedColumn,
} from '@opgave/import';
import { CliError, EXIT, usageError } from './errors.js';
import type { Progress } from './io.js';

/** The parts of a `datapackage.json` the CLI reads. */
export interface DataPackage {
  name?: string;
  title?: string;
  resources?: { name?: unknown; path?: unknown; schema?: unknown }[];
  opgave?: { synthetic?: boolean; history_start?: number; history_end?: number; [key: string]: unknown };
  [key: string]: unknown;
}

/** Problems of one file of a dataset (or of datapackage.json itself). */
export interface FileReport {
  file: string;
  /** The Opgave resource the file holds; null for datapackage.json. */
  resource: string | null;
  format: 'csv' | 'xlsx' | 'parquet' | 'json' | null;
  rowCount: number;
  errors: Problem[];
  warnings: Problem[];
  /** Problems counted beyond those listed. */
  truncated: number;
  /** `own` when the file was checked against the schema in the dataset's datapackage.json (it differs from the built-in one). */
  schema?: 'built-in' | 'own';
}

/** A dataset folder after reading and validating every file: all tables, or none. */
export interface LoadedDirectory {
  dir: string;
  descriptor: DataPackage;
  /** The package's title (or name, or folder). */
  title: string;
  synthetic: boolean;
  ok: boolean;
  reports: FileReport[];
  /** Every table when `ok`; empty otherwise (nothing is half-loaded). */
  tables: Partial<Record<OpgaveResource, ImportedTable>>;
}

const PACKAGE_FILE = 'datapackage.json';

/**
 * Reads `<dir>/datapackage.json`, then imports and validates every resource it lists with
 * `@opgave/import` (CSV, XLSX or Parquet; dialect sniffing; column mapping; foreign keys in dependency
 * order). A missing folder or datapackage.json is a usage error (exit 2).
 * @param command command name, for messages
 * @param dirArg the folder as given on the command line
 * @param cwd directory to resolve it against
 * @param progress progress reporter (`loading 3/18 workforce.csv`)
 * @returns the reports and, if every file is clean, the tables
 * @example
 * const loaded = await loadDirectory('validate', 'data/rotterdam', process.cwd(), progress);
 */
export async function loadDirectory(
  command: string,
  dirArg: string | undefined,
  cwd: string,
  progress: Progress,
): Promise<LoadedDirectory> {
  if (dirArg === undefined)
    throw usageError(`opgave ${command}: missing <dir> (a folder with a datapackage.json)`);
  const dir = resolve(cwd, dirArg);
  const info = await stat(dir).catch(() => null);
  if (!info) throw usageError(`opgave ${command}: ${dirArg}: no such folder`);
  if (!info.isDirectory()) throw usageError(`opgave ${command}: ${dirArg}: is not a folder`);
  let text: string;
  try {
    text = await readFile(join(dir, PACKAGE_FILE), 'utf8');
  } catch {
    throw usageError(
      `opgave ${command}: ${join(dirArg, PACKAGE_FILE)}: not found (a dataset folder needs one)`,
    );
  }
  let descriptor: DataPackage;
  try {
    descriptor = JSON.parse(text) as DataPackage;
  } catch (error) {
    throw new CliError(
      `${join(dirArg, PACKAGE_FILE)}: is not valid JSON (${(error as Error).message})`,
      EXIT.invalid,
    );
  }
  const packageReport: FileReport = {
    file: PACKAGE_FILE,
    resource: null,
    format: 'json',
    rowCount: 0,
    errors: [],
    warnings: [],
    truncated: 0,
  };
  const problem = (column: string, value: string, expected: string, what: string, warning = false) =>
    (warning ? packageReport.warnings : packageReport.errors).push(
      makeProblem(PACKAGE_FILE, 0, column, value, expected, what, warning ? 'warning' : 'error'),
    );
  const files: { resource: OpgaveResource; path: string }[] = [];
  const ownSchemas: Partial<Record<OpgaveResource, TableSchema>> = {};
  const listed = Array.isArray(descriptor.resources) ? descriptor.resources : [];
  if (!Array.isArray(descriptor.resources))
    problem('resources', '', 'a list of resources', 'has no resources list');
  const known = new Set<string>(OPGAVE_RESOURCES);
  listed.forEach((r, i) => {
    const name = typeof r?.name === 'string' ? r.name : '';
    const path = typeof r?.path === 'string' ? r.path : '';
    if (!known.has(name)) {
      problem(
        `resources[${i}].name`,
        name,
        `one of ${OPGAVE_RESOURCES.join(', ')}`,
        'is not a resource of the Opgave format; skipped',
        true,
      );
    } else if (!path) {
      problem(`resources[${i}].path`, '', 'the path of the file', `resource ${name} has no path`);
    } else if (files.some((f) => f.resource === name)) {
      problem(`resources[${i}].name`, name, 'each resource once', 'is listed twice');
    } else {
      files.push({ resource: name as OpgaveResource, path });
      const own = ownSchema(name as OpgaveResource, r.schema);
      if (typeof own === 'string')
        problem(`resources[${i}].schema`, name, 'a schema with every column of the Opgave format', own);
      else if (own) ownSchemas[name as OpgaveResource] = own;
    }
  });
  for (const name of OPGAVE_RESOURCES)
    if (!files.some((f) => f.resource === name) && !packageReport.errors.some((p) => p.value === name))
      problem('resources', name, `a resource named ${name}`, 'is missing from the resources list');

  files.sort((a, b) => OPGAVE_RESOURCES.indexOf(a.resource) - OPGAVE_RESOURCES.indexOf(b.resource));
  const reports: FileReport[] = [packageReport];
  const tables: Partial<Record<OpgaveResource, ImportedTable>> = {};
  const references: Record<string, ReadonlySet<string>> = {};
  let ok = packageReport.errors.length === 0;
  for (const [i, f] of files.entries()) {
    progress.step(`loading ${i + 1}/${files.length} ${f.path}`);
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(join(dir, f.path)));
    } catch (error) {
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
      reports.push({
        file: f.path,
        resource: f.resource,
        format: null,
        rowCount: 0,
        errors: [
          makeProblem(
            f.path,
            0,
            '',
            '',
            'a readable file',
            missing ? 'file not found' : `cannot be read (${(error as Error).message})`,
          ),
        ],
        warnings: [],
        truncated: 0,
      });
      ok = false;
      continue;
    }
    // One file at a time, so progress can name it; keys of earlier files check the foreign keys.
    const result = await importDataset([{ resource: f.resource, file: f.path, bytes }], {
      references,
      schemas: ownSchemas,
    });
    const report = result.reports[0];
    reports.push({
      file: f.path,
      resource: f.resource,
      format: report.format,
      rowCount: report.rowCount,
      errors: report.errors,
      warnings: report.warnings,
      truncated: report.truncated,
      schema: ownSchemas[f.resource] ? 'own' : 'built-in',
    });
    if (!result.ok) {
      ok = false;
      continue;
    }
    const table = result.tables[f.resource] as ImportedTable;
    tables[f.resource] = table;
    const key = OPGAVE_SCHEMAS[f.resource].primaryKey;
    const keyFields = key === undefined ? [] : Array.isArray(key) ? key : [key];
    if (keyFields.length === 1) references[f.resource] = keyValues(table.columns[keyFields[0]]);
  }
  progress.done();
  const title = String(descriptor.title ?? descriptor.name ?? dirArg);
  return {
    dir,
    descriptor,
    title,
    synthetic: descriptor.opgave?.synthetic === true,
    ok,
    reports,
    tables: ok ? tables : {},
  };
}

/**
 * The dataset's own schema of a resource when it differs from the built-in one: used for validation, so a
 * region can widen a range (years after 2025) or a pattern. It must keep every built-in column with its
 * type, or the model could not read it (returns the reason as text). Undefined when equal or absent.
 * @param resource the resource
 * @param schema the `schema` of its entry in datapackage.json
 * @returns the schema, a reason it cannot be used, or undefined
 * @example
 * ownSchema('pupils', descriptor.resources[8].schema)
 */
export function ownSchema(resource: OpgaveResource, schema: unknown): TableSchema | string | undefined {
  if (schema === undefined || schema === null) return undefined;
  const builtIn = OPGAVE_SCHEMAS[resource];
  if (canonical(checked(schema)) === canonical(checked(builtIn))) return undefined;
  const fields = (schema as { fields?: unknown }).fields;
  if (!Array.isArray(fields)) return 'has no list of fields';
  for (const f of builtIn.fields) {
    const mine = fields.find((x) => (x as { name?: unknown })?.name === f.name) as
      { type?: unknown } | undefined;
    if (!mine) return `has no column ${f.name}`;
    if ((mine.type ?? 'string') !== f.type)
      return `gives column ${f.name} the type ${String(mine.type)}, not ${f.type}`;
  }
  return schema as TableSchema;
}

/** The parts of a schema that validation reads (descriptions, titles and units do not count). */
function checked(schema: unknown): unknown {
  const s = schema as {
    fields?: unknown;
    primaryKey?: unknown;
    foreignKeys?: unknown;
    missingValues?: unknown;
  };
  const fields = Array.isArray(s.fields)
    ? s.fields.map((f: { name?: unknown; type?: unknown; constraints?: unknown }) => ({
        name: f?.name,
        type: f?.type ?? 'string',
        constraints: f?.constraints ?? {},
      }))
    : s.fields;
  return {
    fields,
    primaryKey: s.primaryKey,
    foreignKeys: s.foreignKeys ?? [],
    missingValues: s.missingValues ?? [''],
  };
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : v,
  );
}

function keyValues(column: TypedColumn): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < column.length; i++) {
    const v = column[i];
    if (v !== null) out.add(String(v));
  }
  return out;
}

/**
 * Turns the validated tables of a folder into the dataset `@opgave/core` projects from (rows per
 * resource; history years from datapackage.json → opgave).
 * @param loaded a folder loaded without errors
 * @returns the normalised dataset
 * @example
 * const data = toCoreDataset(loaded);
 * project(data, { horizon: 15 });
 */
export function toCoreDataset(loaded: LoadedDirectory): Dataset {
  if (!loaded.ok) throw new Error('toCoreDataset: the folder has errors');
  const input: Record<string, unknown> = {};
  for (const name of OPGAVE_RESOURCES) {
    const table = loaded.tables[name];
    input[name] = table ? toRows(table) : [];
  }
  const o = loaded.descriptor.opgave ?? {};
  const meta: Record<string, unknown> = { ...o };
  if (o.history_start != null) meta.historyStart = o.history_start;
  if (o.history_end != null) meta.historyEnd = o.history_end;
  input.meta = meta;
  return toDataset(input as Parameters<typeof toDataset>[0]);
}
