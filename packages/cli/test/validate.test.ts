import { readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { formatCsv } from '@opgave/contract';
import { brokenCopy, parseCsvRows, ROTTERDAM, run, setCell, tempDir } from './helpers.js';

let tmp: { dir: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  tmp = await tempDir();
});
afterAll(async () => {
  await tmp.cleanup();
});

describe('opgave validate', () => {
  it('opgave validate data/rotterdam exits 0 and ends with a summary line', async () => {
    const r = await run(['validate', ROTTERDAM]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('ok       workforce.csv (77,277 rows)');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe(
      `${ROTTERDAM} is valid: 18 files, 209,088 rows, 0 warnings`,
    );
    expect(r.stderr).toBe('');
  });

  it('opgave validate <dir> exits 1 and names row, column and value of a bad cell', async () => {
    const dir = await brokenCopy(
      tmp.dir,
      { 'workforce.csv': (t) => setCell(t, 17, 'fte', 'x5') },
      'bad-cell',
    );
    const r = await run(['validate', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('invalid workforce.csv: 1 error, 0 warnings');
    expect(r.stdout).toContain('error   workforce.csv row 17, column fte: "x5"');
    expect(r.stdout).toContain('(expected a number');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toMatch(/has errors: 1 error in 1 file/);
  });

  it('opgave validate <dir> --json gives file, row, column, value and expected of each problem', async () => {
    const dir = await brokenCopy(tmp.dir, { 'pupils.csv': (t) => setCell(t, 5, 'pupils', '-3') }, 'bad-json');
    const r = await run(['validate', dir, '--json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.valid).toBe(false);
    expect(report.errors).toBe(1);
    const file = report.files.find((f: { file: string }) => f.file === 'pupils.csv');
    expect(file.errors[0]).toMatchObject({
      file: 'pupils.csv',
      row: 5,
      column: 'pupils',
      value: '-3',
      severity: 'error',
    });
    expect(file.errors[0].expected).toMatch(/0/);
  });

  it('opgave validate <dir> exits 1 when a required column is missing', async () => {
    const dir = await brokenCopy(
      tmp.dir,
      {
        'sectors.csv': (t) => {
          const { header, rows } = parseCsvRows(t);
          return formatCsv([header, ...rows].map((record) => record.slice(0, 2)));
        },
      },
      'missing-column',
    );
    const r = await run(['validate', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/sectors\.csv.*lesson_hours_per_fte/);
  });

  it('opgave validate <dir> exits 1 when a listed file is missing, naming it', async () => {
    const dir = await brokenCopy(tmp.dir, {}, 'missing-file');
    await rm(join(dir, 'intake.csv'));
    const r = await run(['validate', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('intake.csv: file not found');
  });

  it('opgave validate <dir> exits 1 when a foreign key does not resolve', async () => {
    const dir = await brokenCopy(
      tmp.dir,
      { 'locations.csv': (t) => setCell(t, 3, 'board_id', 'B9999') },
      'bad-fk',
    );
    const r = await run(['validate', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/locations\.csv row 3, column board_id: "B9999"/);
  });

  it('opgave validate <dir> reads a resource stored as Parquet', async () => {
    const dir = await brokenCopy(
      tmp.dir,
      { 'datapackage.json': (t) => t.replace('"path": "regions.csv"', '"path": "regions.parquet"') },
      'parquet',
    );
    const parquet = parquetWriteBuffer({
      columnData: [
        { name: 'region_id', data: ['R01'], type: 'STRING' },
        { name: 'name', data: ['Synthetische onderwijsregio Rotterdam vo-mbo'], type: 'STRING' },
      ],
    });
    await writeFile(join(dir, 'regions.parquet'), new Uint8Array(parquet));
    const r = await run(['validate', dir]);
    expect(r.stdout).toContain('ok       regions.parquet (1 row)');
    expect(r.code).toBe(0);
  });

  it('opgave validate <missing dir> exits 2', async () => {
    const r = await run(['validate', join(tmp.dir, 'nope')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no such folder');
  });

  it('opgave validate <dir without datapackage.json> exits 2', async () => {
    const dir = join(tmp.dir, 'empty');
    await mkdir(dir);
    const r = await run(['validate', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('datapackage.json: not found');
  });

  it('opgave validate <dir> exits 1 when datapackage.json is not JSON, without a stack trace', async () => {
    const dir = join(tmp.dir, 'not-json');
    await mkdir(dir);
    await writeFile(join(dir, 'datapackage.json'), '{ "resources": [');
    const r = await run(['validate', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('datapackage.json: is not valid JSON');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const debug = await run(['validate', dir], { env: { OPGAVE_DEBUG: '1' } });
    expect(debug.stderr).toMatch(/\n\s+at /);
  });

  it('opgave validate <dir> --progress writes "loading i/N file" to stderr; without it stderr stays empty', async () => {
    const quiet = await run(['validate', ROTTERDAM]);
    expect(quiet.stderr).toBe('');
    const shown = await run(['validate', ROTTERDAM, '--progress']);
    expect(shown.stderr).toContain('loading 11/18 workforce.csv\n');
    const tty = await run(['validate', ROTTERDAM, '--quiet'], { tty: true });
    expect(tty.stderr).toBe('');
    const ttyShown = await run(['validate', ROTTERDAM], { tty: true });
    expect(ttyShown.stderr).toContain('\r\x1b[2Kloading 1/18 regions.csv');
  });

  it('opgave validate <dir> leaves the files as they were', async () => {
    const before = await readFile(join(ROTTERDAM, 'regions.csv'), 'utf8');
    await run(['validate', ROTTERDAM]);
    expect(await readFile(join(ROTTERDAM, 'regions.csv'), 'utf8')).toBe(before);
  });
});
