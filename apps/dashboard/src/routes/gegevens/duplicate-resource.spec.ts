import { expect, test } from 'vitest';
import { duplicateResource } from './duplicate-resource';

test('duplicateResource(entries) names the first table chosen twice', () => {
  const entries = [
    { resource: 'boards' },
    { resource: 'pupils' },
    { resource: 'boards' },
    { resource: 'pupils' },
  ];
  expect(duplicateResource(entries)).toBe('boards');
});

test('duplicateResource(entries) ignores files without a table yet', () => {
  expect(duplicateResource([{ resource: '' }, { resource: '' }, { resource: 'pupils' }])).toBeNull();
  expect(duplicateResource([])).toBeNull();
});
