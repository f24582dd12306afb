import type { Dataset } from '../schema/types.js';
import type { DataPackageDescriptor } from './dataset-from-package.js';
import { datasetFromPackage } from './dataset-from-package.js';

/** Where loadDatasetFromUrls finds a dataset: the URL of its `datapackage.json`, and the fetch to use. */
export interface DatasetUrlOptions {
  /** URL of the `datapackage.json`; relative URLs resolve against the page (`location.href`). */
  datapackage: string | URL;
  /** The fetch function (default `globalThis.fetch`), e.g. one that adds headers or reads from a cache. */
  fetch?: (
    url: string,
  ) => Promise<{ ok: boolean; status: number; statusText: string; text(): Promise<string> }>;
}

function absoluteUrl(url: string | URL): URL {
  if (url instanceof URL) return url;
  const page = (globalThis as { location?: { href?: string } }).location?.href;
  try {
    return new URL(url, page);
  } catch {
    throw new Error(
      `loadDatasetFromUrls: "${url}" is not an absolute URL (outside a web page, give a full URL)`,
    );
  }
}

/**
 * Read a dataset over HTTP: its `datapackage.json` and the CSV files it lists, resolved against it (browser,
 * Deno, Node 18+: only `fetch` is used). A base URL means the folder that holds `datapackage.json`.
 * @param source the folder's URL (`https://example.org/data/rotterdam/`), the URL of a `.json` descriptor, or options
 * @returns the normalised dataset
 * @example
 * const data = await loadDatasetFromUrls('/data/rotterdam/');
 * const viaProxy = await loadDatasetFromUrls({ datapackage: '/data/rotterdam/datapackage.json', fetch: myFetch });
 */
export async function loadDatasetFromUrls(source: string | URL | DatasetUrlOptions): Promise<Dataset> {
  const options: DatasetUrlOptions =
    typeof source === 'string' || source instanceof URL ? { datapackage: source } : source;
  let url = absoluteUrl(options.datapackage);
  if (!url.pathname.endsWith('.json')) {
    url = new URL(url.pathname.endsWith('/') ? 'datapackage.json' : `${url.pathname}/datapackage.json`, url);
  }
  const fetchText = async (target: URL): Promise<string> => {
    const doFetch = options.fetch ?? ((u: string) => globalThis.fetch(u));
    let response: Awaited<ReturnType<NonNullable<DatasetUrlOptions['fetch']>>>;
    try {
      response = await doFetch(target.href);
    } catch (error) {
      throw new Error(`${target.href}: cannot be fetched (${(error as Error).message})`, { cause: error });
    }
    if (!response.ok)
      throw new Error(`${target.href}: HTTP ${response.status} ${response.statusText}`.trimEnd());
    return response.text();
  };
  const text = await fetchText(url);
  let descriptor: DataPackageDescriptor;
  try {
    descriptor = JSON.parse(text) as DataPackageDescriptor;
  } catch (error) {
    throw new Error(`${url.href}: not a JSON data package (${(error as Error).message})`, { cause: error });
  }
  return datasetFromPackage(descriptor, (path) => fetchText(new URL(path, url)));
}
