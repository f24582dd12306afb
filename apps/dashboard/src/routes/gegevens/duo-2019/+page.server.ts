import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { duoPupilsPerLocation, importDuoLocations, importDuoPupils } from '@opgave/import';
import { areaPupils } from '$lib/duo/area-pupils';
import { ROTTERDAM_AREA } from '$lib/duo/rotterdam-area';
import type { PageServerLoad } from './$types';

// Read at build time from the real DUO files in data/duo/ with @opgave/import's DUO importers; the page
// ships only the area's figures.
export const prerender = true;

const folder = resolve('../../data/duo');
const PUPILS = '01.-leerlingen-vo-per-vestiging-naar-onderwijstype-2019.csv';
const LOCATIONS = '02.-alle-vestigingen-vo.csv';

export const load: PageServerLoad = async () => {
  const [pupils, locations] = await Promise.all([
    importDuoPupils(new Uint8Array(readFileSync(resolve(folder, PUPILS))), PUPILS),
    importDuoLocations(new Uint8Array(readFileSync(resolve(folder, LOCATIONS))), LOCATIONS),
  ]);
  if (!pupils.ok) throw new Error(pupils.report.errors.map((e) => e.message).join('\n'));
  if (!locations.ok) throw new Error(locations.report.errors.map((e) => e.message).join('\n'));
  const area = areaPupils({
    pupils: duoPupilsPerLocation(pupils.rows),
    locations: locations.rows,
    municipalities: ROTTERDAM_AREA.map((m) => m.code),
  });
  const source = (p: typeof pupils.provenance) => ({
    file: p.file,
    sha256: p.sha256,
    rows: p.rows,
    encoding: p.encoding,
    delimiter: p.delimiter,
  });
  return {
    area,
    municipalities: ROTTERDAM_AREA.map((m) => m.name),
    sources: [source(pupils.provenance), source(locations.provenance)],
  };
};
