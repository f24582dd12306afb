import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { DATA_DOC, dataDocWithTable } from '../scripts/data-doc.js';

it('docs/data.md holds dataDocTable() (run `npm run docs:data -w @opgave/contract` after changing the contract)', async () => {
  expect(readFileSync(DATA_DOC, 'utf8')).toBe(await dataDocWithTable());
});
