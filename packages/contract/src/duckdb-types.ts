/**
 * The DuckDB column type of each Table Schema type (the contract's, plus `year` and `date` that a dataset's own
 * schema may use): the dashboard's DuckDB tables of a dataset take their column types from it, so identifiers
 * such as `01` stay text.
 * @example
 * DUCKDB_TYPES.integer; // → 'BIGINT'
 */
export const DUCKDB_TYPES: Readonly<Record<string, string>> = {
  string: 'VARCHAR',
  integer: 'BIGINT',
  number: 'DOUBLE',
  boolean: 'BOOLEAN',
  year: 'INTEGER',
  date: 'DATE',
};
