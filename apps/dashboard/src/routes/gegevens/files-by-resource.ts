import type { FetchedDataset } from '$lib/db/fetch-dataset';
import type { DatasetBytes } from '$lib/own-data/import-messages';

/**
 * A dataset's files by resource, as the import worker takes them (it receives copies).
 * @param dataset a fetched dataset: its package and its files' bytes by path
 * @returns resource name → path and bytes, for every resource whose file was fetched
 * @example filesByResource(dataset).pupils // { path: 'pupils.csv', bytes: Uint8Array […] }
 */
export function filesByResource(dataset: Pick<FetchedDataset, 'pkg' | 'files'>): DatasetBytes {
  const out: DatasetBytes = {};
  for (const r of dataset.pkg.resources) {
    const bytes = dataset.files.get(r.path);
    if (bytes) out[r.name] = { path: r.path, bytes };
  }
  return out;
}
