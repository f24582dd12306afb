import { describePattern } from './describe-pattern.js';
import { formatNumber, makeProblem } from './problem.js';
import type { FieldSchema, Problem, RawTable, TableSchema, TypedColumn, ValidationReport } from './types.js';

/** A check that a column adds up to a known total (for example a total row or a published figure). */
export interface TotalCheck {
  /** Column to add up. */
  column: string;
  /** The total it should have. */
  expected: number;
  /** Largest difference still accepted; default 0 (1e-6 for decimals). */
  tolerance?: number;
  /** Where the total comes from, for the message; default "the expected total". */
  source?: string;
  /** 'error' (default) or 'warning'. */
  severity?: 'error' | 'warning';
}

/** Options of {@link validateTable}. */
export interface ValidateTableOptions {
  /** File name used in messages; default `data.csv`. */
  file?: string;
  /** Decimal separator of number cells; default `.` (a comma is then reported). */
  decimal?: '.' | ',';
  /**
   * Key values of referenced resources for foreign-key checks: resource name → the values of the
   * referenced key (single-field keys) or of the fields joined with `\u0000`. Resources left out are not checked.
   */
  references?: Record<string, ReadonlySet<string> | readonly string[]>;
  /** Totals to check. */
  totals?: TotalCheck[];
  /** Most errors and most warnings listed; default 1000 each. Further ones are counted in `truncated`. */
  maxProblems?: number;
  /** Accept a table with a header and no rows; default false (an error). */
  allowEmpty?: boolean;
}

/** The result of {@link validateTable}: the report and the typed columns (only to be used without errors). */
export interface TableValidation extends ValidationReport {
  /** Field name → typed values, one per schema field in schema order. */
  columns: Record<string, TypedColumn>;
  rowCount: number;
}

const TRUE_VALUES = new Set(['true', 'ja', 'yes', 'waar', '1', 'y', 'j']);
const FALSE_VALUES = new Set(['false', 'nee', 'no', 'onwaar', '0', 'n']);
const NUMBER_PATTERN = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const CACHE_LIMIT = 200_000;

/**
 * Validates a raw table against a Frictionless Table Schema and converts its columns to typed arrays, in
 * one pass: missing required columns (error) and optional ones (warning), extra columns (warning), types
 * integer, number, year, boolean and string, constraints required, minimum, maximum, enum, pattern,
 * minLength, maxLength, unique, primary-key uniqueness, foreign keys against given key sets, and totals.
 * Every problem names the file, the row as the user sees it (header = row 1), the column, the value and
 * what was expected.
 * @param table a raw table from a reader
 * @param schema the Table Schema
 * @param options file name, decimal separator, referenced key sets, totals
 * @returns errors, warnings and typed columns
 * @example
 * const v = validateTable(parseCsv('location_id,year,pupils\n01AB00,2024,-3\n'), OPGAVE_SCHEMAS.pupils, { file: 'pupils.csv' });
 * v.errors[0].message // 'pupils.csv row 2, column pupils: "-3" is below the minimum 0'
 */
