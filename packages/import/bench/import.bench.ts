/**
 * Benchmark: a workforce CSV of 1,000,000 rows (OPGAVE_BENCH_QUICK=1: 100,000) generated in memory, then
 * decode + sniff + parse + validate (types, constraints, primary key, foreign keys) + typed columns +
 * SHA-256, through importTable. Prints rows/s and the median of a few runs. Target: ≤ 3 s in Node.
 */
import { formatCsv } from '@opgave/contract';
import { importTable } from '../src/index.js';

const quick = process.env.OPGAVE_BENCH_QUICK === '1';
const rows = quick ? 100_000 : 1_000_000;
const runs = quick ? 3 : 5;
const AGE_BANDS = ['<25', '25-29', '30-34', '35-39', '40-44', '45-49', '50-54', '55-59', '60-64', '65+'];
const SUBJECTS = [
  'ak',
  'bi',
  'du',
  'ec',
  'en',
  'fa',
  'gs',
  'ku',
  'lo',
  'ltc',
  'mu',
  'na',
  'ne',
  'sk',
  'te',
  'wi',
  'in',
  'ma',
  'fi',
  'gr',
].map((s) => `vo-${s}`);
const YEARS = [2021, 2022, 2023, 2024, 2025];

function location(i: number): string {
  const letters = String.fromCharCode(65 + (Math.floor(i / 26) % 26), 65 + (i % 26));
  return `${String(90 + Math.floor(i / 676)).padStart(2, '0')}${letters}${String(i % 100).padStart(2, '0')}`;
}

const perLocation = AGE_BANDS.length * SUBJECTS.length * YEARS.length;
const locationCount = Math.ceil(rows / perLocation);
const locations = Array.from({ length: locationCount }, (_, i) => location(i));
const records = [['location_id', 'subject_id', 'age_band', 'year', 'headcount', 'fte']];
let seed = 1;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
outer: for (const loc of locations)
  for (const subject of SUBJECTS)
    for (const band of AGE_BANDS)
      for (const year of YEARS) {
        if (records.length > rows) break outer;
        const headcount = 1 + Math.floor(rand() * 6);
        const fte = headcount * (0.5 + rand() * 0.5);
        records.push([loc, subject, band, String(year), String(headcount), fte.toFixed(3)]);
      }
const bytes = new TextEncoder().encode(formatCsv(records));
const references = { locations: new Set(locations), subjects: new Set(SUBJECTS) };
console.log(`workforce.csv: ${rows.toLocaleString('en-US')} rows, ${(bytes.length / 1e6).toFixed(1)} MB`);

const times: number[] = [];
for (let r = 0; r < runs; r++) {
  const t0 = performance.now();
  const result = await importTable(bytes, 'workforce.csv', { resource: 'workforce', references });
  const t = performance.now() - t0;
  if (!result.ok)
    throw new Error(
      result.report.errors
        .slice(0, 3)
        .map((e) => e.message)
        .join('\n'),
    );
  if (result.table.rowCount !== rows) throw new Error(`expected ${rows} rows, got ${result.table.rowCount}`);
  times.push(t);
  console.log(`run ${r + 1}: ${(t / 1000).toFixed(2)} s`);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(
  `median ${(median / 1000).toFixed(2)} s — ${Math.round(rows / (median / 1000)).toLocaleString('en-US')} rows/s (target ≤ 3 s for 1,000,000 rows)`,
);
