import { DUCKDB_TYPES } from '@opgave/contract';
import { COLUMN_SQL_TYPES, type ColumnData, type ColumnType } from '$lib/db/connector';
import type { DatasetColumn, ResourceColumns } from '$lib/model/dataset-columns';

/** A field of a resource's Table Schema, as `datapackage.json` gives it. */
export interface SchemaField {
  name: string;
  type: string;
}

/**
 * The kind of column a DuckDB type is loaded as.
 * @param sqlType a DuckDB type such as `BIGINT`
 * @returns its kind
 * @throws when no kind of column is created as that type
 * @example columnTypeOfSql(DUCKDB_TYPES.integer) // → 'bigint'
 */
export function columnTypeOfSql(sqlType: string): ColumnType {
  const type = (Object.keys(COLUMN_SQL_TYPES) as ColumnType[]).find((t) => COLUMN_SQL_TYPES[t] === sqlType);
  if (!type) throw new Error(`columnTypeOfSql: no column is loaded as ${sqlType}`);
  return type;
}

/**
 * The kind of a column: its Table Schema's type as the contract's `DUCKDB_TYPES` makes it, else (no schema,
 * or a type no kind of column is loaded as, such as `date`) what its values are.
 */
function columnTypeOf(column: DatasetColumn, fields: readonly SchemaField[]): ColumnType {
  const sqlType = DUCKDB_TYPES[fields.find((f) => f.name === column.name)?.type ?? ''];
  const kinds = Object.values(COLUMN_SQL_TYPES);
  if (sqlType && kinds.includes(sqlType)) return columnTypeOfSql(sqlType);
  if (column.kind === 'number') return 'number';
  return column.dictionary.every((v) => v === null || typeof v === 'boolean') ? 'boolean' : 'string';
}

/** A value as its kind of column holds it; anything else is missing. */
function cast(type: ColumnType, value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (type === 'string') return String(value);
  if (type === 'boolean') return typeof value === 'boolean' ? value : null;
  // A `year` of a dataset's own schema is read as text by the model.
  if (typeof value === 'number') return value;
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
  return Number.isNaN(number) ? null : number;
}

/**
 * A resource of the dataset the model's worker read (`datasetToColumns`) as the columns of its DuckDB
 * table: the same names, in the same order, each of the type `read_csv` gave it with the resource's Table
 * Schema (through the contract's `DUCKDB_TYPES`: `integer` is BIGINT, `boolean` BOOLEAN, …). No CSV is
 * parsed again. The schema is the one in `datapackage.json`, which the contract writes (`tableSchema`):
 * taking the types from the contract's `TABLES` here would add its 3 kB (gzip) to the page's JavaScript.
 * @param table the resource's rows as columns
 * @param fields its Table Schema's fields
 * @returns the columns, for `connector.insertColumns`
 * @example await db.insertColumns('pupils', datasetTableColumns(columns.resources.pupils, pupilsSchema.fields));
 */
export function datasetTableColumns(table: ResourceColumns, fields: readonly SchemaField[]): ColumnData[] {
  return table.columns.map((column) => {
    const type = columnTypeOf(column, fields);
    let values: (string | number | boolean | null)[];
    if (column.kind === 'number') values = Array.from(column.values, (value) => cast(type, value));
    else {
      const dictionary = column.dictionary.map((value) => cast(type, value));
      // A code past the dictionary's end is a row without the field: missing.
      values = Array.from(column.codes, (code) => dictionary[code] ?? null);
    }
    return { name: column.name, type, values } as ColumnData;
  });
}
