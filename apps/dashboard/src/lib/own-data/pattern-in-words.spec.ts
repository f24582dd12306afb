import { expect, test } from 'vitest';
import { patternInWords } from './pattern-in-words';

test('patternInWords(pattern, "nl") says a location code in words with an example', () => {
  expect(patternInWords('^[0-9]{2}[A-Z]{2}[0-9]{2}$', 'nl')).toBe(
    'tekst zoals 00AA00 (2 cijfers, 2 hoofdletters en 2 cijfers)',
  );
});

test('patternInWords(pattern, lang) keeps fixed text and counts one character in the singular', () => {
  expect(patternInWords('^R[0-9]{2}-C[0-9]$', 'nl')).toBe(
    'tekst zoals R00-C0 (R, 2 cijfers, -C en 1 cijfer)',
  );
  expect(patternInWords('^B[0-9]{4}$', 'en')).toBe('text like B0000 (B and 4 digits)');
});

test('patternInWords(pattern, lang) reads a choice, one-or-more and ranges of counts', () => {
  expect(patternInWords('^(vo|vso|mbo)-[a-z]+$', 'nl')).toBe(
    'tekst zoals vo-a (vo, vso of mbo, - en een of meer kleine letters)',
  );
  expect(patternInWords('^[0-9A-Z]{4}[0-9]{2}$', 'en')).toBe(
    'text like 000000 (4 letters or digits and 2 digits)',
  );
  expect(patternInWords('^[0-9]{1,6}$', 'en')).toBe('text like 0 (1 to 6 digits)');
});

test('patternInWords(pattern, lang) falls back to a phrase, never the expression, for what it cannot read', () => {
  for (const pattern of ['^\\d+$', '^(a|b)*$', '^.{3}$', '^[^x]$', '^a?$']) {
    expect(patternInWords(pattern, 'nl')).toBe('tekst in de vorm van het sjabloon');
    expect(patternInWords(pattern, 'en')).toBe('text in the form of the template');
  }
});