export function validateTable(
  table: RawTable,
  schema: TableSchema,
  options: ValidateTableOptions = {},
): TableValidation {
  const file = options.file ?? 'data.csv';
  const maxProblems = options.maxProblems ?? 1000;
  const decimal = options.decimal ?? '.';
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  let truncated = 0;
  const add = (p: Problem) => {
    // Errors and warnings are capped separately, so that warnings never hide an error.
    const list = p.severity === 'error' ? errors : warnings;
    if (list.length < maxProblems) list.push(p);
    else truncated++;
  };
  const n = table.rowCount;
  const rowNumbers = table.rowNumbers;
  const missing = new Set(schema.missingValues ?? ['']);
  const primaryKey = toList(schema.primaryKey);

  // header
  const seen = new Map<string, number>();
  table.header.forEach((h, i) => {
    if (seen.has(h)) {
      add(
        makeProblem(
          file,
          1,
          h,
          h,
          'unique column names',
          `column name appears twice (columns ${seen.get(h)! + 1} and ${i + 1})`,
        ),
      );
    } else seen.set(h, i);
  });
  const fieldNames = new Set(schema.fields.map((f) => f.name));
  for (const h of table.header) {
    if (!fieldNames.has(h) && h !== '') {
      add(
        makeProblem(
          file,
          1,
          h,
          '',
          `one of ${[...fieldNames].join(', ')}`,
          'is not a column of this table and is ignored',
          'warning',
        ),
      );
    }
  }
  const sourceIndex = new Map<string, number>();
  for (const f of schema.fields) {
    const i = seen.get(f.name);
    if (i !== undefined) {
      sourceIndex.set(f.name, i);
      continue;
    }
    const required = f.constraints?.required || primaryKey.includes(f.name);
    add(
      makeProblem(
        file,
        1,
        f.name,
        '',
        `a column named ${f.name}`,
        required ? 'required column is missing' : 'optional column is missing; its values are left empty',
        required ? 'error' : 'warning',
      ),
    );
  }
  if (n === 0 && table.header.length > 0 && !options.allowEmpty) {
    add(makeProblem(file, 0, '', '', 'at least one data row', 'has a header but no data rows'));
  }

  // cells
  const columns: Record<string, TypedColumn> = {};
  for (const field of schema.fields) {
    const ci = sourceIndex.get(field.name);
    const cells = ci === undefined ? null : table.columns[ci];
    columns[field.name] = convertColumn(field, cells, n, { file, decimal, missing, rowNumbers, add });
  }

  // primary key and unique fields
  if (primaryKey.length > 0 && primaryKey.every((k) => sourceIndex.has(k))) {
    checkUnique(primaryKey, columns, n, rowNumbers, file, add);
  }
  for (const f of schema.fields) {
    if (
      f.constraints?.unique &&
      sourceIndex.has(f.name) &&
      !(primaryKey.length === 1 && primaryKey[0] === f.name)
    ) {
      checkUnique([f.name], columns, n, rowNumbers, file, add);
    }
  }

  // foreign keys
  for (const fk of schema.foreignKeys ?? []) {
    const fields = toList(fk.fields);
    const resource = fk.reference.resource;
    const given = options.references?.[resource];
    if (!given || !fields.every((f) => sourceIndex.has(f))) continue;
    const keys = given instanceof Set ? (given as ReadonlySet<string>) : new Set(given as readonly string[]);
    const refFields = toList(fk.reference.fields).join(', ');
    const checked = new Map<string, boolean>();
    const cols = fields.map((f) => columns[f]);
    for (let i = 0; i < n; i++) {
      let key: string;
      let empty = false;
      if (cols.length === 1) {
        const v = cols[0][i];
        if (v === null || (typeof v === 'number' && Number.isNaN(v))) empty = true;
        key = String(v);
      } else {
        const parts: string[] = [];
        for (const c of cols) {
          const v = c[i];
          if (v === null || (typeof v === 'number' && Number.isNaN(v))) empty = true;
          parts.push(String(v));
        }
        key = parts.join('\u0000');
      }
      if (empty) continue;
      let ok = checked.get(key);
      if (ok === undefined) {
        ok = keys.has(key);
        if (checked.size < CACHE_LIMIT) checked.set(key, ok);
      }
      if (!ok) {
        const shown = key.split('\u0000').join(', ');
        add(
          makeProblem(
            file,
            rowNumbers[i],
            fields.join(', '),
            shown,
            `a ${refFields} listed in ${resource}`,
            `is not a known ${refFields} (not in ${resource})`,
          ),
        );
      }
    }
  }

  // totals
  for (const t of options.totals ?? []) {
    const col = columns[t.column];
    if (!(col instanceof Float64Array)) continue;
    let sum = 0;
    for (let i = 0; i < col.length; i++) if (!Number.isNaN(col[i])) sum += col[i];
    const tolerance = t.tolerance ?? (Number.isInteger(t.expected) ? 0 : 1e-6);
    if (Math.abs(sum - t.expected) > tolerance) {
      add(
        makeProblem(
          file,
          0,
          t.column,
          formatNumber(Math.round(sum * 1e6) / 1e6),
          `a total of ${formatNumber(t.expected)}`,
          `is the sum of the column, but ${t.source ?? 'the expected total'} is ${formatNumber(t.expected)}`,
          t.severity ?? 'error',
        ),
      );
    }
  }

  const byPlace = (a: Problem, b: Problem) => a.row - b.row;
  errors.sort(byPlace);
  warnings.sort(byPlace);
  return { file, errors, warnings, truncated, columns, rowCount: n };
}

