/**
 * Benchmark of the projection (not a timed test): `npm run bench -w @opgave/core [-- --quick]` (or OPGAVE_BENCH_QUICK=1).
 * Reads data/rotterdam and, when present, data/national. Reports the median of N runs after warm-up of:
 *   prepare  — index maps, demand and candidate arrays from calibrated parameters (per scenario)
 *   kernel   — the projection itself over flat typed arrays (what the 25 ms / 1 s budgets refer to)
 *   table    — sums over the hierarchy and the long arquero table
 * and cell-year updates per second (leaf cells × age bands × years ÷ kernel time).
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { calibrate, prepare, projectModel } from '../src/index.js';
import { allocateResult, runKernel } from '../src/projection/kernel.js';
import { makeProjection } from '../src/projection/projection.js';
import { loadDataset } from '../src/node/index.js';

const quick = process.argv.includes('--quick') || process.env.OPGAVE_BENCH_QUICK === '1';
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'data');
const horizon = 15;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(runs: number, warmup: number, f: () => void): number {
  for (let i = 0; i < warmup; i++) f();
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    xs.push(performance.now() - t0);
  }
  return median(xs);
}

async function bench(name: string): Promise<void> {
  const dir = join(root, name);
  if (!existsSync(join(dir, 'datapackage.json'))) {
    console.log(`${name}: no dataset at ${dir} (skipped)`);
    return;
  }
  let t0 = performance.now();
  const data = await loadDataset(dir);
  const loadMs = performance.now() - t0;
  t0 = performance.now();
  const params = calibrate(data);
  const calibrateMs = performance.now() - t0;
  const { model } = prepare(data, { params, horizon });
  const runs = quick ? 5 : 30;
  const prepareMs = time(quick ? 2 : 5, 1, () => prepare(data, { params, horizon }));
  const out = allocateResult(model);
  const kernelMs = time(runs, quick ? 2 : 10, () => runKernel(model, out));
  // The long table of the national set has tens of millions of rows: time it only with --table.
  const withTable = name === 'rotterdam' || process.argv.includes('--table');
  const tableMs = withTable ? time(quick ? 1 : 5, 1, () => makeProjection(model, out).table()) : NaN;
  const rows = withTable ? projectModel(model).table().numRows() : 0;
  const updates = model.nLeaf * 10 * horizon;
  console.log(
    [
      `${name}: ${model.locations.length} locations, ${model.subjects.length} subjects, ${model.nLeaf} leaf cells × 10 age bands × ${horizon} years`,
      `  load ${loadMs.toFixed(0)} ms, calibrate ${calibrateMs.toFixed(0)} ms (once)`,
      `  prepare ${prepareMs.toFixed(1)} ms, kernel ${kernelMs.toFixed(2)} ms (median of ${runs})` +
        (withTable
          ? `, sums + long table ${tableMs.toFixed(0)} ms (${rows} rows)`
          : ', long table not timed (use --table)'),
      `  ${(updates / (kernelMs / 1000) / 1e6).toFixed(1)} M cell-year updates per second (kernel)`,
    ].join('\n'),
  );
}

await bench('rotterdam');
await bench('national');
