import { expect, test } from 'vitest';
import { readFilters, subjectKey, withQuery, yearWindow } from './filters';

test('readFilters(url) reads every filter and ignores empty or malformed values', () => {
  const f = readFilters(new URL('https://x/?cluster=C1&board=&sector=xx&subject=vo-wi&from=2020&to=20x'));
  expect(f).toEqual({ cluster: 'C1', board: null, sector: null, subject: 'vo-wi', from: 2020, to: null });
});

test('withQuery(url, changes) sets and removes parameters and keeps the others', () => {
  const url = new URL('https://x/p?lang=en&cluster=C1');
  expect(withQuery(url, { cluster: null, sector: 'vo' })).toBe('?lang=en&sector=vo');
  expect(withQuery(new URL('https://x/?a=1'), { a: null })).toBe('');
});

test('subjectKey(filters) prefers the subject, then the sector total, then all', () => {
  expect(subjectKey({ subject: 'vo-wi', sector: 'vo' })).toBe('vo-wi');
  expect(subjectKey({ subject: null, sector: 'mbo' })).toBe('all-mbo');
  expect(subjectKey({ subject: null, sector: null })).toBe('all');
});

test('yearWindow(filters, first, last) clamps to the data and keeps from ≤ to', () => {
  expect(yearWindow({ from: 2010, to: 2030 }, 2014, 2040)).toEqual([2014, 2030]);
  expect(yearWindow({ from: 2035, to: 2020 }, 2014, 2040)).toEqual([2035, 2035]);
  expect(yearWindow({ from: null, to: null }, 2014, 2040)).toEqual([2014, 2040]);
});