interface ConvertContext {
  file: string;
  decimal: '.' | ',';
  missing: Set<string>;
  rowNumbers: Int32Array;
  add: (p: Problem) => void;
}

function convertColumn(
  field: FieldSchema,
  cells: string[] | null,
  n: number,
  ctx: ConvertContext,
): TypedColumn {
  const { file, rowNumbers, add, missing } = ctx;
  const c = field.constraints ?? {};
  const name = field.name;
  const required = c.required === true;
  const requiredProblem = (i: number) =>
    add(
      makeProblem(
        file,
        rowNumbers[i],
        name,
        '',
        `a value (${describeType(field)})`,
        'is empty but a value is required',
      ),
    );

  if (field.type === 'integer' || field.type === 'number' || field.type === 'year') {
    const out = new Float64Array(n);
    const whole = field.type !== 'number';
    const min = c.minimum;
    const max = c.maximum;
    const allowed = c.enum ? new Set(c.enum.map(Number)) : null;
    for (let i = 0; i < n; i++) {
      const raw = cells === null ? '' : cells[i];
      let v = whole ? parseWhole(raw) : parseDecimal(raw, ctx.decimal);
      if (Number.isNaN(v)) {
        const s = raw.trim();
        if (s === '' || missing.has(s)) {
          out[i] = NaN;
          if (required && cells !== null) requiredProblem(i);
          continue;
        }
        const why = explainNumber(s, whole, ctx.decimal);
        if (why) {
          add(makeProblem(file, rowNumbers[i], name, raw, describeType(field), why));
          out[i] = NaN;
          continue;
        }
        v = Number(ctx.decimal === ',' ? s.replace(',', '.') : s);
      }
      out[i] = v;
      if (min !== undefined && v < min) {
        add(makeProblem(file, rowNumbers[i], name, raw, `at least ${min}`, `is below the minimum ${min}`));
      } else if (max !== undefined && v > max) {
        add(makeProblem(file, rowNumbers[i], name, raw, `at most ${max}`, `is above the maximum ${max}`));
      } else if (allowed && !allowed.has(v)) {
        add(
          makeProblem(
            file,
            rowNumbers[i],
            name,
            raw,
            `one of ${c.enum!.join(', ')}`,
            'is not an allowed value',
          ),
        );
      }
    }
    return out;
  }

  if (field.type === 'boolean') {
    const out: (boolean | null)[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const raw = cells === null ? '' : cells[i];
      const s = raw.trim().toLowerCase();
      if (s === '' || missing.has(raw.trim())) {
        out[i] = null;
        if (required && cells !== null) requiredProblem(i);
      } else if (TRUE_VALUES.has(s)) out[i] = true;
      else if (FALSE_VALUES.has(s)) out[i] = false;
      else {
        out[i] = null;
        add(makeProblem(file, rowNumbers[i], name, raw, 'true or false', 'is not true or false'));
      }
    }
    return out;
  }

  // string
  const out: (string | null)[] = new Array(n);
  const allowed = c.enum ? new Set(c.enum.map(String)) : null;
  const pattern = c.pattern ? safeRegExp(c.pattern) : null;
  const good = new Set<string>();
  const bad = new Map<string, string>();
  for (let i = 0; i < n; i++) {
    const raw = cells === null ? '' : cells[i];
    const s = needsTrim(raw) ? raw.trim() : raw;
    if (s === '' || missing.has(s)) {
      out[i] = null;
      if (required && cells !== null) requiredProblem(i);
      continue;
    }
    out[i] = s;
    if (good.has(s)) continue;
    let why = bad.get(s);
    if (why === undefined) {
      why = '';
      if (allowed && !allowed.has(s)) why = `one of ${[...allowed].join(', ')}`;
      else if (pattern && !pattern.test(s)) why = describePattern(c.pattern!) ?? `text matching ${c.pattern}`;
      else if (c.minLength !== undefined && s.length < c.minLength)
        why = `at least ${c.minLength} characters`;
      else if (c.maxLength !== undefined && s.length > c.maxLength) why = `at most ${c.maxLength} characters`;
      if (why === '') {
        if (good.size < CACHE_LIMIT) good.add(s);
        continue;
      }
      if (bad.size < CACHE_LIMIT) bad.set(s, why);
    }
    const what = why.startsWith('one of')
      ? `is not an allowed value (${why})`
      : why.startsWith('text matching')
        ? `does not match the pattern ${c.pattern}`
        : why.startsWith('at ')
          ? `has the wrong length (${why})`
          : `is not ${why}`;
    add(makeProblem(file, rowNumbers[i], name, raw, why, what));
  }
  return out;
}

