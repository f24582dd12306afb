/**
 * Fingerprints of simulate's and simulateParallel's results on data/rotterdam (not a test, not timed):
 * `npx tsx bench/simulate-fingerprint.ts` prints a short SHA-256 of the samples, quantiles and exceedances of two
 * runs (the default measures with thresholds; every measure under a scenario). Run it before and after a change
 * that should only make simulate faster: the lines must be the same, bit for bit.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { calibrate, simulate, SIMULATION_MEASURES } from '../src/index.js';
import type { SimulateOptions, SimulationResult } from '../src/index.js';
import { loadDataset, simulateParallel } from '../src/node/index.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'data', 'rotterdam');

function fingerprint(values: ArrayBufferView | undefined): string {
  if (!values) return '-';
  const bytes = new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
  return createHash('sha256').update(bytes).digest('hex').slice(0, 16);
}

function line(name: string, draws: number, sim: SimulationResult): string {
  const parts = [sim.samples, sim.values, sim.exceedanceFte, sim.exceedancePct].map(fingerprint);
  return [name, draws, ...parts].join(' ');
}

if (!existsSync(join(dir, 'datapackage.json'))) {
  console.log(`simulate fingerprint: no dataset at ${dir} (skipped)`);
} else {
  const data = await loadDataset(dir);
  const params = calibrate(data);
  const runs: SimulateOptions[] = [
    { draws: 203, seed: 3, keepDraws: true, thresholdFte: 5, thresholdPct: 4 },
    {
      draws: 150,
      seed: 9,
      keepDraws: true,
      measures: [...SIMULATION_MEASURES],
      scenario: { intakeChangePct: 10, workingLongerYears: 1 },
    },
  ];
  for (const options of runs) {
    console.log(line('simulate', options.draws!, simulate(data, { params, ...options })));
    const parallel = await simulateParallel(data, { params, ...options, workers: 2 });
    console.log(line('parallel', options.draws!, parallel));
  }
}
