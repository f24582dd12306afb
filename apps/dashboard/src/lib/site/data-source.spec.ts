import { expect, test } from 'vitest';
import { dataSourceFromUrl } from './data-source';

test('dataSourceFromUrl(url) reads ?data=duo (and its Dutch and English synonyms) as the real-data set', () => {
  expect(dataSourceFromUrl(new URL('https://x/?data=duo'))).toBe('duo');
  expect(dataSourceFromUrl(new URL('https://x/kaart?data=echt&lang=en'))).toBe('duo');
  expect(dataSourceFromUrl(new URL('https://x/?data=real'))).toBe('duo');
});

test('dataSourceFromUrl(url, fallback) lets the URL overrule the stored choice, and keeps it otherwise', () => {
  expect(dataSourceFromUrl(new URL('https://x/?data=synthetisch'), 'duo')).toBe('synthetic');
  expect(dataSourceFromUrl(new URL('https://x/'), 'duo')).toBe('duo');
  expect(dataSourceFromUrl(new URL('https://x/?data=nonsense'))).toBe('synthetic');
});
