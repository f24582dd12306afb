import { describe, expect, it } from 'vitest';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDatasetFromFiles } from '../../src/io/load-dataset-from-files.js';
import { loadDataset } from '../../src/node/load-dataset.js';

const ROTTERDAM = fileURLToPath(new URL('../../../../data/rotterdam/', import.meta.url));

async function files(): Promise<File[]> {
  const names = (await readdir(ROTTERDAM)).filter((n) => n.endsWith('.csv') || n === 'datapackage.json');
  return Promise.all(names.map(async (n) => new File([await readFile(join(ROTTERDAM, n))], n)));
}

describe('loadDatasetFromFiles(files)', () => {
  it('loadDatasetFromFiles(File[]) reads the same dataset as loadDataset(dir)', async () => {
    const data = await loadDatasetFromFiles(await files());
    const expected = await loadDataset(ROTTERDAM);
    expect(data.meta.historyStart).toBe(expected.meta.historyStart);
    expect(data.workforce).toEqual(expected.workforce);
    expect(data.graduates).toEqual(expected.graduates);
  });

  it('loadDatasetFromFiles(files) matches webkitRelativePath of a picked folder first', async () => {
    const picked = (await files()).map((f) =>
      Object.assign({ name: f.name, text: () => f.text() }, { webkitRelativePath: `rotterdam/${f.name}` }),
    );
    const decoy = {
      name: 'pupils.csv',
      webkitRelativePath: 'other/pupils.csv',
      text: async () => 'nonsense',
    };
    const data = await loadDatasetFromFiles([decoy, ...picked]);
    expect(data.pupils.length).toBeGreaterThan(0);
  });

  it('loadDatasetFromFiles(files) without datapackage.json lists the files it got', async () => {
    const csv = new File(['a\n1\n'], 'pupils.csv');
    await expect(loadDatasetFromFiles([csv])).rejects.toThrow(
      'no datapackage.json among the 1 files (pupils.csv)',
    );
  });

  it('loadDatasetFromFiles(files) names a resource file that is missing', async () => {
    const list = (await files()).filter((f) => f.name !== 'workforce.csv');
    await expect(loadDatasetFromFiles(list)).rejects.toThrow(
      'datapackage.json lists workforce.csv, which is not among the files',
    );
  });
});
