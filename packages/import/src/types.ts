/** A cell as read from a file, before validation: text from CSV, text or number from XLSX and Parquet. */
export type CellValue = string;

/**
 * A table as read from a file: the header and one array of strings per column (a columnar layout keeps a
 * million rows cheap). `rowNumbers[i]` is the row the user sees for data row `i` (the header is row 1).
 */
export interface RawTable {
  /** Column names as written in the file (trimmed). */
  header: string[];
  /** `columns[c][i]` is the text of column `c` in data row `i`; an empty string is a missing value. */
  columns: string[][];
  /** Number of data rows. */
  rowCount: number;
  /** Row number in the file of each data row (header = 1); CSV counts physical lines. */
  rowNumbers: Int32Array;
}

/** How bad a problem is: errors block an import, warnings do not. */
export type Severity = 'error' | 'warning';

/** One problem found while reading or validating a file. */
export interface Problem {
  /** File name as given by the user. */
  file: string;
  /** Row as the user sees it (header = 1); 0 when the problem concerns the whole file. */
  row: number;
  /** Column name (as in the file, or the template's name when the column is missing); '' for none. */
  column: string;
  /** The offending value as text; '' when there is none. */
  value: string;
  /** What was expected, in a few words ("a whole number", "at least 0", "a known board_id"). */
  expected: string;
  severity: Severity;
  /** The whole sentence: `pupils.csv row 17, column pupils: "12,5" is not a whole number`. */
  message: string;
}

/** Errors and warnings of one file; `truncated` counts problems left out beyond `maxProblems`. */
export interface ValidationReport {
  file: string;
  errors: Problem[];
  warnings: Problem[];
  /** Number of further problems that were counted but not listed. */
  truncated: number;
}

/** Frictionless Table Schema field types that Opgave uses. */
export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'year';

/** A Frictionless Table Schema field (the subset Opgave uses). */
export interface FieldSchema {
  name: string;
  type: FieldType;
  title?: string;
  description?: string;
  unit?: string;
  constraints?: {
    required?: boolean;
    unique?: boolean;
    minimum?: number;
    maximum?: number;
    enum?: (string | number)[];
    pattern?: string;
    minLength?: number;
    maxLength?: number;
  };
}

/** A Frictionless foreign key. */
export interface ForeignKeySchema {
  fields: string[] | string;
  reference: { resource: string; fields: string[] | string };
}

/** A Frictionless Table Schema. */
export interface TableSchema {
  fields: FieldSchema[];
  primaryKey?: string[] | string;
  foreignKeys?: ForeignKeySchema[];
  missingValues?: string[];
}

/** A typed column: numbers as Float64Array (NaN = missing), strings and booleans as arrays with null. */
export type TypedColumn = Float64Array | (string | null)[] | (boolean | null)[];

/** Where a table came from. */
export interface Provenance {
  /** File name as given. */
  file: string;
  /** ISO timestamp of the import. */
  importedAt: string;
  /** SHA-256 of the file's bytes, lowercase hex. */
  sha256: string;
  /** `json` only for DUO's JSON (its open-data API). */
  format: 'csv' | 'xlsx' | 'parquet' | 'json';
  /** Text encoding of a CSV file; null for binary formats. */
  encoding: 'utf-8' | 'windows-1252' | null;
  /** CSV delimiter; null for binary formats. */
  delimiter: string | null;
  /** Decimal separator a CSV file used; null for binary formats. */
  decimal: '.' | ',' | null;
  /** XLSX sheet that was read; null otherwise. */
  sheet: string | null;
  /** Number of data rows. */
  rows: number;
}

/** A validated, typed table: one column per schema field, in schema order, plus its provenance. */
export interface ImportedTable {
  /** Resource name (`pupils`), or the schema's name when a custom schema was used. */
  name: string;
  rowCount: number;
  /** Column name → typed values. Hand it to `arquero.table(columns)` or use {@link toRows}. */
  columns: Record<string, TypedColumn>;
  provenance: Provenance;
}
