/** A column type of the contract (Frictionless Table Schema types). */
export type FieldType = 'string' | 'integer' | 'number' | 'boolean';

/** Frictionless field constraints the contract uses. */
export interface FieldConstraints {
  readonly required?: boolean;
  readonly unique?: boolean;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly enum?: readonly string[];
  readonly pattern?: string;
}

/** One column of a resource. */
export interface FieldDef {
  readonly name: string;
  readonly type: FieldType;
  readonly description: string;
  readonly unit?: string;
  readonly constraints?: FieldConstraints;
  /** Decimal places written for `number` fields (the CSV format, not part of the Table Schema). */
  readonly decimals?: number;
  /** False for a column the model accepts but does not read (its row property is optional). */
  readonly modelReads?: boolean;
}

/** A foreign key: these fields reference the fields of another resource. */
export interface ForeignKeyDef {
  readonly fields: readonly string[];
  readonly reference: { readonly resource: string; readonly fields: readonly string[] };
}

/** One resource (table) of the contract. */
export interface TableDef {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly fields: readonly FieldDef[];
  readonly primaryKey: readonly string[];
  readonly foreignKeys: readonly ForeignKeyDef[];
}
