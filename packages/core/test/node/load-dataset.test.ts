import { describe, expect, it } from 'vitest';
import { formatCsv } from '@opgave/contract';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDataset } from '../../src/node/index.js';
import {
  RESOURCE_COLUMNS,
  RESOURCE_NAMES,
  calibrate,
  datasetFromPackage,
  parseResource,
} from '../../src/index.js';
import { readFileSync } from 'node:fs';
import { tinyDataset } from '../fixtures/tiny.js';

function writePackage(mutate?: (files: Record<string, string>) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'opgave-core-'));
  const data = tinyDataset() as unknown as Record<string, Record<string, unknown>[]>;
  const files: Record<string, string> = {};
  for (const name of RESOURCE_NAMES) {
    const cols = Object.keys(RESOURCE_COLUMNS[name]);
    const rows = data[name].map((row) => cols.map((c) => (row[c] == null ? '' : String(row[c]))));
    files[`${name}.csv`] = formatCsv([cols, ...rows]);
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
  it('rejects a CSV without a required column, naming the file, the column and the expected columns', async () => {
    const dir = writePackage((f) => {
      f['workforce.csv'] = f['workforce.csv'].replace(/,fte(\n|$)/, '$1').replace(/,[0-9.]+\n/g, '\n');
    });
    await expect(loadDataset(dir)).rejects.toThrow(
      'workforce.csv: missing column fte; expected columns: location_id, subject_id, age_band, year, headcount, fte',
    );
  });
  it('rejects a CSV with a column that neither the contract nor its Table Schema lists', async () => {
    const dir = writePackage((f) => {
      f['pupils.csv'] = f['pupils.csv'].replace('pupils\n', 'leerlingen\n');
    });
    await expect(loadDataset(dir)).rejects.toThrow(
      'pupils.csv: missing column pupils; unexpected column "leerlingen"; expected columns: location_id, year, pupils',
    );
  });
  it('rejects an empty CSV file', async () => {
    const dir = writePackage((f) => (f['regions.csv'] = ''));
    await expect(loadDataset(dir)).rejects.toThrow(
      'regions.csv: empty file; expected a header row with the columns: region_id, name',
    );
  });
});

describe('datasetFromPackage(descriptor, readText)', () => {
  const dir = writePackage();
  const descriptor = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8')) as Parameters<
    typeof datasetFromPackage
  >[0];
  const read = (edit?: (path: string, text: string) => string) => (path: string) => {
    const text = readFileSync(join(dir, path), 'utf8');
    return edit ? edit(path, text) : text;
  };

  it('reads the same dataset as loadDataset', async () => {
    const data = await datasetFromPackage(descriptor, read());
    expect(data.workforce).toEqual((await loadDataset(dir)).workforce);
  });
  it('accepts columns that the Table Schema lists beyond the contract, rejects others', async () => {
    const withExtra = (path: string, text: string) =>
      path === 'regions.csv'
        ? text.replace('region_id,name\n', 'region_id,name,note\n').replace(/\n(.+)/g, '\n$1,x')
        : text;
    await expect(datasetFromPackage(descriptor, read(withExtra))).rejects.toThrow(
      'regions.csv: unexpected column "note"; expected columns: region_id, name',
    );
    const schema = {
      ...descriptor,
      resources: descriptor.resources.map((r) =>
        r.name === 'regions'
          ? { ...r, schema: { fields: [...(r.schema?.fields ?? []), { name: 'note' }] } }
          : r,
      ),
    };
    const data = await datasetFromPackage(schema, read(withExtra));
    expect(data.regions).toHaveLength(1);
  });
  it('without a Table Schema, accepts the optional columns of the contract only', async () => {
    const bare = { ...descriptor, resources: descriptor.resources.map(({ name, path }) => ({ name, path })) };
    const edit = (path: string, text: string) =>
      path === 'locations.csv'
        ? text.replace('\n', ',municipality\n').replace(/\n(.+)/g, '\n$1,Rotterdam')
        : text;
    expect((await datasetFromPackage(bare, read(edit))).locations).toHaveLength(2);
    const bad = (path: string, text: string) =>
      path === 'locations.csv'
        ? text.replace('\n', ',gemeente\n').replace(/\n(.+)/g, '\n$1,Rotterdam')
        : text;
    await expect(datasetFromPackage(bare, read(bad))).rejects.toThrow(
      'locations.csv: unexpected column "gemeente"; expected columns: location_id, name, board_id, cluster_id, sector, partnership_member, municipality_code, municipality, latitude, longitude',
    );
  });
  it('rejects an empty file and a header without a required column', async () => {
    await expect(
      datasetFromPackage(
        descriptor,
        read((p, t) => (p === 'sectors.csv' ? '' : t)),
      ),
    ).rejects.toThrow(
      'sectors.csv: empty file; expected a header row with the columns: sector, name, lesson_hours_per_fte',
    );
    await expect(
      datasetFromPackage(
        descriptor,
        read((p, t) => (p === 'sectors.csv' ? t.replace('lesson_hours_per_fte', 'uren') : t)),
      ),
    ).rejects.toThrow(
      'sectors.csv: missing column lesson_hours_per_fte; unexpected column "uren"; expected columns: sector, name, lesson_hours_per_fte',
    );
  });
});

describe('parseResource(descriptor, name, readText) and datasetFromPackage(…, { parsed })', () => {
  const dir = writePackage();
  const descriptor = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8')) as Parameters<
    typeof datasetFromPackage
  >[0];
  const read = (path: string) => readFileSync(join(dir, path), 'utf8');

  it('parseResource(descriptor, "workforce", readText) gives the rows that datasetFromPackage reads', async () => {
    const workforce = parseResource(descriptor, 'workforce', read);
    expect(workforce[0]).toEqual({
      location_id: 'L1',
      subject_id: 'vo-wi',
      age_band: '40-44',
      year: 2023,
      headcount: 10,
      fte: 8,
    });
    expect(workforce).toEqual((await datasetFromPackage(descriptor, read)).workforce);
  });
  it('parseResource(descriptor, name, readText) fails as datasetFromPackage does: a missing resource, a bad header', () => {
    const without = { ...descriptor, resources: descriptor.resources.filter((r) => r.name !== 'pupils') };
    expect(() => parseResource(without, 'pupils', read)).toThrow(
      'datapackage.json: resource "pupils" is missing',
    );
    expect(() =>
      parseResource(descriptor, 'sectors', (p) => read(p).replace('lesson_hours_per_fte', 'uren')),
    ).toThrow('sectors.csv: missing column lesson_hours_per_fte');
  });
  it('datasetFromPackage(descriptor, readText, { parsed }) uses the parsed rows and reads those files no more', async () => {
    const workforce = parseResource(descriptor, 'workforce', read);
    const asked: string[] = [];
    const data = await datasetFromPackage(
      descriptor,
      (path) => {
        asked.push(path);
        return read(path);
      },
      { parsed: { workforce } },
    );
    expect(data.workforce).toBe(workforce);
    expect(asked).not.toContain('workforce.csv');
    expect(asked).toHaveLength(RESOURCE_NAMES.length - 1);
  });
});
