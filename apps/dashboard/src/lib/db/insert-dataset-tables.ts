import type { DatasetColumns } from '$lib/model/dataset-columns';
import { datasetTableColumns } from '$lib/sql/dataset-table-columns';
import type { Connector } from './connector';
import type { DataPackage } from './datapackage';

/** Options of {@link insertDatasetTables}. */
export interface InsertDatasetTablesOptions {
  /** Names of the resources to load as tables. */
  resources: readonly string[];
  /** The dataset's `datapackage.json`: the Table Schema of each resource types its columns. */
  pkg: DataPackage;
}

/**
 * Loads resources of the dataset as the model's worker read it into tables of the same name, typed by
 * their Table Schema through the contract's `DUCKDB_TYPES`, as Arrow: the CSV files are parsed once, by
 * the worker.
 * @param connector an open connector (its schema receives the tables)
 * @param columns the dataset as columns (`CalibratedDataset.columns`)
 * @param options which resources to load, and the package that describes them
 * @returns once every table is in
 * @throws when a resource is not in the dataset
 * @example await insertDatasetTables(db, calibrated.columns, { resources: ['regions', 'pupils'], pkg });
 */
export async function insertDatasetTables(
  connector: Connector,
  columns: DatasetColumns,
  { resources, pkg }: InsertDatasetTablesOptions,
): Promise<void> {
  for (const name of resources) {
    const table = columns.resources[name];
    if (!table) throw new Error(`dataset: resource "${name}" is missing`);
    const fields = pkg.resources.find((r) => r.name === name)?.schema?.fields ?? [];
    await connector.insertColumns(name, datasetTableColumns(table, fields));
  }
}