function checkUnique(
  keyFields: string[],
  columns: Record<string, TypedColumn>,
  n: number,
  rowNumbers: Int32Array,
  file: string,
  add: (p: Problem) => void,
): void {
  const cols = keyFields.map((f) => columns[f]);
  // Dictionary-encode each key column, then combine the codes into one number when they fit.
  const codes: Int32Array[] = [];
  const sizes: number[] = [];
  for (const col of cols) {
    const dict = new Map<string | number | boolean, number>();
    const code = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const v = col[i];
      if (v === null || (typeof v === 'number' && Number.isNaN(v))) {
        code[i] = -1;
        continue;
      }
      let k = dict.get(v);
      if (k === undefined) {
        k = dict.size;
        dict.set(v, k);
      }
      code[i] = k;
    }
    codes.push(code);
    sizes.push(dict.size + 1);
  }
  const fits = sizes.reduce((a, b) => a * b, 1) < Number.MAX_SAFE_INTEGER;
  const combined = fits ? combinedKeys(codes, sizes, n) : null;
  if (combined && allDifferent(combined)) return;
  const first = new Map<number | string, number>();
  const label = keyFields.join(', ');
  for (let i = 0; i < n; i++) {
    let key: number | string;
    let skip = false;
    if (combined) {
      key = combined[i];
      skip = Number.isNaN(key);
    } else {
      const parts: string[] = [];
      for (let j = 0; j < codes.length; j++) {
        if (codes[j][i] < 0) skip = true;
        parts.push(String(codes[j][i]));
      }
      key = parts.join(',');
    }
    if (skip) continue;
    const prev = first.get(key);
    if (prev === undefined) {
      first.set(key, i);
      continue;
    }
    const value = cols.map((c) => String(c[i])).join(', ');
    add(
      makeProblem(
        file,
        rowNumbers[i],
        label,
        value,
        `a unique ${label}`,
        `repeats the ${keyFields.length > 1 ? 'key' : 'value'} of row ${rowNumbers[prev]} (duplicate key)`,
      ),
    );
  }
}

/** Each row's key codes combined into one number (mixed radix), NaN where a part of the key is missing. */
function combinedKeys(codes: readonly Int32Array[], sizes: readonly number[], n: number): Float64Array {
  const keys = new Float64Array(n);
  rows: for (let i = 0; i < n; i++) {
    let k = 0;
    for (let j = 0; j < codes.length; j++) {
      const c = codes[j][i];
      if (c < 0) {
        keys[i] = NaN;
        continue rows;
      }
      k = k * sizes[j] + c;
    }
    keys[i] = k;
  }
  return keys;
}

