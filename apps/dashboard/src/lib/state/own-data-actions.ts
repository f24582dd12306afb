import type { OwnTable } from '$lib/own-data/own-table';
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
 * removes what an earlier visit kept.
 * @param tables the tables just validated
 * @param options `persist`: keep them in IndexedDB
 * @returns the tables now in use
 * @example await useOwnTables(validation.tables, { persist: false });
 */
export async function useOwnTables(tables: readonly OwnTable[], { persist }: { persist: boolean }) {
  const merged = mergeOwnTables(siteModel.ownTables ?? [], tables);
  await switchDataset(withOwnTables(await builtinDataset(), merged), merged);
  const store = await import('$lib/own-data/own-data-store');
  if (persist) await store.saveOwnData(merged);
  else if (hasStoredOwnData()) await store.forgetOwnData();
  return merged;
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
