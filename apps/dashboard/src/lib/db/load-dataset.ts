import { createTableFromCsv } from '$lib/sql';
import type { Connector } from './connector';
import type { DataPackage } from './datapackage';

/** Options of {@link loadDataset}. */
export interface LoadDatasetOptions {
  /** URL of the dataset folder (holding `datapackage.json`), relative to the page or absolute. */
  url: string;
  /** Names of the resources to load as tables. */
  resources: string[];
  /** The fetch to use; the page passes the browser's own. */
  fetch?: typeof fetch;
}

/**
 * Reads a dataset's `datapackage.json`, fetches the named CSV resources from the same folder and
 * loads each into a table of the same name, typed by its schema. Then locks the connector.
 * @param connector an open connector
 * @param options where the dataset is and which resources to load
 * @returns the parsed `datapackage.json`
 * @example const pkg = await loadDataset(db, { url: './data/rotterdam', resources: ['pupils'] });
 */
export async function loadDataset(
  connector: Connector,
  { url, resources, fetch: fetchFn = fetch }: LoadDatasetOptions,
): Promise<DataPackage> {
  const folder = url.endsWith('/') ? url : `${url}/`;
  const pkg = (await fetchOk(fetchFn, `${folder}datapackage.json`).then((r) => r.json())) as DataPackage;
  const wanted = resources.map((name) => {
    const resource = pkg.resources.find((r) => r.name === name);
    if (!resource) throw new Error(`datapackage.json: resource "${name}" is missing`);
    return resource;
  });
  const files = await Promise.all(
    wanted.map(async (resource) => {
      const response = await fetchOk(fetchFn, `${folder}${resource.path}`);
      return new Uint8Array(await response.arrayBuffer());
    }),
  );
  for (const [i, resource] of wanted.entries()) {
    const file = `${resource.name}.csv`;
    await connector.registerFile(file, files[i]);
    try {
      await connector.exec(createTableFromCsv(resource.name, file, resource.schema?.fields ?? []));
    } catch (error) {
      throw new Error(`${resource.path}: ${error instanceof Error ? error.message : error}`, {
        cause: error,
      });
    }
  }
  await connector.lock();
  return pkg;
}

async function fetchOk(fetchFn: typeof fetch, url: string): Promise<Response> {
  const response = await fetchFn(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status} ${response.statusText}`);
  return response;
}
