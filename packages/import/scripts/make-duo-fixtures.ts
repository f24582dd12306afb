/**
 * Writes test fixtures in DUO's newer layout from the real 2019 pupils file (data/duo/), for the importer
 * tests and the dashboard's e2e test: the rows of the Rijnmond locations (data/regions/rotterdam-vo-mbo.csv)
 * plus the first 40 rows elsewhere, headers renamed to INSTELLINGSCODE/VESTIGINGSCODE (6 characters), UTF-8,
 * every field quoted, CRLF, and every 7th count of 1–4 written as `<5`. Deterministic.
 * Run: npm run fixtures:duo -w @opgave/import
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatCsv, tokeniseCsv, type CsvTokens } from '@opgave/contract';

const repo = (p: string) => fileURLToPath(new URL(`../../../${p}`, import.meta.url));
const out = repo('packages/import/test/fixtures/duo-real');
const records = ({ columns, rowCount }: CsvTokens) =>
  Array.from({ length: rowCount }, (_, row) => columns.map((column) => column[row]));

const regionCsv = tokeniseCsv(readFileSync(repo('data/regions/rotterdam-vo-mbo.csv'), 'utf8'));
const region = new Set(regionCsv.columns[regionCsv.header.indexOf('duo_location')]);
const duoCsv = tokeniseCsv(
  new TextDecoder('windows-1252').decode(
    readFileSync(repo('data/duo/01.-leerlingen-vo-per-vestiging-naar-onderwijstype-2019.csv')),
  ),
  { delimiter: ';' },
);
const header = duoCsv.header
  .map((h) => (h === 'BRIN NUMMER' ? 'INSTELLINGSCODE' : h === 'VESTIGINGSNUMMER' ? 'VESTIGINGSCODE' : h))
  .filter((h) => h !== 'ELEMENTCODE');
let outsideRows = 0;
let small = 0;
const rows: string[][] = [];
for (const c of records(duoCsv)) {
  const code = c[0] + c[1];
  if (!region.has(code)) {
    if (outsideRows >= 40) continue;
    outsideRows++;
  }
  c[1] = code;
  c.splice(8, 1); // newer files have no ELEMENTCODE
  for (let i = 9; i < c.length; i++) {
    const n = Number(c[i]);
    if (n >= 1 && n <= 4 && small++ % 7 === 0) c[i] = '<5';
  }
  rows.push(c);
}
const text = formatCsv([header, ...rows], { newline: '\r\n', quote: 'all' });
mkdirSync(out, { recursive: true });
writeFileSync(`${out}/01.-leerlingen-vo-per-vestiging-naar-onderwijstype-2019.csv`, text);
console.log(`${rows.length} rows, ${outsideRows} outside the region`);
