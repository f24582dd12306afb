/**
 * A small, independent validator of CSV files against Frictionless Table Schemas: header, types,
 * constraints, primary-key uniqueness and foreign keys. Written for the tests; it does not use the
 * generator's own table definitions, only datapackage.json.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DATA_DIR = fileURLToPath(new URL('../../../../data/rotterdam/', import.meta.url));

interface SchemaField {
  name: string;
  type: string;
  constraints?: {
    required?: boolean;
    minimum?: number;
    maximum?: number;
    enum?: string[];
    pattern?: string;
  };
}
interface Resource {
  name: string;
  path: string;
  schema: {
    fields: SchemaField[];
    primaryKey: string[];
    foreignKeys: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  };
}
export interface Descriptor {
  profile: string;
  name: string;
  description: string;
  opgave: {
    synthetic: boolean;
    history_start: number;
    history_end: number;
    seed: number;
    generator_version: string;
  };
  resources: Resource[];
}

/** Parses CSV text (RFC 4180 quoting, `\n` line ends) into rows of strings. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** Reads a CSV as an array of objects keyed by header. */
export function readTable(name: string, dir = DATA_DIR): Record<string, string>[] {
  const [header, ...rows] = parseCsv(readFileSync(join(dir, `${name}.csv`), 'utf8'));
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

export function readDescriptor(dir = DATA_DIR): Descriptor {
  return JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8')) as Descriptor;
}

const INTEGER = /^-?(0|[1-9][0-9]*)$/;
const NUMBER = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?$/;

/**
 * Validates one resource's CSV against its schema.
 * @returns error messages naming file, row and column (empty when valid)
 */
export function validateResource(resource: Resource, dir = DATA_DIR): string[] {
  const errors: string[] = [];
  const text = readFileSync(join(dir, resource.path), 'utf8');
  if (text.charCodeAt(0) === 0xfeff) errors.push(`${resource.path}: starts with a BOM`);
  if (text.includes('\r')) errors.push(`${resource.path}: contains \\r`);
  if (!text.endsWith('\n')) errors.push(`${resource.path}: does not end with a newline`);
  const [header, ...rows] = parseCsv(text);
  const fields = resource.schema.fields;
  const names = fields.map((f) => f.name);
  if (header.join(',') !== names.join(','))
    errors.push(`${resource.path}: header ${header.join(',')} ≠ ${names.join(',')}`);
  const keyIndex = resource.schema.primaryKey.map((k) => names.indexOf(k));
  const seen = new Set<string>();
  // rows must come in primary-key order: enum fields by their listed order, integers numerically,
  // other strings by code unit
  const compareKeys = (a: string[], b: string[]) => {
    for (const i of keyIndex) {
      const f = fields[i];
      const en = f.constraints?.enum;
      const x: number | string = en ? en.indexOf(a[i]) : f.type === 'integer' ? Number(a[i]) : a[i];
      const y: number | string = en ? en.indexOf(b[i]) : f.type === 'integer' ? Number(b[i]) : b[i];
      if (x < y) return -1;
      if (x > y) return 1;
    }
    return 0;
  };
  let unsorted = 0;
  rows.forEach((row, r) => {
    const where = (c: number) => `${resource.path} row ${r + 2}, column ${names[c]}`;
    if (row.length !== fields.length) {
      errors.push(`${resource.path} row ${r + 2}: ${row.length} cells for ${fields.length} columns`);
      return;
    }
    fields.forEach((f, c) => {
      const v = row[c];
      const k = f.constraints ?? {};
      if (v === '') {
        if (k.required) errors.push(`${where(c)}: missing required value`);
        return;
      }
      if (f.type === 'integer' && !INTEGER.test(v)) errors.push(`${where(c)}: "${v}" is not a whole number`);
      if (f.type === 'number' && !NUMBER.test(v)) errors.push(`${where(c)}: "${v}" is not a plain decimal`);
      if (f.type === 'number' && v === '-0') errors.push(`${where(c)}: negative zero`);
      if (f.type === 'boolean' && v !== 'true' && v !== 'false')
        errors.push(`${where(c)}: "${v}" is not true/false`);
      if (f.type === 'integer' || f.type === 'number') {
        const x = Number(v);
        if (k.minimum !== undefined && x < k.minimum) errors.push(`${where(c)}: ${v} < minimum ${k.minimum}`);
        if (k.maximum !== undefined && x > k.maximum) errors.push(`${where(c)}: ${v} > maximum ${k.maximum}`);
      }
      if (k.enum && !k.enum.includes(v)) errors.push(`${where(c)}: "${v}" not in ${k.enum.join('|')}`);
      if (k.pattern && !new RegExp(`^(?:${k.pattern})$`).test(v))
        errors.push(`${where(c)}: "${v}" does not match ${k.pattern}`);
    });
    if (r > 0 && rows[r - 1].length === row.length && compareKeys(rows[r - 1], row) > 0 && unsorted++ < 3)
      errors.push(`${resource.path} row ${r + 2}: not in primary-key order`);
    const key = keyIndex.map((i) => row[i]).join('|');
    if (seen.has(key))
      errors.push(`${resource.path} row ${r + 2}: duplicate primary key ${key.replace(/\|/g, ',')}`);
    seen.add(key);
  });
  return errors.slice(0, 20);
}

/**
 * Checks every foreign key of every resource; empty values are skipped (Frictionless semantics).
 * @returns error messages (empty when all resolve)
 */
export function validateForeignKeys(descriptor: Descriptor, dir = DATA_DIR): string[] {
  const errors: string[] = [];
  const cache = new Map<string, Record<string, string>[]>();
  const rowsOf = (name: string) => {
    let rows = cache.get(name);
    if (!rows) {
      rows = readTable(name, dir);
      cache.set(name, rows);
    }
    return rows;
  };
  for (const resource of descriptor.resources) {
    for (const fk of resource.schema.foreignKeys) {
      const target = new Set(
        rowsOf(fk.reference.resource).map((r) => fk.reference.fields.map((f) => r[f]).join('|')),
      );
      let missing = 0;
      for (const row of rowsOf(resource.name)) {
        const values = fk.fields.map((f) => row[f]);
        if (values.some((v) => v === '')) continue;
        if (!target.has(values.join('|'))) {
          if (missing++ < 5)
            errors.push(
              `${resource.name}.${fk.fields.join('+')} = ${values.join(',')} has no match in ${fk.reference.resource}`,
            );
        }
      }
    }
  }
  return errors;
}
