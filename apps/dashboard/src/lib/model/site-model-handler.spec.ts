import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { columnBuffers, datasetFromColumns } from './dataset-columns';
import { handleSiteRequest } from './site-model-handler';
import type { SiteMessage } from './site-types';

const rotterdam = fileURLToPath(new URL('../../../../../data/rotterdam/', import.meta.url));

let answered: Promise<{ message: SiteMessage; transfer: Transferable[] }[]> | undefined;

/** The site's request on the whole dataset, answered once for the tests of this file. */
function answer() {
  answered ??= (async () => {
    const files = Object.fromEntries(
      readdirSync(rotterdam)
        .filter((name) => name.endsWith('.csv'))
        .map((name) => [name, new Uint8Array(readFileSync(rotterdam + name))]),
    );
    const descriptor = JSON.parse(readFileSync(rotterdam + 'datapackage.json', 'utf8'));
    const posted: { message: SiteMessage; transfer: Transferable[] }[] = [];
    await handleSiteRequest(
      { type: 'site', descriptor, files, horizon: 2, draws: 2 },
      (message, transfer = []) => posted.push({ message, transfer }),
    );
    return posted;
  })();
  return answered;
}

test("handleSiteRequest(request, post) gives each location the municipality and coordinates of the dataset's row", async () => {
  const messages = (await answer()).map((p) => p.message);
  const result = messages.find((m) => m.type === 'result');
  if (result?.type !== 'result') throw new Error(`no result: ${JSON.stringify(messages.at(-1))}`);
  // data/rotterdam/locations.csv, row 2: 90AA00,…,GM0599,Rotterdam,true,51.91592,4.53875
  expect(result.result.locations.find((l) => l.id === '90AA00')).toMatchObject({
    name: 'Maasoever College Kastanjehof',
    municipalityCode: 'GM0599',
    municipality: 'Rotterdam',
    latitude: 51.91592,
    longitude: 4.53875,
  });
}, 180_000); // calibrate, structural error, project and two draws on the whole dataset: 8 s alone, 35–75 s on a loaded two-core machine

test('handleSiteRequest(request, post) posts the calibrated dataset as columns, after the result and before the bands', async () => {
  const posted = await answer();
  expect(posted.map((p) => p.message.type)).toEqual([
    'overview',
    'result',
    'calibrated',
    'progress',
    'bands',
  ]);
  const { message, transfer } = posted[2];
  if (message.type !== 'calibrated') throw new Error('no calibrated dataset');
  // Its buffers are moved to the page, not copied.
  expect(transfer).toEqual(columnBuffers(message.calibrated.columns));
  const data = datasetFromColumns(message.calibrated.columns);
  // data/rotterdam/locations.csv: 132 rows under its header; row 2 is 90AA00 … GM0599,Rotterdam,true,51.91592,4.53875
  expect(data.locations).toHaveLength(132);
  expect(data.locations[0]).toMatchObject({
    location_id: '90AA00',
    municipality_code: 'GM0599',
    latitude: 51.91592,
  });
  // datapackage.json: history_end 2025, the last year of pupils.csv too
  expect(data.meta.historyEnd).toBe(2025);
  expect(message.calibrated.params.baseYear).toBe(2025);
}, 180_000);
