import type { DataSource } from '$lib/site/data-source';

/**
 * localStorage key that says own data are kept in IndexedDB, so a visit without them opens no database.
 * Its value names the base dataset they were checked against: `1` the synthetic example, `duo` the
 * real-data set.
 */
export const OWN_DATA_FLAG = 'opgave-own-data';

/**
 * Whether the reader chose to keep their own data in this browser (a cheap check before IndexedDB).
 * @returns true when the flag is set; false without storage or during server rendering
 * @example if (hasStoredOwnData()) await readOwnData();
 */
export function hasStoredOwnData(): boolean {
  try {
    return storedOwnDataSource() !== null;
  } catch {
    return false;
  }
}

/**
 * The base dataset the kept own data were checked against, or null when none are kept.
 * @returns `synthetic`, `duo` or null
 * @example if (storedOwnDataSource() === siteModel.source) await readOwnData();
 */
export function storedOwnDataSource(): DataSource | null {
  try {
    if (typeof localStorage === 'undefined') return null;
    const flag = localStorage.getItem(OWN_DATA_FLAG);
    return flag === '1' ? 'synthetic' : flag === 'duo' ? 'duo' : null;
  } catch {
    return null;
  }
}

/**
 * Sets or clears the flag of {@link hasStoredOwnData}.
 * @param stored whether own data are kept
 * @param source the base dataset they were checked against
 * @example setStoredOwnDataFlag(false);
 */
export function setStoredOwnDataFlag(stored: boolean, source: DataSource = 'synthetic'): void {
  try {
    if (stored) localStorage.setItem(OWN_DATA_FLAG, source === 'duo' ? 'duo' : '1');
    else localStorage.removeItem(OWN_DATA_FLAG);
  } catch {
    // private mode: nothing is kept
  }
}
