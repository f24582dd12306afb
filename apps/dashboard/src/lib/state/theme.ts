/** The two themes of the site. */
export type Theme = 'light' | 'dark';

/** The localStorage key of the reader's choice (also read by the inline script in app.html). */
export const themeKey = 'opgave-theme';

/**
 * The theme the reader chose, if any.
 * @param storage where the choice is kept (localStorage)
 * @returns `light`, `dark`, or `null` when there is no (valid) choice or storage is blocked
 * @example storedTheme(localStorage) ?? 'light'
 */
export function storedTheme(storage: Pick<Storage, 'getItem'>): Theme | null {
  try {
    const value = storage.getItem(themeKey);
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    return null;
  }
}
