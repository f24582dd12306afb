import { expect, test } from 'vitest';
import { inUseKind } from './in-use-kind';

test('inUseKind(ownTables, source) names the base dataset when no own tables are in use', () => {
  expect(inUseKind(null, 'synthetic')).toBe('builtin');
  expect(inUseKind(null, 'duo')).toBe('real');
});

test("inUseKind(ownTables, source) tells the reader's files from the tables of the DUO route", () => {
  expect(inUseKind([{}, { origin: { kind: 'real' } }], 'synthetic')).toBe('own');
  expect(inUseKind([{ origin: { kind: 'real' } }, { origin: { kind: 'estimated' } }], 'duo')).toBe(
    'duo-files',
  );
});
