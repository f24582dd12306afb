import { expect, test } from 'vitest';
import { needsMapping } from './needs-mapping';

const pupilFields = [{ name: 'location_id' }, { name: 'year' }, { name: 'pupils' }];

test('needsMapping(entry, fields) is true when the header lacks a template column', () => {
  expect(needsMapping({ resource: 'pupils', header: ['School', 'year', 'pupils'] }, pupilFields)).toBe(true);
});

test('needsMapping(entry, fields) is false when every template column is in the header, in any order', () => {
  const header = ['pupils', 'extra', 'location_id', 'year'];
  expect(needsMapping({ resource: 'pupils', header }, pupilFields)).toBe(false);
});

test('needsMapping(entry, fields) is false before a table is chosen or the header is read', () => {
  expect(needsMapping({ resource: '', header: ['School'] }, pupilFields)).toBe(false);
  expect(needsMapping({ resource: 'pupils', header: [] }, pupilFields)).toBe(false);
});
