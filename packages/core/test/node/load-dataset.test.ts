import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDataset } from '../../src/node/index.js';
import { RESOURCE_COLUMNS, RESOURCE_NAMES, calibrate } from '../../src/index.js';
import { tinyDataset } from '../fixtures/tiny.js';

function writePackage(mutate?: (files: Record<string, string>) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'opgave-core-'));
  const data = tinyDataset() as unknown as Record<string, Record<string, unknown>[]>;
  const files: Record<string, string> = {};
  for (const name of RESOURCE_NAMES) {
    const cols = Object.keys(RESOURCE_COLUMNS[name]);
    const lines = [cols.join(',')];
    for (const row of data[name])
      lines.push(cols.map((c) => (row[c] == null ? '' : String(row[c]))).join(','));
    files[`${name}.csv`] = lines.join('\n') + '\n';
  }
  mutate?.(files);
  for (const [f, text] of Object.entries(files)) writeFileSync(join(dir, f), text);
  const descriptor = {
    name: 'tiny',
    resources: RESOURCE_NAMES.map((name) => ({
      name,
      path: `${name}.csv`,
      schema: { fields: Object.entries(RESOURCE_COLUMNS[name]).map(([n, type]) => ({ name: n, type })) },
    })),
    opgave: { synthetic: true, history_start: 2023, history_end: 2025 },
  };
  writeFileSync(join(dir, 'datapackage.json'), JSON.stringify(descriptor));
  return dir;
}

describe('loadDataset(dir)', () => {
  it('reads every resource with the types of its Table Schema', async () => {
    const data = await loadDataset(writePackage());
    expect(data.meta.historyEnd).toBe(2025);
    expect(data.workforce[0]).toEqual({
      location_id: 'L1',
      subject_id: 'vo-wi',
      age_band: '40-44',
      year: 2023,
      headcount: 10,
      fte: 8,
    });
    expect(data.boards[1].partnership_member).toBe(false);
    expect(data.graduates.find((g) => g.placement_board_id === null)?.graduates).toBe(4);
    expect(calibrate(data).bindingRate.B1).toBeCloseTo(calibrate(tinyDataset()).bindingRate.B1, 12);
  });
  it('names file, row, column and value of a bad field', async () => {
    const dir = writePackage(
      (f) => (f['pupils.csv'] = f['pupils.csv'].replace('L2,2023,400', 'L2,2023,4x0')),
    );
    await expect(loadDataset(dir)).rejects.toThrow('pupils.csv row 2, column pupils: "4x0" is not a number');
  });
  it('says which folder has no datapackage.json', async () => {
    await expect(loadDataset('/nonexistent/opgave')).rejects.toThrow(
      '/nonexistent/opgave/datapackage.json: cannot read data package',
    );
  });
});
