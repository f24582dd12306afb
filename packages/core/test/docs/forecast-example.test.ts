import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parquetMetadata } from 'hyparquet';
import { ROOT, runWithSource, workFolder } from './run-with-source.js';
import { calibrate, project } from '../../src/index.js';
import { loadDataset } from '../../src/node/index.js';

describe('examples/forecast.mjs', () => {
  it('node examples/forecast.mjs data/rotterdam out prints the library’s numbers and writes CSV and Parquet', async () => {
    const cwd = workFolder();
    const code = readFileSync(join(ROOT, 'examples/forecast.mjs'), 'utf8');
    const printed = runWithSource(code, cwd, ['data/rotterdam', 'out']);

    const data = await loadDataset(join(ROOT, 'data/rotterdam'));
    const baseline = project(data, { params: calibrate(data), horizon: 10 });
    const year = baseline.baseYear + 5;
    expect(printed).toContain(
      `${year}: demand ${baseline.value('demand_fte', year).toFixed(0)} fte, total shortage ${baseline.value('total_shortage_fte', year).toFixed(0)} fte`,
    );
    expect(printed).toMatch(new RegExp(`${year}: 90 % band of the shortage \\d+–\\d+ fte`));

    const rows = baseline.table().numRows();
    const csv = readFileSync(join(cwd, 'out/forecast.csv'), 'utf8');
    expect(csv.split('\n').length - 2).toBe(rows);
    const parquet = readFileSync(join(cwd, 'out/forecast.parquet'));
    const buffer = parquet.buffer.slice(parquet.byteOffset, parquet.byteOffset + parquet.byteLength);
    expect(Number(parquetMetadata(buffer as ArrayBuffer).num_rows)).toBe(rows);
    expect(readFileSync(join(cwd, 'out/shortage-bands.csv'), 'utf8')).toMatch(
      /^level,unit,subject,measure,year,p5,/,
    );
  });
});
