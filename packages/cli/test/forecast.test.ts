import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parquetReadObjects } from 'hyparquet';
import { project, runScenario, type Projection } from '@opgave/core';
import { loadDataset } from '@opgave/core/node';
import { writeAtomically, writeTable } from '../src/write-table.js';
import { brokenCopy, parseCsvRows, ROTTERDAM, run, setCell, tempDir } from './helpers.js';

const HORIZON = 3;
let tmp: { dir: string; cleanup: () => Promise<void> };
let reference: {
  level: string[];
  unit: string[];
  subject: string[];
  year: number[];
  measure: string[];
  value: number[];
};
let projection: Projection;

beforeAll(async () => {
  tmp = await tempDir();
  const data = await loadDataset(ROTTERDAM);
  projection = project(data, { horizon: HORIZON });
  const t = projection.table();
  reference = {
    level: Array.from(t.array('level') as ArrayLike<string>),
    unit: Array.from(t.array('unit') as ArrayLike<string>),
    subject: Array.from(t.array('subject') as ArrayLike<string>),
    year: Array.from(t.array('year') as ArrayLike<number>),
    measure: Array.from(t.array('measure') as ArrayLike<string>),
    value: Array.from(t.array('value') as ArrayLike<number>),
  };
});
afterAll(async () => {
  await tmp.cleanup();
});

type Row = {
  level: string;
  unit: string;
  subject: string;
  year: number;
  measure: string;
  value: number | null;
};

function expectEqualToProject(rows: Row[]): void {
  expect(rows.length).toBe(reference.value.length);
  let mismatches = 0;
  rows.forEach((r, i) => {
    const same =
      r.level === reference.level[i] &&
      r.unit === reference.unit[i] &&
      r.subject === reference.subject[i] &&
      r.year === reference.year[i] &&
      r.measure === reference.measure[i] &&
      r.value === reference.value[i];
    if (!same) mismatches++;
  });
  expect(mismatches).toBe(0);
}

