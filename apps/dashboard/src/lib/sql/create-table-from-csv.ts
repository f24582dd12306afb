import { DUCKDB_TYPES } from '@opgave/contract';
import { quoteIdentifier, quoteLiteral } from './identifiers';

/** A Table Schema field as it appears in `datapackage.json`. */
export interface SchemaField {
  name: string;
  type: string;
}

/**
 * Builds the statement that loads one CSV resource into a table, with every column typed as its
 * Table Schema says (so identifiers such as `01` stay text and no type is guessed).
 * @param table name of the table to create
 * @param file name the CSV file was registered under
 * @param fields the resource's schema fields; unknown types are left to DuckDB's detection
 * @returns a `CREATE TABLE … AS SELECT * FROM read_csv(…)` statement
 * @example createTableFromCsv('pupils', 'pupils.csv', [{ name: 'year', type: 'integer' }])
 */
export function createTableFromCsv(table: string, file: string, fields: SchemaField[]): string {
  const types = fields
    .filter((field) => field.type in DUCKDB_TYPES)
    .map((field) => `${quoteLiteral(field.name)}: ${quoteLiteral(DUCKDB_TYPES[field.type])}`)
    .join(', ');
  const options = [
    'header = true',
    "delim = ','",
    "quote = '\"'",
    "nullstr = ''",
    ...(types ? [`types = {${types}}`] : []),
  ].join(', ');
  return `CREATE OR REPLACE TABLE ${quoteIdentifier(table)} AS SELECT * FROM read_csv(${quoteLiteral(file)}, ${options})`;
}
