import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { loadDatasetFromUrls } from '../../src/io/load-dataset-from-urls.js';
import { loadDataset } from '../../src/node/load-dataset.js';

const ROTTERDAM = new URL('../../../../data/rotterdam/', import.meta.url);

/** A fetch that serves https://example.org/data/rotterdam/… from the committed folder and records the URLs. */
function diskFetch(requested: string[]) {
  return async (url: string) => {
    requested.push(url);
    const path = url.replace('https://example.org/data/rotterdam/', '');
    try {
      const text = await readFile(fileURLToPath(new URL(path, ROTTERDAM)), 'utf8');
      return { ok: true, status: 200, statusText: 'OK', text: async () => text };
    } catch {
      return { ok: false, status: 404, statusText: 'Not Found', text: async () => '' };
    }
  };
}

describe('loadDatasetFromUrls(source)', () => {
  it('loadDatasetFromUrls({ datapackage: folder, fetch }) reads the same dataset as loadDataset(dir)', async () => {
    const requested: string[] = [];
    const data = await loadDatasetFromUrls({
      datapackage: 'https://example.org/data/rotterdam',
      fetch: diskFetch(requested),
    });
    const expected = await loadDataset(fileURLToPath(ROTTERDAM));
    expect(requested[0]).toBe('https://example.org/data/rotterdam/datapackage.json');
    expect(requested).toContain('https://example.org/data/rotterdam/pupils.csv');
    expect(data.meta.historyEnd).toBe(expected.meta.historyEnd);
    expect(data.workforce.length).toBe(expected.workforce.length);
    expect(data.pupils).toEqual(expected.pupils);
  });

  it('loadDatasetFromUrls({ datapackage: …/datapackage.json }) resolves resource paths against the descriptor', async () => {
    const requested: string[] = [];
    await loadDatasetFromUrls({
      datapackage: new URL('https://example.org/data/rotterdam/datapackage.json'),
      fetch: diskFetch(requested),
    });
    expect(requested.every((u) => u.startsWith('https://example.org/data/rotterdam/'))).toBe(true);
  });

  it('loadDatasetFromUrls(url) names the URL and the HTTP status when a file is missing', async () => {
    const fetch = async (url: string) =>
      url.endsWith('datapackage.json')
        ? {
            ok: true,
            status: 200,
            statusText: 'OK',
            text: async () => '{"resources":[{"name":"regions","path":"regions.csv"}]}',
          }
        : { ok: false, status: 404, statusText: 'Not Found', text: async () => '' };
    await expect(loadDatasetFromUrls({ datapackage: 'https://example.org/x/', fetch })).rejects.toThrow(
      'https://example.org/x/regions.csv: HTTP 404 Not Found',
    );
  });

  it('loadDatasetFromUrls(relative) outside a web page says to give a full URL', async () => {
    await expect(loadDatasetFromUrls('data/rotterdam/')).rejects.toThrow(
      '"data/rotterdam/" is not an absolute URL',
    );
  });
});
