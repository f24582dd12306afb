/**
 * Writes test fixtures in DUO's newer layout from the real 2019 pupils file (data/duo/), for the importer
 * tests and the dashboard's e2e test: the rows of the Rijnmond locations (data/regions/rotterdam-vo-mbo.csv)
 * plus the first 40 rows elsewhere, headers renamed to INSTELLINGSCODE/VESTIGINGSCODE (6 characters), UTF-8,
 * every field quoted, CRLF, and every 7th count of 1–4 written as `<5`. Deterministic.
 * Run: npm run fixtures:duo -w @opgave/import
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const repo = (p: string) => fileURLToPath(new URL(`../../../${p}`, import.meta.url));
const out = repo('packages/import/test/fixtures/duo-real');

const region = new Set(
  readFileSync(repo('data/regions/rotterdam-vo-mbo.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(',')[0]),
);
const lines = new TextDecoder('windows-1252')
  .decode(readFileSync(repo('data/duo/01.-leerlingen-vo-per-vestiging-naar-onderwijstype-2019.csv')))
  .split('\n')
  .filter((l) => l !== '');
const header = lines[0]
  .split(';')
  .map((h) => (h === 'BRIN NUMMER' ? 'INSTELLINGSCODE' : h === 'VESTIGINGSNUMMER' ? 'VESTIGINGSCODE' : h))
  .filter((h) => h !== 'ELEMENTCODE');
let outsideRows = 0;
let small = 0;
const rows: string[][] = [];
for (const line of lines.slice(1)) {
  const c = line.split(';');
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
const quote = (v: string) => `"${v.replace(/"/g, '""')}"`;
const text = [header, ...rows].map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
mkdirSync(out, { recursive: true });
writeFileSync(`${out}/01.-leerlingen-vo-per-vestiging-naar-onderwijstype-2019.csv`, text);
console.log(`${rows.length} rows, ${outsideRows} outside the region`);
