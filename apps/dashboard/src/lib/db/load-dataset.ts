import { createTableFromCsv } from '$lib/sql';
import type { Connector } from './connector';
import type { DataPackage } from './datapackage';
import type { FetchedDataset } from './fetch-dataset';

/** Options of {@link loadDataset}. */
export interface LoadDatasetOptions {
  /** The dataset, fetched once by `fetchDataset`. */
  dataset: FetchedDataset;
  /** Names of the resources to load as tables. */
  resources: string[];
  /**
   * Whether to lock the connector afterwards (default `true`). Pass `false` when more tables are still
   * to come in the same DuckDB; whoever loads the last ones locks it.
   */
  lock?: boolean;
}

/**
 * Loads the named resources of a fetched dataset into tables of the same name, typed by their
 * schema. Then locks the connector, unless `lock: false`.
 * @param connector an open connector
 * @param options the fetched dataset and which resources to load
 * @returns the parsed `datapackage.json`
 * @example const pkg = await loadDataset(db, { dataset: await fetchDataset('./data/rotterdam'), resources: ['pupils'] });
 */
export async function loadDataset(
  connector: Connector,
  { dataset, resources, lock = true }: LoadDatasetOptions,
): Promise<DataPackage> {
  const { pkg, files, url } = dataset;
  const wanted = resources.map((name) => {
    const resource = pkg.resources.find((r) => r.name === name);
    if (!resource) throw new Error(`datapackage.json: resource "${name}" is missing`);
    return resource;
  });
  for (const resource of wanted) {
    const bytes = files.get(resource.path);
    if (!bytes) throw new Error(`${url}${resource.path}: not fetched`);
    const file = `${resource.name}.csv`;
    // DuckDB-wasm transfers the buffer to its worker (it is detached here afterwards): give it a copy,
    // so the model's worker can still be sent the same bytes.
    await connector.registerFile(file, bytes.slice());
    try {
      await connector.exec(createTableFromCsv(resource.name, file, resource.schema?.fields ?? []));
    } catch (error) {
      throw new Error(`${resource.path}: ${error instanceof Error ? error.message : error}`, {
        cause: error,
      });
    }
  }
  if (lock) await connector.lock();
  return pkg;
}
