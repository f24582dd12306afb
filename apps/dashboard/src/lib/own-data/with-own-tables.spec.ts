import type { Provenance } from '@opgave/import';
import { describe, expect, it, test } from 'vitest';
import type { FetchedDataset } from '$lib/db/fetch-dataset';
import type { OwnTable } from './own-table';
import { mergeOwnTables, withOwnTables } from './with-own-tables';

const bytes = (text: string) => new TextEncoder().encode(text);
const base: FetchedDataset = {
  url: './data/rotterdam/',
  pkg: {
    resources: [
      { name: 'regions', path: 'regions.csv' },
      { name: 'pupils', path: 'pupils.csv' },
    ],
    opgave: { synthetic: true },
  },
  files: new Map([
    ['regions.csv', bytes('region_id,name\nR01,A\n')],
    ['pupils.csv', bytes('location_id,year,pupils\n')],
  ]),
};
const table = (resource: string, text: string): OwnTable => ({
  resource,
  path: `${resource}.csv`,
  bytes: bytes(text),
  provenance: { file: `${resource}-own.csv` } as Provenance,
});

describe('withOwnTables', () => {
  it('withOwnTables(base, [pupils]) replaces that file only and records the own resources', () => {
    const own = table('pupils', 'location_id,year,pupils\n90AA00,2025,1\n');
    const out = withOwnTables(base, [own]);
    expect(out.files.get('pupils.csv')).toBe(own.bytes);
    expect(out.files.get('regions.csv')).toBe(base.files.get('regions.csv'));
    expect(out.pkg.opgave).toEqual({ synthetic: true, own_data: ['pupils'] });
    expect(base.files.get('pupils.csv')).not.toBe(own.bytes);
  });

  it('withOwnTables(base, every table) is no longer synthetic', () => {
    const out = withOwnTables(base, [table('regions', 'x'), table('pupils', 'y')]);
    expect(out.pkg.opgave?.synthetic).toBe(false);
  });

  it('withOwnTables(base, [unknown]) names the resource it cannot place', () => {
    expect(() => withOwnTables(base, [table('teachers', 'x')])).toThrow('no resource "teachers"');
  });
});

describe('mergeOwnTables', () => {
  it('mergeOwnTables(current, added) lets a new table of the same resource win and keeps the others', () => {
    const a = table('pupils', '1');
    const b = table('regions', '2');
    const c = table('pupils', '3');
    expect(mergeOwnTables([a, b], [c])).toEqual([c, b]);
  });
});

test('withOwnTables(base, tables) keeps the provenance map in step: a DUO table’s origin, none for an own file', () => {
  const base = {
    url: './data/rotterdam-duo/',
    files: new Map([
      ['pupils.csv', new Uint8Array([1])],
      ['workforce.csv', new Uint8Array([2])],
    ]),
    pkg: {
      resources: [
        { name: 'pupils', path: 'pupils.csv' },
        { name: 'workforce', path: 'workforce.csv' },
      ],
      opgave: {
        synthetic: false,
        provenance: {
          pupils: { kind: 'real', source: 'DUO', years: [2019] },
          workforce: { kind: 'estimated', source: 'scaled' },
        },
      },
    },
  };
  const provenance = { file: 'x.csv', importedAt: '', sha256: '', rows: 1 } as never;
  const out = withOwnTables(base, [
    {
      resource: 'pupils',
      path: 'pupils.csv',
      bytes: new Uint8Array([3]),
      provenance,
      origin: { kind: 'real', source: 'DUO', years: [2019, 2024] },
    },
    { resource: 'workforce', path: 'workforce.csv', bytes: new Uint8Array([4]), provenance },
  ]);
  expect(out.pkg.opgave?.provenance).toEqual({
    pupils: { kind: 'real', source: 'DUO', years: [2019, 2024] },
  });
  expect(base.pkg.opgave.provenance.workforce.kind).toBe('estimated');
});
