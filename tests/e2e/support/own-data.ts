import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatCsv, type CsvFormatOptions } from '@opgave/contract';
import { calibrate, project } from '@opgave/core';
import { loadDataset } from '@opgave/core/node';
import { readCsv } from './csv';
import { dataDir, repositoryRoot } from './expected';

/** A row of pupils.csv. */
export interface PupilRow {
  location_id: string;
  year: number;
  pupils: number;
}

/** The built-in pupils.csv as rows. */
export function builtinPupils(): PupilRow[] {
  return readCsv(join(dataDir, 'pupils.csv')).map((r) => ({
    location_id: r.location_id,
    year: Number(r.year),
    pupils: Number(r.pupils),
  }));
}

/**
 * Writes pupil rows as CSV with the given header and delimiter (for uploads), with the contract's `formatCsv`.
 * @param rows the rows
 * @param options header names (default Opgave's), delimiter (default `,`)
 * @returns the file's bytes (UTF-8)
 * @example
 * pupilsCsv([{ location_id: '90AA00', year: 2024, pupils: 570 }]).toString();
 * // → 'location_id,year,pupils\n90AA00,2024,570\n'
 */
export function pupilsCsv(
  rows: readonly PupilRow[],
  {
    header = ['location_id', 'year', 'pupils'],
    delimiter = ',',
  }: { header?: string[]; delimiter?: CsvFormatOptions['delimiter'] } = {},
): Buffer {
  const records = rows.map((r) => [r.location_id, String(r.year), String(r.pupils)]);
  return Buffer.from(formatCsv([header, ...records], { delimiter }), 'utf8');
}

/**
 * The figures the Regio page should show for the built-in dataset with its pupils replaced: the region's
 * pupils in the latest year (summed here) and the total shortage as @opgave/core computes it in Node
 * (`loadDataset` → `calibrate` → `project`, horizon 15) on a copy of the dataset with those pupils.
 * @param rows the replacing pupils
 * @returns the latest year, its pupils, and the region's total shortage by year
 */
export async function expectedWithPupils(rows: readonly PupilRow[]) {
  const dir = mkdtempSync(join(tmpdir(), 'opgave-own-data-'));
  cpSync(dataDir, dir, { recursive: true });
  writeFileSync(join(dir, 'pupils.csv'), pupilsCsv(rows));
  const data = await loadDataset(dir);
  const params = calibrate(data);
  const projection = project(data, { horizon: 15, params });
  const latestYear = Math.max(...rows.map((r) => r.year));
  const pupils = rows.filter((r) => r.year === latestYear).reduce((s, r) => s + r.pupils, 0);
  const region = data.regions[0].region_id;
  return {
    latestYear,
    pupils,
    baseYear: projection.baseYear,
    totalShortage: (year: number) =>
      projection.value('total_shortage_fte', year, { level: 'region', unit: region }),
  };
}

/**
 * The 2019 DUO pupils of the region, summed here with a tiny independent parse of the two real files in
 * data/duo/ (Windows-1252 read as latin1, split on `;`) and the region definition: pupils per location
 * from the 01 file for the locations of data/regions/rotterdam-vo-mbo.csv, municipality from the 02 file
 * (`GEMEENTENUMMER`).
 * @returns the total and the total per municipality code (`GM0599`)
 */
export function expectedDuoArea(): { total: number; locations: number; byMunicipality: Map<string, number> } {
  const rows = (name: string) =>
    readFileSync(join(repositoryRoot, 'data', 'duo', name))
      .toString('latin1')
      .split('\n')
      .filter((l) => l !== '')
      .slice(1)
      .map((l) => l.split(';'));
  const municipality = new Map(rows('02.-alle-vestigingen-vo.csv').map((c) => [c[3].trim(), c[9].trim()]));
  const region = new Set(
    readCsv(join(repositoryRoot, 'data', 'regions', 'rotterdam-vo-mbo.csv')).map((r) => r.duo_location),
  );
  const byMunicipality = new Map<string, number>();
  const locations = new Set<string>();
  let total = 0;
  for (const c of rows('01.-leerlingen-vo-per-vestiging-naar-onderwijstype-2019.csv')) {
    const code = c[0] + c[1];
    const gm = municipality.get(code);
    if (!gm || !region.has(code)) continue;
    const sum = c.slice(10, 22).reduce((s, x) => s + Number(x), 0);
    total += sum;
    locations.add(code);
    byMunicipality.set(`GM${gm}`, (byMunicipality.get(`GM${gm}`) ?? 0) + sum);
  }
  return { total, locations: locations.size, byMunicipality };
}
