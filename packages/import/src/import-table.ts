import { applyColumnMapping, suggestColumnMapping, type ColumnMapping } from './column-mapping.js';
import { OPGAVE_SCHEMAS, type OpgaveResource } from './opgave-schemas.js';
import { ImportError } from './problem.js';
import { readTableFile, type ReadTableFileOptions } from './read-table-file.js';
import { sha256Hex } from './sha256.js';
import type { ImportedTable, Problem, TableSchema, ValidationReport } from './types.js';
import { validateTable, type TotalCheck } from './validate-table.js';
import { YEARLY_RESOURCES, yearGapProblem } from './year-gaps.js';

/** Options of {@link importTable}. */
export interface ImportTableOptions extends ReadTableFileOptions {
  /** The Opgave resource the file holds (its schema is used). */
  resource?: OpgaveResource;
  /** Or a custom Table Schema (with a name for the result). */
  schema?: TableSchema;
  /** Name of the table when a custom schema is given; default the file name without extension. */
  name?: string;
  /**
   * Template column → source column. Default: {@link suggestColumnMapping} fills in columns whose
   * header differs from the template; pass `false` to use the header as it is.
   */
  mapping?: ColumnMapping | false;
  /** Key values of referenced resources, see {@link validateTable}. */
  references?: Record<string, ReadonlySet<string> | readonly string[]>;
  /** Totals to check. */
  totals?: TotalCheck[];
  /** Accept a header without rows. */
  allowEmpty?: boolean;
  /** Clock for provenance (tests); default now. */
  now?: () => Date;
}

/** The report of one imported file. */
export interface ImportReport extends ValidationReport {
  format: 'csv' | 'xlsx' | 'parquet' | null;
  encoding: 'utf-8' | 'windows-1252' | null;
  delimiter: string | null;
  rowCount: number;
  /** The column mapping that was applied (template column → source column). */
  mapping: ColumnMapping;
}

/** Either a complete typed table or the reason there is none; never a partial table. */
export type ImportResult =
  { ok: true; table: ImportedTable; report: ImportReport } | { ok: false; report: ImportReport };

/**
 * Imports one file: reads it (CSV, XLSX or Parquet), maps its columns to the template, validates it
 * against the resource's Table Schema and returns typed columns with provenance (file, time, SHA-256,
 * format, encoding, delimiter). All or nothing: any error gives `{ ok: false, report }` and no table.
 * Never throws for bad input.
 * @param bytes the file's bytes
 * @param file the file's name
 * @param options resource or schema, mapping, referenced keys, totals
 * @returns the table and report, or the report alone
 * @example
 * const result = await importTable(bytes, 'pupils.csv', { resource: 'pupils' });
 * if (!result.ok) for (const e of result.report.errors) console.log(e.message);
 */
export async function importTable(
  bytes: Uint8Array,
  file: string,
  options: ImportTableOptions = {},
): Promise<ImportResult> {
  const schema = options.schema ?? (options.resource ? OPGAVE_SCHEMAS[options.resource] : undefined);
  const name = options.resource ?? options.name ?? file.replace(/\.[^.]*$/, '');
  const empty: ImportReport = {
    file,
    errors: [],
    warnings: [],
    truncated: 0,
    format: null,
    encoding: null,
    delimiter: null,
    rowCount: 0,
    mapping: {},
  };
  if (!schema) throw new TypeError('importTable needs options.resource or options.schema');
  let read;
  try {
    read = await readTableFile(bytes, file, options);
  } catch (e) {
    if (e instanceof ImportError) return { ok: false, report: { ...empty, errors: e.problems } };
    throw e;
  }
  const base = {
    ...empty,
    format: read.format,
    encoding: read.encoding,
    delimiter: read.delimiter,
    rowCount: read.table.rowCount,
  };
  const readErrors = read.problems.filter((p) => p.severity === 'error');
  if (read.table.header.length === 0) {
    return { ok: false, report: { ...base, errors: readErrors, warnings: [] } };
  }

  let mapping: ColumnMapping = {};
  if (options.mapping !== false) {
    const suggested = suggestColumnMapping(read.table.header, schema).mapping;
    mapping = { ...suggested, ...(options.mapping ?? {}) };
  }
  const table = options.mapping === false ? read.table : applyColumnMapping(read.table, mapping);
  const validation = validateTable(table, schema, {
    file,
    decimal: read.decimal ?? '.',
    references: options.references,
    totals: options.totals,
    allowEmpty: options.allowEmpty,
    maxProblems: options.maxProblems,
  });
  const errors: Problem[] = [...readErrors, ...validation.errors];
  // A yearly series with a gap is an error of the file (checked once the rows themselves are valid)
  if (errors.length === 0 && options.resource && YEARLY_RESOURCES.includes(options.resource)) {
    const gap = yearGapProblem(options.resource, file, validation.columns.year);
    if (gap) errors.push(gap);
  }
  const warnings: Problem[] = [
    ...read.problems.filter((p) => p.severity === 'warning'),
    ...validation.warnings,
  ];
  const report: ImportReport = {
    ...base,
    errors,
    warnings,
    truncated: read.truncated + validation.truncated,
    mapping,
  };
  if (errors.length > 0) return { ok: false, report };
  const sha256 = await sha256Hex(bytes);
  return {
    ok: true,
    report,
    table: {
      name,
      rowCount: validation.rowCount,
      columns: validation.columns,
      provenance: {
        file,
        importedAt: (options.now ?? (() => new Date()))().toISOString(),
        sha256,
        format: read.format,
        encoding: read.encoding,
        delimiter: read.delimiter,
        decimal: read.decimal,
        sheet: read.sheet,
        rows: validation.rowCount,
      },
    },
  };
}

/**
 * Turns a typed table into row objects (NaN and null become null), e.g. for `@opgave/core`.
 * @param table an imported table
 * @returns one object per row
 * @example
 * toRows(result.table) // [{ location_id: '01AB00', year: 2024, pupils: 812 }, …]
 */
export function toRows(
  table: Pick<ImportedTable, 'columns' | 'rowCount'>,
): Record<string, string | number | boolean | null>[] {
  const names = Object.keys(table.columns);
  const cols = names.map((n) => table.columns[n]);
  const rows: Record<string, string | number | boolean | null>[] = new Array(table.rowCount);
  for (let i = 0; i < table.rowCount; i++) {
    const row: Record<string, string | number | boolean | null> = {};
    for (let j = 0; j < names.length; j++) {
      const v = cols[j][i];
      row[names[j]] = typeof v === 'number' && Number.isNaN(v) ? null : v;
    }
    rows[i] = row;
  }
  return rows;
}
