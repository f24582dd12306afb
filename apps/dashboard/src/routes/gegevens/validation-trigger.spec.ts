import type { ColumnMapping, DuoRecognition } from '@opgave/import';
import { expect, test } from 'vitest';
import { readyToValidate, validationSignature } from './validation-trigger';

const table = (resource: string, inspected = true) => ({ resource, inspected, duo: null });
const duo = (inspected = true) => ({
  resource: '',
  inspected,
  duo: { kind: 'pupils-per-location' } as DuoRecognition,
});

test('readyToValidate(entries) is true for read plain tables, each with its own table', () => {
  expect(readyToValidate([table('pupils'), table('boards')])).toBe(true);
  // A DUO file has no table: it does not hold the plain tables back.
  expect(readyToValidate([table('pupils'), duo()])).toBe(true);
});

test('readyToValidate(entries) is false without plain tables, before every file is read, without a table or with one twice', () => {
  expect(readyToValidate([])).toBe(false);
  expect(readyToValidate([duo()])).toBe(false);
  expect(readyToValidate([table('pupils'), duo(false)])).toBe(false);
  expect(readyToValidate([table('pupils'), table('', false)])).toBe(false);
  expect(readyToValidate([table('pupils'), table('')])).toBe(false);
  expect(readyToValidate([table('pupils'), table('pupils')])).toBe(false);
});

test('validationSignature(entries) joins key, table and mapping of each file', () => {
  const entries: { key: number; resource: string; mapping: ColumnMapping }[] = [
    { key: 1, resource: 'pupils', mapping: { location_id: 'School' } },
    { key: 3, resource: '', mapping: {} },
  ];
  expect(validationSignature(entries)).toBe('1:pupils:{"location_id":"School"}|3::{}');
  expect(validationSignature([])).toBe('');
});
