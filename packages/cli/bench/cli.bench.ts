/**
 * Benchmark: `opgave validate` end to end, in a subprocess, on a copy of data/rotterdam whose workforce.csv
 * has 1,000,000 rows (OPGAVE_BENCH_QUICK=1: 100,000) over generated locations. Every file is read,
 * sniffed, parsed, validated (types, constraints, primary and foreign keys) and loaded into typed columns.
 * Prints rows/s and the median of a few runs, then one in-process run that also turns the tables into the rows
 * @opgave/core projects from. Target: ≤ 3 s for the million rows.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatCsv, tokeniseCsv } from '@opgave/contract';
import { loadDirectory, toCoreDataset } from '../src/load-directory.js';

const quick = process.env.OPGAVE_BENCH_QUICK === '1';
const rows = quick ? 100_000 : 1_000_000;
const runs = quick ? 3 : 5;
const rotterdam = fileURLToPath(new URL('../../../data/rotterdam', import.meta.url));
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const AGE_BANDS = ['<25', '25-29', '30-34', '35-39', '40-44', '45-49', '50-54', '55-59', '60-64', '65+'];
const YEARS = Array.from({ length: 12 }, (_, i) => 2014 + i);
/** A generated location's fields after its id and name, in the column order of locations.csv. */
const BENCH_LOCATION = ['B0001', 'R01-C1', 'vo', 'GM0599', 'Rotterdam', 'true', '51.92', '4.48'];

const dir = mkdtempSync(join(tmpdir(), 'opgave-cli-bench-'));
try {
  cpSync(rotterdam, dir, { recursive: true });
  const subjectTokens = tokeniseCsv(readFileSync(join(dir, 'subjects.csv'), 'utf8'));
  const sectors = subjectTokens.columns[subjectTokens.header.indexOf('sector')];
  const subjects = subjectTokens.columns[subjectTokens.header.indexOf('subject_id')].filter(
    (_, i) => sectors[i] === 'vo',
  );
  const perLocation = subjects.length * AGE_BANDS.length * YEARS.length;
  const locationCount = Math.ceil(rows / perLocation);
  const locations = Array.from({ length: locationCount }, (_, i) => {
    const letters = String.fromCharCode(65 + (Math.floor(i / 26) % 26), 65 + (i % 26));
    return `${70 + Math.floor(i / 676)}${letters}${String(i % 100).padStart(2, '0')}`;
  });
  const extra = locations.map((id, i) => [id, `Benchschool ${i}`, ...BENCH_LOCATION]);
  writeFileSync(
    join(dir, 'locations.csv'),
    `${readFileSync(join(dir, 'locations.csv'), 'utf8').trimEnd()}\n${formatCsv(extra)}`,
  );
  const records = [['location_id', 'subject_id', 'age_band', 'year', 'headcount', 'fte']];
  let seed = 1;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  outer: for (const loc of locations)
    for (const subject of subjects)
      for (const band of AGE_BANDS)
        for (const year of YEARS) {
          if (records.length > rows) break outer;
          const headcount = 1 + Math.floor(rand() * 6);
          const fte = headcount * (0.5 + rand() * 0.5);
          records.push([loc, subject, band, String(year), String(headcount), fte.toFixed(3)]);
        }
  const csv = formatCsv(records);
  writeFileSync(join(dir, 'workforce.csv'), csv);
  const otherRows = 209_088 - 77_277 + locationCount;
  console.log(
    `workforce.csv: ${rows.toLocaleString('en-US')} rows, ${(csv.length / 1e6).toFixed(1)} MB; other files ${otherRows.toLocaleString('en-US')} rows`,
  );

  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const out = execFileSync(process.execPath, [cli, 'validate', dir], { encoding: 'utf8' });
    const seconds = (performance.now() - start) / 1000;
    if (!out.includes('is valid'))
      throw new Error(`opgave validate did not accept the bench dataset:\n${out}`);
    times.push(seconds);
    const total = rows + otherRows;
    console.log(
      `run ${i + 1}: ${seconds.toFixed(2)} s, ${Math.round(total / seconds).toLocaleString('en-US')} rows/s (opgave validate, subprocess)`,
    );
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  console.log(
    `median: ${median.toFixed(2)} s for ${(rows + otherRows).toLocaleString('en-US')} rows (${Math.round((rows + otherRows) / median).toLocaleString('en-US')} rows/s); target ≤ 3 s for 1,000,000 rows${quick ? ' (quick run)' : ''}`,
  );
  // In-process, one step further: the validated tables also become the rows @opgave/core projects from
  // (what `opgave forecast` does before it calibrates).
  const start = performance.now();
  const loaded = await loadDirectory('bench', dir, process.cwd(), { step: () => {}, done: () => {} });
  const validated = performance.now();
  const data = toCoreDataset(loaded);
  const done = performance.now();
  console.log(
    `in-process: validate ${((validated - start) / 1000).toFixed(2)} s + rows for @opgave/core ${((done - validated) / 1000).toFixed(2)} s = ${((done - start) / 1000).toFixed(2)} s (${data.workforce.length.toLocaleString('en-US')} workforce rows)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
