import { join } from 'node:path';
import { readCsv } from './csv';
import { repositoryRoot } from './expected';

/** The real-layout DUO pupils fixture: the shipped 2019 file in DUO's newer layout (see its script). */
export const duoPupilsFixture = join(
  repositoryRoot,
  'packages/import/test/fixtures/duo-real/01.-leerlingen-vo-per-vestiging-naar-onderwijstype-2019.csv',
);

/** The one region definition of the site. */
export const regionDefinitionFile = join(repositoryRoot, 'data/regions/rotterdam-vo-mbo.csv');

/**
 * The region's locations and pupils in a DUO pupils file in the newer layout, summed here straight from
 * the file and the region definition, without the importers: a location's pupils are its published cells
 * plus `suppressedCellValue` for each `<5` cell, rounded to whole pupils.
 * @param options the DUO file, the region definition and what a suppressed cell counts as
 * @returns locations of the definition found in the file, their pupils, and the suppressed cells among them
 */
export function independentRegionPupils({
  file = duoPupilsFixture,
  region = regionDefinitionFile,
  suppressedCellValue,
}: {
  file?: string;
  region?: string;
  suppressedCellValue: number;
}): { locations: number; pupils: number; suppressedCells: number } {
  const inRegion = new Set(readCsv(region).map((r) => r.duo_location));
  const perLocation = new Map<string, { published: number; suppressed: number }>();
  for (const row of readCsv(file)) {
    const code = row['VESTIGINGSCODE'];
    if (!inRegion.has(code)) continue;
    let sum = perLocation.get(code);
    if (!sum) perLocation.set(code, (sum = { published: 0, suppressed: 0 }));
    for (const [column, value] of Object.entries(row)) {
      if (!/^LEER- OF VERBLIJFSJAAR \d - (MAN|VROUW)$/.test(column)) continue;
      if (value === '<5') sum.suppressed++;
      else sum.published += Number(value);
    }
  }
  let pupils = 0;
  let suppressedCells = 0;
  for (const { published, suppressed } of perLocation.values()) {
    pupils += Math.round(published + suppressed * suppressedCellValue);
    suppressedCells += suppressed;
  }
  return { locations: perLocation.size, pupils, suppressedCells };
}
