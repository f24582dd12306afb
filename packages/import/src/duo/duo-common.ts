import { ImportError, makeProblem } from '../problem.js';
import { readTableFile, type TableFile } from '../read-table-file.js';
import { sha256Hex } from '../sha256.js';
import type { Problem, Provenance, RawTable } from '../types.js';

/** The value DUO publishes instead of a small count; it is kept, never turned into 0. */
export const SUPPRESSED = 'suppressed' as const;

/** A DUO count: a number, or suppressed (`<5`, `x`, `*`, `**` in the file). */
export type DuoCount = number | typeof SUPPRESSED;

/** Marks DUO uses for suppressed cells. */
export const SUPPRESSION_MARKS: readonly string[] = ['<5', 'x', 'X', '*', '**'];

/** Report of a DUO import: like any import report, plus the number of suppressed cells. */
export interface DuoReport {
  file: string;
  errors: Problem[];
  warnings: Problem[];
  truncated: number;
  /** Cells DUO suppressed (kept as `suppressed`); each is also listed in `warnings` (up to the cap). */
  suppressedCells: number;
}

/** Result of a DUO importer: every row or none. */
export type DuoImportResult<Row, Extra = object> =
  | ({ ok: true; rows: Row[]; report: DuoReport; provenance: Provenance } & Extra)
  | { ok: false; report: DuoReport };

/**
 * Normalises a DUO header: trimmed, upper case, runs of spaces as one space.
 * @param name a header as in the file
 * @returns the normalised header
 * @example
 * normaliseDuoHeader(' Brin  nummer') // 'BRIN NUMMER'
 */
export function normaliseDuoHeader(name: string): string {
  return name.trim().toUpperCase().replace(/\s+/g, ' ');
}

/**
 * Parses a DUO count: digits (thousands separators `.` are not expected), a suppression mark, or empty.
 * @param text the cell text
 * @returns a number, `'suppressed'`, null for empty, or NaN when it is not a count
 * @example
 * parseDuoCount('<5') // 'suppressed'
 * parseDuoCount('12') // 12
 */
export function parseDuoCount(text: string): DuoCount | null {
  const s = text.trim();
  if (s === '') return null;
  if (SUPPRESSION_MARKS.includes(s)) return SUPPRESSED;
  if (/^\d+$/.test(s)) return Number(s);
  return NaN;
}

/**
 * Parses a DUO measure (an average age or FTE): a number with a decimal comma or point, or suppressed.
 * @param text the cell text
 * @returns a number, `'suppressed'`, null for empty, or NaN
 * @example
 * parseDuoMeasure('0,82') // 0.82
 */
export function parseDuoMeasure(text: string): DuoCount | null {
  const s = text.trim();
  if (s === '') return null;
  if (SUPPRESSION_MARKS.includes(s)) return SUPPRESSED;
  if (/^-?\d+([.,]\d+)?$/.test(s)) return Number(s.replace(',', '.'));
  return NaN;
}

/** Collects the problems of a DUO import (internal). */
export class DuoContext {
  readonly report: DuoReport;
  readonly table: RawTable;
  private readonly index: Map<string, number>;

  constructor(
    readonly file: string,
    read: Pick<TableFile, 'table' | 'problems' | 'truncated'>,
    private readonly maxProblems = 1000,
  ) {
    this.table = read.table;
    this.index = new Map(read.table.header.map((h, i) => [normaliseDuoHeader(h), i]));
    this.report = { file, errors: [], warnings: [], truncated: read.truncated, suppressedCells: 0 };
    for (const p of read.problems) this.add(p);
  }

  add(p: Problem): void {
    const list = p.severity === 'error' ? this.report.errors : this.report.warnings;
    if (list.length < this.maxProblems) list.push(p);
    else this.report.truncated++;
  }

  /** Index of the first header among `names` present, or -1. */
  find(...names: string[]): number {
    for (const n of names) {
      const i = this.index.get(n);
      if (i !== undefined) return i;
    }
    return -1;
  }

  /** Like find, but reports a missing required column. */
  require(...names: string[]): number {
    const i = this.find(...names);
    if (i < 0) {
      this.add(
        makeProblem(
          this.file,
          1,
          names[0],
          '',
          `a column ${names.map((n) => `"${n}"`).join(' or ')}`,
          'required column is missing',
        ),
      );
    }
    return i;
  }

  headers(): string[] {
    return [...this.index.keys()];
  }

  cell(column: number, i: number): string {
    return column < 0 ? '' : (this.table.columns[column][i] ?? '').trim();
  }

  row(i: number): number {
    return this.table.rowNumbers[i];
  }

  /** Reads a count cell, reporting suppressed and bad values. */
  count(column: number, i: number, measure = false): DuoCount | null {
    if (column < 0) return null;
    const raw = this.table.columns[column][i];
    const v = measure ? parseDuoMeasure(raw) : parseDuoCount(raw);
    const name = this.table.header[column];
    if (v === SUPPRESSED) {
      this.report.suppressedCells++;
      this.add(
        makeProblem(
          this.file,
          this.row(i),
          name,
          raw.trim(),
          'a count',
          'is suppressed by DUO (a small number); kept as suppressed, not 0',
          'warning',
        ),
      );
    } else if (typeof v === 'number' && Number.isNaN(v)) {
      const what = measure
        ? 'is not a number'
        : /^-\d+$/.test(raw.trim())
          ? 'is a negative count'
          : 'is not a count (a whole number or a suppression mark)';
      this.add(
        makeProblem(
          this.file,
          this.row(i),
          name,
          raw,
          measure ? 'a number' : 'a whole number ≥ 0 or <5, x, *, **',
          what,
        ),
      );
      return null;
    }
    return v;
  }

