/** localStorage key of the suppression setting (a choice, not data: kept like the language). */
export const SUPPRESS_STORAGE_KEY = 'opgave-suppress-small';

/**
 * Site-wide export settings, shown beside every export and on the own-data page. Use the shared
 * {@link exportSettings}.
 */
export class ExportSettings {
  /** Write counts of 1–4 persons as `<5` in CSV and Excel exports. */
  #suppressSmall = $state(readStored());

  get suppressSmall(): boolean {
    return this.#suppressSmall;
  }

  set suppressSmall(value: boolean) {
    this.#suppressSmall = value;
    try {
      localStorage.setItem(SUPPRESS_STORAGE_KEY, value ? '1' : '0');
    } catch {
      // no storage: the choice lasts for this visit
    }
  }
}

function readStored(): boolean {
  try {
    return typeof localStorage !== 'undefined' && localStorage.getItem(SUPPRESS_STORAGE_KEY) === '1';
  } catch {
    return false;
  }
}

/** The site's export settings. */
export const exportSettings = new ExportSettings();
