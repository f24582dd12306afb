import type { FetchedDataset } from '$lib/db';
import type { OwnTable } from '$lib/own-data/own-table';
import { siteDb } from './site-db.svelte';
import { siteModel } from './site-model.svelte';

/**
 * Puts a dataset in use for every page: ends the visit's DuckDB (it is locked once loaded) and computes
 * the model again; pages load their tables into a fresh DuckDB as they need them.
 * @param dataset the complete dataset
 * @param ownTables the reader's tables in it, or null for the built-in data
 * @returns once the old DuckDB is gone and the model has started
 * @example await switchDataset(withOwnTables(builtin, tables), tables);
 */
export async function switchDataset(dataset: FetchedDataset, ownTables: OwnTable[] | null): Promise<void> {
  await siteDb.reset();
  siteModel.useDataset(dataset, ownTables);
}
