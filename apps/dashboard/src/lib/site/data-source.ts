/**
 * The base dataset a visit opens on: the synthetic example (`data/rotterdam/`) or the real-data set
 * (`data/rotterdam-duo/`: real DUO pupils per location, every other table estimated or synthetic and
 * marked so).
 */
export type DataSource = 'synthetic' | 'duo';

/** localStorage key of the reader's choice of {@link DataSource}. */
export const DATA_SOURCE_STORAGE_KEY = 'opgave-data';

/** The folder under the site's `data/` of each base dataset. */
export const DATA_SOURCE_FOLDERS: Readonly<Record<DataSource, string>> = {
  synthetic: 'rotterdam',
  duo: 'rotterdam-duo',
};

/**
 * The base dataset a URL asks for (`?data=duo` or `?data=synthetisch`), else `fallback`.
 * @param url the page's URL
 * @param fallback the stored choice, or the synthetic example
 * @returns the data source
 * @example dataSourceFromUrl(new URL('https://x/?data=duo')) // 'duo'
 */
export function dataSourceFromUrl(url: URL, fallback: DataSource = 'synthetic'): DataSource {
  const asked = url.searchParams.get('data');
  if (asked === 'duo' || asked === 'echt' || asked === 'real') return 'duo';
  if (asked === 'synthetisch' || asked === 'synthetic') return 'synthetic';
  return fallback;
}

/**
 * The data source this browser keeps (set when the reader chooses one), or the synthetic example.
 * @returns the stored choice; `synthetic` without storage
 * @example storedDataSource() // 'synthetic'
 */
export function storedDataSource(): DataSource {
  try {
    return typeof localStorage !== 'undefined' && localStorage.getItem(DATA_SOURCE_STORAGE_KEY) === 'duo'
      ? 'duo'
      : 'synthetic';
  } catch {
    return 'synthetic';
  }
}

/**
 * Keeps the reader's choice of base dataset in this browser (the synthetic example is the default, so it
 * is kept as no entry).
 * @param source the chosen data source
 * @example storeDataSource('duo');
 */
export function storeDataSource(source: DataSource): void {
  try {
    if (source === 'duo') localStorage.setItem(DATA_SOURCE_STORAGE_KEY, 'duo');
    else localStorage.removeItem(DATA_SOURCE_STORAGE_KEY);
  } catch {
    // private mode: the choice lasts for this visit only
  }
}
