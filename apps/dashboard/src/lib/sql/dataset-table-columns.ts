import { DUCKDB_TYPES, RESOURCE_NAMES, tableDef, type ResourceName } from '@opgave/contract';
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

/** The DuckDB type of a column: the contract's, else its Table Schema's, else what its values are. */
function sqlTypeOf(resource: string, column: DatasetColumn, fields: readonly SchemaField[]): string {
  const contract = (RESOURCE_NAMES as readonly string[]).includes(resource)
    ? tableDef(resource as ResourceName).fields.find((f) => f.name === column.name)
    : undefined;
  const type = contract?.type ?? fields.find((f) => f.name === column.name)?.type;
  if (type && type in DUCKDB_TYPES) return DUCKDB_TYPES[type];
  if (column.kind === 'number') return DUCKDB_TYPES.number;
  const booleans = column.dictionary.every((v) => v === null || typeof v === 'boolean');
  return booleans ? DUCKDB_TYPES.boolean : DUCKDB_TYPES.string;
}

/** A value as its kind of column holds it; anything else is missing. */
function cast(type: ColumnType, value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (type === 'string') return String(value);
  if (type === 'boolean') return typeof value === 'boolean' ? value : null;
  return typeof value === 'number' ? value : null;
}

/**
 * A resource of the dataset the model's worker read (`datasetToColumns`) as the columns of its DuckDB
 * table: the same names, in the same order, each of the type `read_csv` gave it with the Table Schema
 * (the contract's `DUCKDB_TYPES`: `integer` is BIGINT, `boolean` BOOLEAN, …). No CSV is parsed again.
 * @param resource the resource's name, e.g. `pupils`
 * @param table its rows as columns
 * @param fields its Table Schema's fields, for a column the contract does not have
 * @returns the columns, for `connector.insertColumns`
 * @example await db.insertColumns('pupils', datasetTableColumns('pupils', calibrated.columns.resources.pupils));
 */
export function datasetTableColumns(
  resource: string,
  table: ResourceColumns,
  fields: readonly SchemaField[] = [],
): ColumnData[] {
  return table.columns.map((column) => {
    const type = columnTypeOfSql(sqlTypeOf(resource, column, fields));
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
