import { tableDef, type ResourceName } from './resources.js';
import type { FieldType } from './types.js';

/** A Frictionless Table Schema field as written to datapackage.json. */
export interface SchemaField {
  name: string;
  type: FieldType;
  trueValues?: string[];
  falseValues?: string[];
  description?: string;
  unit?: string;
  constraints?: {
    required?: boolean;
    unique?: boolean;
    minimum?: number;
    maximum?: number;
    enum?: string[];
    pattern?: string;
  };
}

/** A Frictionless Table Schema as written to datapackage.json. */
export interface TableSchema {
  fields: SchemaField[];
  missingValues: string[];
  primaryKey: string[];
  foreignKeys: { fields: string[]; reference: { resource: string; fields: string[] } }[];
}

/**
 * The Frictionless Table Schema of a resource, derived from the contract (a fresh object on every call).
 * Key order is that of datapackage.json, so the JSON text is stable.
 * @param name the resource
 * @returns its Table Schema
 * @example
 * tableSchema('pupils').primaryKey; // → ['location_id', 'year']
 */
export function tableSchema(name: ResourceName): TableSchema {
  const table = tableDef(name);
  return {
    fields: table.fields.map((f) => ({
      name: f.name,
      type: f.type,
      ...(f.type === 'boolean' ? { trueValues: ['true'], falseValues: ['false'] } : {}),
      description: f.description,
      ...(f.unit ? { unit: f.unit } : {}),
      ...(f.constraints
        ? {
            constraints: {
              ...f.constraints,
              enum: f.constraints.enum && [...f.constraints.enum],
            } as SchemaField['constraints'],
          }
        : {}),
    })),
    missingValues: [''],
    primaryKey: [...table.primaryKey],
    foreignKeys: table.foreignKeys.map((k) => ({
      fields: [...k.fields],
      reference: { resource: k.reference.resource, fields: [...k.reference.fields] },
    })),
  };
}
