import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  duoPupilsPerLocation,
  importDuoLocations,
  importDuoPupils,
  parseRegionDefinition,
} from '@opgave/import';
import { areaPupils, titleCase } from '$lib/duo/area-pupils';
import type { PageServerLoad } from './$types';

// Read at build time from the real DUO files in data/duo/ with @opgave/import's DUO importers; the page
// ships only the area's figures.
export const prerender = true;

const folder = resolve('../../data/duo');
// The one region definition of the site (data/regions/README.md gives its source).
const REGION = resolve('../../data/regions/rotterdam-vo-mbo.csv');
const PUPILS = '01.-leerlingen-vo-per-vestiging-naar-onderwijstype-2019.csv';
const LOCATIONS = '02.-alle-vestigingen-vo.csv';

export const load: PageServerLoad = async () => {
  const [pupils, locations] = await Promise.all([
    importDuoPupils(new Uint8Array(readFileSync(resolve(folder, PUPILS))), PUPILS),
    importDuoLocations(new Uint8Array(readFileSync(resolve(folder, LOCATIONS))), LOCATIONS),
  ]);
  if (!pupils.ok) throw new Error(pupils.report.errors.map((e) => e.message).join('\n'));
  if (!locations.ok) throw new Error(locations.report.errors.map((e) => e.message).join('\n'));
  const region = parseRegionDefinition(
    new Uint8Array(readFileSync(REGION)),
    'data/regions/rotterdam-vo-mbo.csv',
  );
  if (!region.ok) throw new Error(region.errors.map((e) => e.message).join('\n'));
  const area = areaPupils({
    pupils: duoPupilsPerLocation(pupils.rows),
    locations: locations.rows,
    region: region.definition.locations.map((l) => l.duoLocation),
  });
  const municipalities = [...new Set(region.definition.locations.map((l) => titleCase(l.municipality)))]
    .filter((name) => name !== '')
    .sort((a, b) => a.localeCompare(b, 'nl'));
  const source = (p: typeof pupils.provenance) => ({
    file: p.file,
    sha256: p.sha256,
    rows: p.rows,
    encoding: p.encoding,
    delimiter: p.delimiter,
  });
  return {
    area,
    municipalities,
    regionFile: 'data/regions/rotterdam-vo-mbo.csv',
    regionLocations: region.definition.locations.length,
    sources: [source(pupils.provenance), source(locations.provenance)],
  };
};
