import type { FetchedDataset } from '$lib/db';
import type { OwnTable } from '$lib/own-data/own-table';
import type { DataSource } from '$lib/site/data-source';
import { siteDb } from './site-db.svelte';
import { siteModel } from './site-model.svelte';

/**
 * Puts a dataset in use for every page: ends the visit's DuckDB (it is locked once loaded) and computes
 * the model again; pages load their tables into a fresh DuckDB as they need them.
 * @param dataset the complete dataset
 * @param ownTables the reader's tables in it, or null for the built-in data
 * @param source its base dataset (default: the one in use)
 * @returns once the old DuckDB is gone and the model has started
 * @example await switchDataset(withOwnTables(builtin, tables), tables);
 */
export async function switchDataset(
  dataset: FetchedDataset,
  ownTables: OwnTable[] | null,
  source: DataSource = siteModel.source,
): Promise<void> {
  await siteDb.reset();
  siteModel.useDataset(dataset, ownTables, source);
}
