/**
 * Benchmark of simulate (not a timed test): `npm run bench -w @opgave/core [-- --quick]` (or OPGAVE_BENCH_QUICK=1)
 * runs it after the projection bench. Draws 1000 (quick: 100) Monte Carlo projections of data/rotterdam over
 * 15 years, single-threaded (simulate) and over worker threads (simulateParallel, one per available core), and
 * reports the median wall time of whole calls, the draws per second and the CPU time of the single-threaded run.
 * Budget: 1000 draws in at most 3 s median with the worker pool.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { calibrate, prepare, simulate } from '../src/index.js';
import { allocateResult, runKernel } from '../src/projection/kernel.js';
import { loadDataset, simulateParallel } from '../src/node/index.js';
import { availableParallelism, loadavg } from 'node:os';

const quick = process.argv.includes('--quick') || process.env.OPGAVE_BENCH_QUICK === '1';
const dir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'data', 'rotterdam');
const draws = quick ? 100 : 1000;
const runs = quick ? 3 : 5;

if (!existsSync(join(dir, 'datapackage.json'))) {
  console.log(`simulate: no dataset at ${dir} (skipped)`);
} else {
  const data = await loadDataset(dir);
  const params = calibrate(data);
  simulate(data, { params, draws: Math.min(draws, 100) }); // warm-up
  const times: number[] = [];
  const cpu: number[] = [];
  let groups = 0;
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const sim = simulate(data, { params, draws, seed: i + 1 });
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    groups = sim.groups.length;
  }
  const pool: number[] = [];
  const workers = availableParallelism();
  await simulateParallel(data, { params, draws: Math.min(draws, 100), workers }); // warm-up
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await simulateParallel(data, { params, draws, seed: i + 1, workers });
    pool.push(performance.now() - t0);
  }
  pool.sort((a, b) => a - b);
  const poolMedian = pool[Math.floor(pool.length / 2)];
  // Reference: one deterministic kernel run, to compare machines (≈ 4 ms on an idle core, see docs/model.md).
  const { model } = prepare(data, { params });
  const buffers = allocateResult(model);
  const kernel: number[] = [];
  for (let i = 0; i < 60; i++) {
    const t0 = performance.now();
    runKernel(model, buffers);
    if (i >= 10) kernel.push(performance.now() - t0);
  }
  kernel.sort((a, b) => a - b);
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  const cpuMedian = cpu[Math.floor(cpu.length / 2)];
  console.log(
    [
      `simulate rotterdam: ${draws} draws × 15 years, ${groups} units × subjects, 4 measures`,
      `  one thread: median ${(median / 1000).toFixed(2)} s of ${runs} runs (min ${(times[0] / 1000).toFixed(2)} s), ${(draws / (median / 1000)).toFixed(0)} draws per second`,
      // CPU time of this process: a fairer figure than wall time when other processes share the cores.
      `  one thread: CPU time median ${(cpuMedian / 1000).toFixed(2)} s (${(cpuMedian / draws).toFixed(2)} ms per draw, ${(draws / (cpuMedian / 1000)).toFixed(0)} draws per CPU second)`,
      `  ${workers} worker threads: median ${(poolMedian / 1000).toFixed(2)} s of ${runs} runs (min ${(pool[0] / 1000).toFixed(2)} s), ${(draws / (poolMedian / 1000)).toFixed(0)} draws per second` +
        (quick ? '' : poolMedian <= 3000 ? ' — within the 3 s budget' : ' — OVER the 3 s budget'),
      `  load average ${loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')} on ${workers} cores (other processes slow both figures)`,
      `  reference: one deterministic runKernel ${kernel[kernel.length >> 1].toFixed(2)} ms (median)`,
    ].join('\n'),
  );
}
