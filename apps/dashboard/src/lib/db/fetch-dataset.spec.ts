import { expect, test } from 'vitest';
import { fetchDataset } from './fetch-dataset';

const pkg = {
  resources: [
    { name: 'pupils', path: 'pupils.csv' },
    { name: 'workforce', path: 'workforce.csv' },
  ],
};

function fakeFetch(files: Record<string, string>, requested: string[] = []): typeof fetch {
  return (async (url: string) => {
    requested.push(url);
    const body = files[url];
    return body === undefined
      ? new Response('missing', { status: 404, statusText: 'Not Found' })
      : new Response(body, { status: 200 });
  }) as typeof fetch;
}

test('fetchDataset(url) fetches datapackage.json and every resource once, by path', async () => {
  const requested: string[] = [];
  const dataset = await fetchDataset('./data/x', {
    fetch: fakeFetch(
      {
        './data/x/datapackage.json': JSON.stringify(pkg),
        './data/x/pupils.csv': 'a\n1\n',
        './data/x/workforce.csv': 'b\n2\n',
      },
      requested,
    ),
  });
  expect(requested.sort()).toEqual([
    './data/x/datapackage.json',
    './data/x/pupils.csv',
    './data/x/workforce.csv',
  ]);
  expect(dataset.url).toBe('./data/x/');
  expect(new TextDecoder().decode(dataset.files.get('pupils.csv'))).toBe('a\n1\n');
  expect(dataset.pkg.resources).toHaveLength(2);
});

test('fetchDataset(url) names the file and the status when a resource is missing', async () => {
  const fetchFn = fakeFetch({ './d/datapackage.json': JSON.stringify(pkg), './d/pupils.csv': 'a\n' });
  await expect(fetchDataset('./d/', { fetch: fetchFn })).rejects.toThrow(
    './d/workforce.csv: HTTP 404 Not Found',
  );
});
