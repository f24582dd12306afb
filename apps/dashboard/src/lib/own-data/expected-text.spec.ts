import { expect, test } from 'vitest';
import { expectedText } from './expected-text';

test('expectedText(expected, "nl") translates the import’s phrases, numbers and names kept', () => {
  expect(expectedText('a whole number', 'nl')).toBe('een geheel getal');
  expect(expectedText('at least 0', 'nl')).toBe('minstens 0');
  expect(expectedText('at most 2.5', 'nl')).toBe('hoogstens 2.5');
  expect(expectedText('at least 6 characters', 'nl')).toBe('minstens 6 tekens');
  expect(expectedText('one of vo, vso, mbo', 'nl')).toBe('een van vo, vso, mbo');
  expect(expectedText('a value (a year)', 'nl')).toBe('een waarde (een jaartal)');
  expect(expectedText('a unique location_id + year', 'nl')).toBe('een unieke location_id + year');
  expect(expectedText('a board_id listed in boards', 'nl')).toBe('een board_id uit boards');
  expect(expectedText('a total of 1,234', 'nl')).toBe('een totaal van 1,234');
  expect(expectedText('3 fields', 'nl')).toBe('3 velden');
});

test('expectedText(expected, lang) leaves English and unknown phrases as they are', () => {
  expect(expectedText('at least 0', 'en')).toBe('at least 0');
  expect(expectedText('columns "PERSONEN YYYY"', 'nl')).toBe('columns "PERSONEN YYYY"');
});