/**
 * Whether the keys are all different, NaN (a missing part) never counting as a repeat: sorted as one
 * Float64Array and compared with their neighbours. A valid file of a million rows then needs no Map of a
 * million keys (seconds of garbage collection); only a file with duplicates goes on to find and name them.
 */
function allDifferent(keys: Float64Array): boolean {
  const sorted = keys.slice().sort();
  for (let i = 1; i < sorted.length; i++) if (sorted[i] === sorted[i - 1]) return false;
  return true;
}

/** Parses an optionally signed run of digits; NaN for anything else (the slow path explains why). */
function parseWhole(s: string): number {
  const len = s.length;
  if (len === 0 || len > 15) return NaN;
  let i = 0;
  let sign = 1;
  const c0 = s.charCodeAt(0);
  if (c0 === 45) {
    sign = -1;
    i = 1;
  } else if (c0 === 43) i = 1;
  if (i === len) return NaN;
  let v = 0;
  for (; i < len; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return NaN;
    v = v * 10 + d;
  }
  return sign * v;
}

/** Parses a plain decimal number with the given separator; NaN for anything else. */
function parseDecimal(s: string, decimal: '.' | ','): number {
  const len = s.length;
  if (len === 0 || len > 30) return NaN;
  const sep = decimal === ',' ? 44 : 46;
  let i = 0;
  let sign = 1;
  const c0 = s.charCodeAt(0);
  if (c0 === 45) {
    sign = -1;
    i = 1;
  } else if (c0 === 43) i = 1;
  let intPart = 0;
  let digits = 0;
  for (; i < len; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) break;
    intPart = intPart * 10 + d;
    digits++;
  }
  if (i === len) return digits > 0 && digits <= 15 ? sign * intPart : NaN;
  if (s.charCodeAt(i) !== sep) return NaN;
  i++;
  let frac = 0;
  let scale = 1;
  let fracDigits = 0;
  for (; i < len; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return NaN;
    frac = frac * 10 + d;
    scale *= 10;
    fracDigits++;
  }
  if (digits + fracDigits === 0 || digits > 15 || fracDigits > 15) return NaN;
  // Dividing by a power of ten gives the correctly rounded double for up to 15 digits.
  return sign * (intPart + frac / scale);
}

/** Why a cell that failed the fast parse is not a number, or '' when it is one after all. */
function explainNumber(s: string, whole: boolean, decimal: '.' | ','): string {
  const dotted = s.indexOf(',') >= 0 && s.indexOf('.') < 0 && decimal === ',' ? s.replace(',', '.') : s;
  if (s.indexOf(',') >= 0 && s.indexOf('.') >= 0)
    return 'is not a number (thousands separators are not allowed)';
  if (s.indexOf(',') >= 0 && decimal === '.') {
    return /^[+-]?\d+,\d+$/.test(s)
      ? 'has a decimal comma; this file uses a decimal point'
      : 'is not a number';
  }
  if (!NUMBER_PATTERN.test(dotted)) return 'is not a number';
  const v = Number(dotted);
  if (!Number.isFinite(v)) return 'is not a number';
  if (whole && !Number.isInteger(v)) return 'is not a whole number';
  if (whole && !Number.isSafeInteger(v)) return 'is too large';
  return '';
}

function describeType(field: FieldSchema): string {
  switch (field.type) {
    case 'integer':
      return 'a whole number';
    case 'year':
      return 'a year';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true or false';
    default:
      return 'text';
  }
}

function needsTrim(s: string): boolean {
  const n = s.length;
  return n > 0 && (s.charCodeAt(0) <= 32 || s.charCodeAt(n - 1) <= 32);
}

function safeRegExp(pattern: string): RegExp | null {
  try {
    return new RegExp(`^(?:${pattern.replace(/^\^/, '').replace(/\$$/, '')})$`);
  } catch {
    return null;
  }
}

function toList(x: string[] | string | undefined): string[] {
  return x === undefined ? [] : Array.isArray(x) ? x : [x];
}
