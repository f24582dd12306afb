import { describe, expect, it } from 'vitest';
import { storedTheme, themeKey } from './theme';

const storage = (values: Record<string, string>) => ({ getItem: (key: string) => values[key] ?? null });

describe('storedTheme', () => {
  it('storedTheme(storage) returns a stored light or dark', () => {
    expect(storedTheme(storage({ [themeKey]: 'dark' }))).toBe('dark');
    expect(storedTheme(storage({ [themeKey]: 'light' }))).toBe('light');
  });

  it('storedTheme(storage) returns null for no, another or an unreadable value', () => {
    expect(storedTheme(storage({}))).toBeNull();
    expect(storedTheme(storage({ [themeKey]: 'blue' }))).toBeNull();
    expect(
      storedTheme({
        getItem: () => {
          throw new Error('SecurityError');
        },
      }),
    ).toBeNull();
  });
});
