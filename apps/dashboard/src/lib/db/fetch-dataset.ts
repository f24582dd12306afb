import type { DataPackage } from './datapackage';

/** A dataset fetched once from the site: its `datapackage.json` and the bytes of every resource file. */
export interface FetchedDataset {
  /** The dataset folder, ending in `/`. */
  url: string;
  /** The parsed `datapackage.json`. */
  pkg: DataPackage;
  /** The bytes of each resource file, by its `path` in the package. */
  files: Map<string, Uint8Array>;
}

/** Options of {@link fetchDataset}. */
export interface FetchDatasetOptions {
  /** The fetch to use; the page passes the browser's own. */
  fetch?: typeof fetch;
}

/**
 * Fetches a dataset's `datapackage.json` and then all its resource files in parallel, once, so that
 * DuckDB (the page's tables) and the model's worker read the same bytes.
 * @param url the dataset folder (holding `datapackage.json`), relative to the page or absolute
 * @param options the fetch to use
 * @returns the package and the bytes of every resource
 * @throws naming the URL and the HTTP status when a file cannot be fetched
 * @example const dataset = await fetchDataset('./data/rotterdam');
 */
export function fetchDataset(url: string, options: FetchDatasetOptions = {}): Promise<FetchedDataset> {
  // With the browser's fetch, a dataset is fetched once per page visit, however many parts of the
  // site (DuckDB, the baseline's worker, the pages' model) ask for it; callers copy the bytes they hand on.
  if (options.fetch) return fetchOnce(url, options.fetch);
  let pending = shared.get(url);
  if (!pending) shared.set(url, (pending = fetchOnce(url, fetch)));
  return pending;
}

const shared = new Map<string, Promise<FetchedDataset>>();

async function fetchOnce(url: string, fetchFn: typeof fetch): Promise<FetchedDataset> {
  const folder = url.endsWith('/') ? url : `${url}/`;
  const pkg = (await fetchOk(fetchFn, `${folder}datapackage.json`).then((r) => r.json())) as DataPackage;
  if (!Array.isArray(pkg?.resources)) throw new Error(`${folder}datapackage.json: no resources`);
  const paths = [...new Set(pkg.resources.map((resource) => resource.path))];
  const bytes = await Promise.all(
    paths.map(
      async (path) => new Uint8Array(await (await fetchOk(fetchFn, `${folder}${path}`)).arrayBuffer()),
    ),
  );
  return { url: folder, pkg, files: new Map(paths.map((path, i) => [path, bytes[i]])) };
}

async function fetchOk(fetchFn: typeof fetch, url: string): Promise<Response> {
  const response = await fetchFn(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status} ${response.statusText}`);
  return response;
}
