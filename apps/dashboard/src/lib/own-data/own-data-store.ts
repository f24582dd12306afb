import type { OwnTable } from './own-table';
import type { DataSource } from '$lib/site/data-source';
import { setStoredOwnDataFlag } from './stored-flag';

const DB_NAME = 'opgave-own-data';
const STORE = 'tables';
const KEY = 'current';

function openStore(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error(`IndexedDB ${DB_NAME} could not be opened`));
  });
}

async function withStore<T>(
  mode: IDBTransactionMode,
  act: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await openStore();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = act(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    });
  } finally {
    db.close();
  }
}

/**
 * Keeps the reader's own tables in this browser's IndexedDB (only when they opted in); nothing leaves the
 * browser.
 * @param tables the validated tables with their provenance
 * @param source the base dataset they were checked against (they are used again only on that one)
 * @returns once stored
 * @example await saveOwnData(siteModel.ownTables, 'synthetic');
 */
export async function saveOwnData(
  tables: readonly OwnTable[],
  source: DataSource = 'synthetic',
): Promise<void> {
  await withStore('readwrite', (store) =>
    store.put(
      tables.map((t) => ({ ...t })),
      KEY,
    ),
  );
  setStoredOwnDataFlag(true, source);
}

/**
 * Reads the own tables kept in this browser.
 * @returns the tables, or null when none are kept
 * @example const tables = await readOwnData();
 */
export async function readOwnData(): Promise<OwnTable[] | null> {
  const stored = await withStore<OwnTable[] | undefined>('readonly', (store) => store.get(KEY));
  return Array.isArray(stored) && stored.length > 0 ? stored : null;
}

/**
 * Deletes the own tables from this browser: the flag and the whole IndexedDB database.
 * @returns once deleted
 * @example await forgetOwnData();
 */
export function forgetOwnData(): Promise<void> {
  setStoredOwnDataFlag(false);
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error(`IndexedDB ${DB_NAME} could not be deleted`));
  });
}
