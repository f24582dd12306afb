import { expect, test } from 'vitest';
import type { DataPackage } from '$lib/db/datapackage';
import { filesByResource } from './files-by-resource';

test('filesByResource(dataset) gives path and bytes by resource, leaving out files not fetched', () => {
  const pupils = new Uint8Array([1, 2]);
  const boards = new Uint8Array([3]);
  const pkg = {
    resources: [
      { name: 'pupils', path: 'pupils.csv' },
      { name: 'boards', path: 'tables/boards.csv' },
      { name: 'hires', path: 'hires.csv' },
    ],
  } as DataPackage;
  const files = new Map([
    ['pupils.csv', pupils],
    ['tables/boards.csv', boards],
  ]);
  expect(filesByResource({ pkg, files })).toEqual({
    pupils: { path: 'pupils.csv', bytes: pupils },
    boards: { path: 'tables/boards.csv', bytes: boards },
  });
});
