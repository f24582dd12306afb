import { expect, test } from 'vitest';
import { expectedText, learnPhrases, messageText } from './expected-text';

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
  expect(expectedText('every year from 2019 to 2025', 'nl')).toBe('elk jaar van 2019 tot en met 2025');
});

test('expectedText(expected, lang) leaves English and unknown phrases as they are', () => {
  expect(expectedText('at least 0', 'en')).toBe('at least 0');
  expect(expectedText('columns "PERSONEN YYYY"', 'nl')).toBe('columns "PERSONEN YYYY"');
});

test('expectedText("text matching …", lang) says the pattern in words, never the expression', () => {
  expect(expectedText('text matching ^B[0-9]{4}$', 'nl')).toBe('tekst zoals B0000 (B en 4 cijfers)');
  expect(expectedText('text matching ^I[0-9]{3}$', 'en')).toBe('text like I000 (I and 3 digits)');
});

test('messageText(message, lang) replaces a pattern in the import’s message by words', () => {
  expect(
    messageText('boards.csv row 2, column board_id: "41775" does not match the pattern ^B[0-9]{4}$', 'en'),
  ).toBe('boards.csv row 2, column board_id: "41775" is not text like B0000 (B and 4 digits)');
  expect(messageText('pupils.csv row 3, column pupils: "-1" is less than 0', 'nl')).toBe(
    'pupils.csv row 3, column pupils: "-1" is less than 0',
  );
});

test('expectedText(expected, "nl") uses the Dutch the import sends for its own phrases (learnPhrases)', () => {
  const en = 'a region code: R and 2 digits (such as R01)';
  learnPhrases({ [en]: 'een regiocode: R en 2 cijfers (zoals R01)' });
  expect(expectedText(en, 'nl')).toBe('een regiocode: R en 2 cijfers (zoals R01)');
  expect(expectedText(en, 'en')).toBe(en);
});
