/**
 * Writes data/regions/rotterdam-vo-mbo.csv from DUO's vo locations file (data/duo/02.-alle-vestigingen-vo.csv):
 * every location in a municipality of DUO's RMC-regio Rijnmond, its DUO board, and a cluster by area
 * (see data/regions/README.md). Run: npm run region:rotterdam -w @opgave/import
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { draftRegionDefinition, importDuoLocations, type DuoLocationRow } from '../src/index.js';

const repo = (p: string) => fileURLToPath(new URL(`../../../${p}`, import.meta.url));

/** Municipalities with vo locations that DUO's locations file puts in RMC-regio Rijnmond. */
export const RIJNMOND = [
  'BARENDRECHT',
  'BRIELLE',
  'CAPELLE AAN DEN IJSSEL',
  'GOEREE-OVERFLAKKEE',
  'HELLEVOETSLUIS',
  'KRIMPEN AAN DEN IJSSEL',
  'LANSINGERLAND',
  'MAASSLUIS',
  'NISSEWAARD',
  'RIDDERKERK',
  'ROTTERDAM',
  'SCHIEDAM',
  'VLAARDINGEN',
];
const NOORD = ['CAPELLE AAN DEN IJSSEL', 'KRIMPEN AAN DEN IJSSEL', 'LANSINGERLAND'];
const WEST = ['SCHIEDAM', 'VLAARDINGEN', 'MAASSLUIS'];

/** Noord (R01-C1), Zuid (R01-C2) or West (R01-C3); Rotterdam by postcode area. */
function cluster(l: DuoLocationRow): string {
  const m = l.municipality.toUpperCase();
  if (NOORD.includes(m)) return 'R01-C1';
  if (WEST.includes(m)) return 'R01-C3';
  if (m !== 'ROTTERDAM') return 'R01-C2';
  const pc = Number(l.postcode.slice(0, 4));
  if (pc >= 3071 && pc <= 3089) return 'R01-C2'; // south of the Maas
  if ((pc >= 3021 && pc <= 3029) || (pc >= 3041 && pc <= 3047) || pc >= 3180) return 'R01-C3'; // Delfshaven, Overschie, Hoogvliet, Pernis, Rozenburg
  return 'R01-C1';
}

/**
 * The text of data/regions/rotterdam-vo-mbo.csv, drafted from DUO's vo locations file in data/duo/.
 * @returns the CSV text
 * @example
 * writeFileSync('data/regions/rotterdam-vo-mbo.csv', await draftRotterdamRegion());
 */
export async function draftRotterdamRegion(): Promise<string> {
  const file = '02.-alle-vestigingen-vo.csv';
  const r = await importDuoLocations(new Uint8Array(readFileSync(repo(`data/duo/${file}`))), file);
  if (!r.ok) throw new Error(r.report.errors.map((e) => e.message).join('\n'));
  return draftRegionDefinition(r.rows, { municipalities: RIJNMOND, cluster });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const csv = await draftRotterdamRegion();
  writeFileSync(repo('data/regions/rotterdam-vo-mbo.csv'), csv);
  console.log(`data/regions/rotterdam-vo-mbo.csv: ${csv.trim().split('\n').length - 1} locations`);
}
