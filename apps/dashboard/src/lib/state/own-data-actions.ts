import type { OwnTable } from '$lib/own-data/own-table';
import type { DataSource } from '$lib/site/data-source';
import { hasStoredOwnData } from '$lib/own-data/stored-flag';
import { mergeOwnTables, withOwnTables } from '$lib/own-data/with-own-tables';
import { siteModel } from './site-model.svelte';
import { switchDataset } from './switch-dataset';

async function builtinDataset() {
  if (!siteModel.builtin) throw new Error('the site model has not started');
  return siteModel.builtin;
}

/**
 * Puts the reader's validated tables in use beside the tables already in use (a new table of the same
 * resource replaces the old one); keeps them in this browser only when `persist` is set, and otherwise
 * removes what an earlier visit kept. With `source`, they go on that base dataset instead (the DUO route
 * puts real pupils on the real-data set), replacing the own tables of the other base.
 * @param tables the tables just validated
 * @param options `persist`: keep them in IndexedDB; `source`: the base dataset they were checked against
 * @returns the tables now in use
 * @example await useOwnTables(validation.tables, { persist: false });
 */
export async function useOwnTables(
  tables: readonly OwnTable[],
  { persist, source = siteModel.source }: { persist: boolean; source?: DataSource },
) {
  const current = source === siteModel.source ? (siteModel.ownTables ?? []) : [];
  const merged = mergeOwnTables(current, tables);
  await switchDataset(withOwnTables(await siteModel.base(source), merged), merged, source);
  const store = await import('$lib/own-data/own-data-store');
  if (persist) await store.saveOwnData(merged, source);
  else if (hasStoredOwnData()) await store.forgetOwnData();
  return merged;
}

/**
 * Opens another base dataset for every page: the synthetic example or the real-data set (real DUO pupils,
 * the other tables estimated). Own tables in use belong to the old base and are put aside (what this
 * browser keeps is left alone); the choice is kept in this browser.
 * @param source the base dataset to use
 * @returns once the model has started on it
 * @example await useDataSource('duo');
 */
export async function useDataSource(source: DataSource): Promise<void> {
  await switchDataset(await siteModel.base(source), null, source);
}

/**
 * Returns to the built-in (synthetic) data for every page; what this browser keeps is left alone.
 * @returns once the model has started on the built-in data
 * @example await backToBuiltin();
 */
export async function backToBuiltin(): Promise<void> {
  await switchDataset(await builtinDataset(), null);
}

/**
 * Forgets the reader's data: deletes them from this browser (IndexedDB) and from memory, and returns to
 * the built-in data.
 * @returns once deleted and switched
 * @example await forgetOwnTables();
 */
export async function forgetOwnTables(): Promise<void> {
  const { forgetOwnData } = await import('$lib/own-data/own-data-store');
  await forgetOwnData();
  await backToBuiltin();
}
