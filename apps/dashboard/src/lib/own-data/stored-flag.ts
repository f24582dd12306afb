/** localStorage key that says own data are kept in IndexedDB, so a visit without them opens no database. */
export const OWN_DATA_FLAG = 'opgave-own-data';

/**
 * Whether the reader chose to keep their own data in this browser (a cheap check before IndexedDB).
 * @returns true when the flag is set; false without storage or during server rendering
 * @example if (hasStoredOwnData()) await readOwnData();
 */
export function hasStoredOwnData(): boolean {
  try {
    return typeof localStorage !== 'undefined' && localStorage.getItem(OWN_DATA_FLAG) === '1';
  } catch {
    return false;
  }
}

/**
 * Sets or clears the flag of {@link hasStoredOwnData}.
 * @param stored whether own data are kept
 * @example setStoredOwnDataFlag(false);
 */
export function setStoredOwnDataFlag(stored: boolean): void {
  try {
    if (stored) localStorage.setItem(OWN_DATA_FLAG, '1');
    else localStorage.removeItem(OWN_DATA_FLAG);
  } catch {
    // private mode: nothing is kept
  }
}