describe('opgave forecast', () => {
  it('opgave forecast <dir> --out r.csv writes the long table with the values of project()', async () => {
    const out = join(tmp.dir, 'r.csv');
    const r = await run(['forecast', ROTTERDAM, '--horizon', String(HORIZON), '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(
      `r.csv: ${reference.value.length.toLocaleString('en-US')} rows (baseline; 2025–2028)`,
    );
    const { header, rows } = parseCsvRows(await readFile(out, 'utf8'));
    expect(header).toEqual(['level', 'unit', 'subject', 'year', 'measure', 'value']);
    expectEqualToProject(
      rows.map(([level, unit, subject, year, measure, value]) => ({
        level,
        unit,
        subject,
        year: Number(year),
        measure,
        value: Number(value),
      })),
    );
    const shortage = projection.value('total_shortage_fte', 2028);
    expect(r.stdout).toContain(
      `2025 ${Math.round(projection.value('total_shortage_fte', 2025)).toLocaleString('en-US')} FTE`,
    );
    expect(shortage).toBeGreaterThan(0);
  });

  it('opgave forecast <dir> --out r.json writes an array of rows with the values of project()', async () => {
    const out = join(tmp.dir, 'r.json');
    const r = await run(['forecast', ROTTERDAM, '--horizon', String(HORIZON), '--out', out]);
    expect(r.code).toBe(0);
    expectEqualToProject(JSON.parse(await readFile(out, 'utf8')) as Row[]);
  });

  it('opgave forecast <dir> --out r.parquet writes Parquet that hyparquet reads back to the values of project()', async () => {
    const out = join(tmp.dir, 'r.parquet');
    const r = await run(['forecast', ROTTERDAM, '--horizon', String(HORIZON), '--out', out]);
    expect(r.code).toBe(0);
    const bytes = await readFile(out);
    const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    const rows = (await parquetReadObjects({ file })) as Row[];
    expectEqualToProject(rows);
  });

  it('opgave forecast <dir> --scenario s.json adds a variant column: baseline, scenario, difference', async () => {
    const scenarioFile = join(tmp.dir, 'binding.json');
    const scenario = { name: 'binding', bindingRatePp: 10, extraLateralEntrantsFte: 20 };
    await writeFile(scenarioFile, JSON.stringify(scenario));
    const out = join(tmp.dir, 'scenario.csv');
    const r = await run(['forecast', ROTTERDAM, '--horizon', '1', '--scenario', scenarioFile, '--out', out]);
    expect(r.code).toBe(0);
    const { header, rows } = parseCsvRows(await readFile(out, 'utf8'));
    expect(header).toEqual(['variant', 'level', 'unit', 'subject', 'year', 'measure', 'value']);
    const expected = runScenario(await loadDataset(ROTTERDAM), scenario, { horizon: 1 });
    const n = expected.baseline.table().numRows();
    expect(rows.length).toBe(3 * n);
    expect(new Set(rows.map((row) => row[0]))).toEqual(new Set(['baseline', 'scenario', 'difference']));
    const find = (variant: string) =>
      rows.find(
        (row) =>
          row[0] === variant &&
          row[1] === 'region' &&
          row[3] === 'all' &&
          row[4] === '2026' &&
          row[5] === 'total_shortage_fte',
      );
    expect(Number(find('scenario')?.[6])).toBe(expected.scenario.value('total_shortage_fte', 2026));
    expect(Number(find('baseline')?.[6])).toBe(expected.baseline.value('total_shortage_fte', 2026));
    expect(Number(find('difference')?.[6])).toBeCloseTo(
      expected.scenario.value('total_shortage_fte', 2026) -
        expected.baseline.value('total_shortage_fte', 2026),
      9,
    );
    expect(Number(find('difference')?.[6])).toBeLessThan(0);
  });

  it('opgave forecast <dir> --scenario bad.json exits 1 naming the lever, value and range, and writes nothing', async () => {
    const scenarioFile = join(tmp.dir, 'bad.json');
    await writeFile(scenarioFile, JSON.stringify({ bindingRatePp: 80 }));
    const out = join(tmp.dir, 'never.csv');
    const r = await run(['forecast', ROTTERDAM, '--scenario', scenarioFile, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'bad.json: scenario lever bindingRatePp: 80 is outside the allowed range -50 to 50 (percentage points)',
    );
    expect(r.stderr).not.toMatch(/\n\s+at /);
    await expect(readFile(out)).rejects.toThrow();
  });

  it('opgave forecast <dir> --scenario missing.json exits 2', async () => {
    const r = await run([
      'forecast',
      ROTTERDAM,
      '--scenario',
      join(tmp.dir, 'missing.json'),
      '--out',
      join(tmp.dir, 'x.csv'),
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('missing.json: file not found');
  });

  it('opgave forecast <invalid dir> exits 1, lists the bad cell and keeps an existing output untouched', async () => {
    const dir = await brokenCopy(
      tmp.dir,
      { 'leavers.csv': (t) => setCell(t, 40, 'reason', 'emigrated') },
      'bad-leavers',
    );
    const out = join(tmp.dir, 'existing.csv');
    await writeFile(out, 'previous results\n');
    const r = await run(['forecast', dir, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('leavers.csv row 40, column reason: "emigrated"');
    expect(r.stderr).toContain('nothing was written');
    expect(await readFile(out, 'utf8')).toBe('previous results\n');
  });

  it('opgave forecast <dir> --out r.xlsx exits 2: unknown output format', async () => {
    const r = await run(['forecast', ROTTERDAM, '--out', join(tmp.dir, 'r.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown output format ".xlsx" (use .csv, .json or .parquet)');
  });

  it('opgave forecast <dir> without --out exits 2', async () => {
    const r = await run(['forecast', ROTTERDAM]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('missing --out');
  });

  it('opgave forecast <dir> --horizon 0 exits 2', async () => {
    const r = await run(['forecast', ROTTERDAM, '--horizon', '0', '--out', join(tmp.dir, 'h.csv')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--horizon "0" is not a whole number from 1 to 50');
  });

  it('opgave forecast <dir> --draws 120 --progress shows the draws done: draw 50/120, 100/120, 120/120', async () => {
    const out = join(tmp.dir, 'progress.csv');
    const r = await run([
      'forecast',
      ROTTERDAM,
      '--horizon',
      '1',
      '--draws',
      '120',
      '--progress',
      '--out',
      out,
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      'simulating (baseline): draw 50/120\nsimulating (baseline): draw 100/120\nsimulating (baseline): draw 120/120\n',
    );
  });

  it('opgave forecast <dir> --draws N adds quantile columns p5 … p95', async () => {
    const out = join(tmp.dir, 'draws.csv');
    const r = await run([
      'forecast',
      ROTTERDAM,
      '--horizon',
      '2',
      '--draws',
      '20',
      '--seed',
      '7',
      '--out',
      out,
    ]);
    expect(r.code).toBe(0);
    const { header, rows } = parseCsvRows(await readFile(out, 'utf8'));
    expect(header).toEqual([
      'level',
      'unit',
      'subject',
      'year',
      'measure',
      'value',
      'p5',
      'p10',
      'p25',
      'p50',
      'p75',
      'p90',
      'p95',
    ]);
    const region = rows.find(
      (row) =>
        row[0] === 'region' && row[2] === 'all' && row[3] === '2027' && row[4] === 'total_shortage_fte',
    );
    const q = (region as string[]).slice(6).map(Number);
    expect(q.every(Number.isFinite)).toBe(true);
    for (let i = 1; i < q.length; i++) expect(q[i]).toBeGreaterThanOrEqual(q[i - 1]);
    expect(q[6]).toBeGreaterThan(q[0]);
  });

  it('opgave forecast <dir> --out <missing folder>/r.csv exits 3: the file cannot be written', async () => {
    const r = await run([
      'forecast',
      ROTTERDAM,
      '--horizon',
      '1',
      '--out',
      join(tmp.dir, 'no-such-folder', 'r.csv'),
    ]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/r\.csv: cannot be written \(ENOENT/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('writeAtomically(path, write) leaves neither the file nor a temporary file when writing fails', async () => {
    const dir = join(tmp.dir, 'atomic');
    await mkdir(dir);
    await expect(
      writeAtomically(join(dir, 'out.csv'), async (t) => {
        await writeFile(t, 'half');
        throw new Error('disk full');
      }),
    ).rejects.toThrow('out.csv: cannot be written (disk full)');
    expect(await readdir(dir)).toEqual([]);
  });

  it('writeTable(path, "csv", table) quotes text with commas and leaves missing numbers empty', async () => {
    const out = join(tmp.dir, 'quoted.csv');
    await writeTable(out, 'csv', {
      rowCount: 2,
      columns: [
        { name: 'name', type: 'string', values: ['Handel, horeca', 'plain'] },
        { name: 'value', type: 'number', values: [1.5, NaN] },
      ],
    });
    expect(await readFile(out, 'utf8')).toBe('name,value\n"Handel, horeca",1.5\nplain,\n');
  });
});
