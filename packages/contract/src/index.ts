/**
 * @opgave/contract — the table contract of an Opgave dataset, defined once. The Frictionless Table Schemas,
 * the row types, the DuckDB column types and docs/data.md's table are derived from it. No dependencies:
 * runs unchanged in browsers, Node and Deno.
 */
export {
  AGE_BANDS,
  CONTRACT_YEARS,
  FORECAST_VARIANTS,
  HIRE_SOURCES,
  INSTITUTE_TYPES,
  LEAVER_REASONS,
  SECTORS,
} from './codes.js';
export type { AgeBand, HireSource, LeaverReason, Sector } from './codes.js';
export type { FieldConstraints, FieldDef, FieldType, ForeignKeyDef, TableDef } from './types.js';
export { TABLES } from './tables.js';
export { RESOURCE_COLUMNS, RESOURCE_NAMES, RESOURCE_OPTIONAL_COLUMNS, tableDef } from './resources.js';
export type { ResourceName } from './resources.js';
export { tableSchema } from './table-schema.js';
export type { SchemaField, TableSchema } from './table-schema.js';
export type { RowOf } from './row-types.js';
export { dataDocTable } from './data-doc-table.js';
export { csvField, csvRecord, formatCsv } from './format-csv.js';
export type { CsvFormatOptions } from './format-csv.js';
export { tokeniseCsv } from './tokenise-csv.js';
export type { CsvStructureProblem, CsvTokens, TokeniseCsvOptions } from './tokenise-csv.js';