  error(row: number, column: string, value: string, expected: string, what: string): void {
    this.add(makeProblem(this.file, row, column, value, expected, what));
  }

  warn(row: number, column: string, value: string, expected: string, what: string): void {
    this.add(makeProblem(this.file, row, column, value, expected, what, 'warning'));
  }

  get ok(): boolean {
    return this.report.errors.length === 0;
  }
}

/** A DUO file read as a raw table: CSV, XLSX or DUO's JSON. */
export type DuoTableFile = Omit<TableFile, 'format'> & { format: TableFile['format'] | 'json' };

/**
 * Reads DUO's JSON as its open-data API publishes it: an array of records, `{ "records": [...] }` or
 * `{ "result": { "records": [...] } }`; keys become headers as in DUO's CSV (`CROHO_ONDERDEEL` →
 * `CROHO ONDERDEEL`), values text. Null when the bytes are not JSON.
 * @param bytes the file's bytes
 * @param file the file name, for messages
 * @returns the table, or null
 * @example
 * readDuoJson(new TextEncoder().encode('[{"ONDERDEEL":"onderwijs","2024":"12"}]'), 'ho.json')?.table.header // ['ONDERDEEL', '2024']
 */
export function readDuoJson(bytes: Uint8Array, file: string): DuoTableFile | null {
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  if (!/^\s*[[{]/.test(text)) return null;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new ImportError([
      makeProblem(
        file,
        0,
        '',
        '',
        'valid JSON',
        `is not valid JSON (${e instanceof Error ? e.message : String(e)})`,
      ),
    ]);
  }
  const d = data as { records?: unknown; result?: { records?: unknown } };
  const records = Array.isArray(data) ? data : Array.isArray(d?.records) ? d.records : d?.result?.records;
  if (!Array.isArray(records)) {
    throw new ImportError([
      makeProblem(file, 0, '', '', 'an array of records (or "records": [...])', 'has no list of records'),
    ]);
  }
  const header: string[] = [];
  const seen = new Set<string>();
  const rows = records.map((r) =>
    r !== null && typeof r === 'object' ? (r as Record<string, unknown>) : {},
  );
  for (const r of rows)
    for (const k of Object.keys(r))
      if (!seen.has(k) && k !== '_id') {
        seen.add(k);
        header.push(k);
      }
  const table: RawTable = {
    header: header.map((k) => k.replace(/_/g, ' ')),
    columns: header.map((k) => rows.map((r) => (r[k] === undefined || r[k] === null ? '' : String(r[k])))),
    rowCount: rows.length,
    // JSON has no lines: number the records 2, 3, … as if the first were below a header
    rowNumbers: Int32Array.from(rows, (_, i) => i + 2),
  };
  return {
    table,
    format: 'json',
    encoding: 'utf-8',
    delimiter: null,
    decimal: null,
    bom: false,
    sheet: null,
    problems: [],
    truncated: 0,
  };
}

/**
 * Reads a DUO file as a raw table: DUO's JSON, else CSV (any of DUO's dialects) or XLSX.
 * @internal
 */
export async function readDuoTable(bytes: Uint8Array, file: string): Promise<DuoTableFile> {
  return readDuoJson(bytes, file) ?? (await readTableFile(bytes, file));
}

/**
 * Reads a DUO file (CSV in any of DUO's dialects, XLSX or DUO's JSON) for an importer; returns the context
 * or a failed result when the file cannot be opened.
 * @internal
 */
export async function openDuoFile(
  bytes: Uint8Array,
  file: string,
): Promise<{ ctx: DuoContext; read: DuoTableFile } | { ctx: null; report: DuoReport }> {
  try {
    const read = await readDuoTable(bytes, file);
    return { ctx: new DuoContext(file, read), read };
  } catch (e) {
    const problems = (e as { problems?: Problem[] }).problems;
    if (!problems) throw e;
    return { ctx: null, report: { file, errors: problems, warnings: [], truncated: 0, suppressedCells: 0 } };
  }
}

/**
 * Builds the provenance of a DUO file.
 * @internal
 */
export async function duoProvenance(
  bytes: Uint8Array,
  file: string,
  read: Pick<DuoTableFile, 'format' | 'encoding' | 'delimiter' | 'decimal' | 'sheet'>,
  rows: number,
  now: () => Date = () => new Date(),
): Promise<Provenance> {
  return {
    file,
    importedAt: now().toISOString(),
    sha256: await sha256Hex(bytes),
    format: read.format,
    encoding: read.encoding,
    delimiter: read.delimiter,
    decimal: read.decimal,
    sheet: read.sheet,
    rows,
  };
}

/**
 * Joins a BRIN and a vestigingscode into a 6-character location code (`00AH` + `0` → `00AH00`); accepts
 * a code that already is 6 characters. Returns null for anything else.
 * @param brin the 4-character institution code
 * @param location the vestigingscode or vestigingsnummer
 * @returns the location code, or null
 * @example
 * locationCode('00AH', '1') // '00AH01'
 */
export function locationCode(brin: string, location: string): string | null {
  const b = brin.trim().toUpperCase();
  const l = location.trim().toUpperCase();
  if (!/^[0-9A-Z]{4}$/.test(b)) return null;
  if (/^\d{1,2}$/.test(l)) return b + l.padStart(2, '0');
  if (l.length === 6 && l.startsWith(b) && /^\d{2}$/.test(l.slice(4))) return l;
  return null;
}
