import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsvRows, ROTTERDAM, run, tempDir } from './helpers.js';

let tmp: { dir: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  tmp = await tempDir();
});
afterAll(async () => {
  await tmp.cleanup();
});

describe('opgave backtest', () => {
  it('opgave backtest <dir> --origins 2022,2023 prints MAE, sMAPE and MASE per horizon for the model and the naive baselines', async () => {
    const out = join(tmp.dir, 'backtest.csv');
    const r = await run(['backtest', ROTTERDAM, '--origins', '2022,2023', '--horizon', '2', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Backtest from 2 origins (2022, 2023), horizon 1–2, level region');
    expect(r.stdout).toContain('horizon  method        n  MAE (FTE)  sMAPE  MASE');
    for (const method of ['model', 'combination', 'last value', 'linear trend'])
      expect(r.stdout).toContain(method);
    const { header, rows } = parseCsvRows(await readFile(out, 'utf8'));
    expect(header).toEqual(['level', 'measure', 'horizon', 'method', 'n', 'mae', 'smape', 'mase']);
    // 4 levels (region, cluster, board, subject) × 3 measures × 2 horizons × 4 methods
    expect(rows.length).toBe(4 * 3 * 2 * 4);
    const line = rows.find(
      (x) => x[0] === 'region' && x[1] === 'total_shortage_fte' && x[2] === '1' && x[3] === 'model',
    );
    const shown = r.stdout
      .split('total_shortage_fte')[1]
      .split('\n')
      .find((l) => /^\s+1 {2}model/.test(l));
    expect(shown).toContain(Number(line?.[5]).toFixed(1));
  });

  it('opgave backtest <dir> --level county exits 2', async () => {
    const r = await run(['backtest', ROTTERDAM, '--level', 'county']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--level "county" is not one of region, cluster, board');
  });

  it('opgave backtest without <dir> exits 2', async () => {
    const r = await run(['backtest']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('missing <dir>');
  });

  it('opgave backtest <dir> --out b.txt exits 2: unknown output format', async () => {
    const r = await run(['backtest', ROTTERDAM, '--out', join(ROTTERDAM, 'b.txt')]);
    expect(r.code).toBe(2);
  });

  it('opgave backtest <dir> --origins 2022,2023 --progress reports each origin on stderr', async () => {
    const r = await run(['backtest', ROTTERDAM, '--origins', '2022,2023', '--horizon', '1', '--progress']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('backtesting: origin 1/2 done\nbacktesting: origin 2/2 done\n');
  });
});
