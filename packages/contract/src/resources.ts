import { TABLES } from './tables.js';
import type { FieldType, TableDef } from './types.js';

/** Name of a resource of the contract. */
export type ResourceName = (typeof TABLES)[number]['name'];

/**
 * Resource names in contract order (every foreign key points backwards).
 * @example
 * RESOURCE_NAMES.length; // → 18
 */
export const RESOURCE_NAMES: readonly ResourceName[] = TABLES.map((t) => t.name);

const byName: ReadonlyMap<string, TableDef> = new Map(TABLES.map((t) => [t.name, t]));

/**
 * The contract's definition of one resource.
 * @param name the resource
 * @returns its table definition
 * @example
 * tableDef('pupils').primaryKey; // → ['location_id', 'year']
 */
export function tableDef(name: ResourceName): TableDef {
  const table = byName.get(name);
  if (!table)
    throw new Error(`tableDef: unknown resource "${name}"; expected one of ${RESOURCE_NAMES.join(', ')}`);
  return table;
}

function columnsWhere(read: boolean): Record<ResourceName, Record<string, FieldType>> {
  const out = {} as Record<ResourceName, Record<string, FieldType>>;
  for (const t of TABLES)
    out[t.name] = Object.fromEntries(
      t.fields.filter((f) => ('modelReads' in f ? f.modelReads : true) === read).map((f) => [f.name, f.type]),
    );
  return out;
}

/**
 * The column types of every resource that the model reads.
 * @example
 * RESOURCE_COLUMNS.workforce.fte; // → 'number'
 */
export const RESOURCE_COLUMNS: Record<ResourceName, Record<string, FieldType>> = columnsWhere(true);

/**
 * Columns the model accepts but does not read, per resource; used when a resource has no Table Schema (with
 * one, the schema's fields are accepted).
 * @example
 * RESOURCE_OPTIONAL_COLUMNS.locations; // → ['municipality_code', 'municipality', 'latitude', 'longitude']
 */
export const RESOURCE_OPTIONAL_COLUMNS: Partial<Record<ResourceName, readonly string[]>> = Object.fromEntries(
  Object.entries(columnsWhere(false))
    .filter(([, columns]) => Object.keys(columns).length > 0)
    .map(([name, columns]) => [name, Object.keys(columns)]),
);
