import type { ColumnTable } from 'arquero';

/** Results to write: an arquero table (e.g. `projection.table()`) or an array of row objects (e.g. `simulationSummary(sim)`). */
export type ResultsInput = ColumnTable | readonly Record<string, unknown>[];

/** A column of results with its inferred type; missing values are `null`. */
export interface ResultsColumn {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean';
  values: (string | number | boolean | null)[];
}

function missing(v: unknown): boolean {
  return v == null || (typeof v === 'number' && Number.isNaN(v));
}

function typed(name: string, raw: ArrayLike<unknown>): ResultsColumn {
  const present: unknown[] = [];
  for (let i = 0; i < raw.length; i++) if (!missing(raw[i])) present.push(raw[i]);
  const numeric = present.every((v) => typeof v === 'number' || typeof v === 'bigint');
  if (numeric) {
    const values = Array.from(raw, (v) => (missing(v) ? null : Number(v)));
    const whole = values.every((v) => v === null || (Number.isInteger(v) && Math.abs(v) < 2 ** 31));
    return { name, type: whole && present.length > 0 ? 'integer' : 'number', values };
  }
  if (present.every((v) => typeof v === 'boolean'))
    return { name, type: 'boolean', values: Array.from(raw, (v) => (missing(v) ? null : (v as boolean))) };
  const text = (v: unknown) => (v instanceof Date ? v.toISOString() : String(v));
  return { name, type: 'string', values: Array.from(raw, (v) => (missing(v) ? null : text(v))) };
}

/**
 * The columns of a results table, each with one type (string, integer, number or boolean).
 * @param table arquero table or array of row objects (columns: the keys in order of first appearance)
 * @returns the columns
 * @example
 * resultsColumns([{ year: 2030, value: 1.5 }]); // → [{ name: 'year', type: 'integer', … }, { name: 'value', type: 'number', … }]
 */
export function resultsColumns(table: ResultsInput): ResultsColumn[] {
  if (Array.isArray(table)) {
    const rows = table as readonly Record<string, unknown>[];
    const names: string[] = [];
    const seen = new Set<string>();
    for (const row of rows)
      for (const key of Object.keys(row))
        if (!seen.has(key)) {
          seen.add(key);
          names.push(key);
        }
    return names.map((name) =>
      typed(
        name,
        rows.map((r) => r[name]),
      ),
    );
  }
  const t = table as ColumnTable;
  if (typeof t.columnNames !== 'function')
    throw new Error(`results: expected an arquero table or an array of row objects, got ${typeof table}`);
  return t.columnNames().map((name) => typed(name, t.array(name) as ArrayLike<unknown>));
}
