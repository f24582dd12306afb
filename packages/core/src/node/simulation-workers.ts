import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

// Idle workers of simulateParallel, kept between calls (unref'd, so they never keep the process alive).
const idle: Worker[] = [];

// From the sources (tests, bench, tsx) the worker is TypeScript: it first registers tsx's loader through tsx's API
// (tsx registers itself on the main thread only, so neither the inherited loader nor an --import in execArgv
// reaches a worker); from dist it is plain JS.
function startWorker(): Worker {
  const here = import.meta.url;
  let worker: Worker;
  if (!/\.ts$/.test(here)) worker = new Worker(new URL('./simulate-worker.js', here));
  else {
    // The ESM build of tsx's API (require.resolve finds its CommonJS twin next to it).
    const api = pathToFileURL(
      createRequire(here)
        .resolve('tsx/esm/api')
        .replace(/\.cjs$/, '.mjs'),
    ).href;
    const entry = new URL('./simulate-worker.ts', here).href;
    const code = `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); })`;
    worker = new Worker(code, { eval: true });
  }
  // An idle worker that fails or ends leaves the pool; a busy one is reported by the call that uses it.
  worker.on('error', () => {});
  worker.once('exit', () => {
    const i = idle.indexOf(worker);
    if (i >= 0) idle.splice(i, 1);
  });
  return worker;
}

/**
 * n worker threads for simulateParallel: idle ones from earlier calls first (their compiled code is warm), new
 * ones for the rest. Give them back with releaseWorkers, or end them with endWorkers after a failure.
 * @param n number of workers
 * @returns the workers, each keeping the process alive until released
 * @example
 * const workers = borrowWorkers(2);
 */
export function borrowWorkers(n: number): Worker[] {
  const workers = idle.splice(0, n);
  while (workers.length < n) workers.push(startWorker());
  for (const worker of workers) worker.ref();
  return workers;
}

/**
 * Give workers back to the pool: they wait unref'd for the next call.
 * @param workers from borrowWorkers, with no call running
 * @example
 * releaseWorkers(workers);
 */
export function releaseWorkers(workers: Worker[]): void {
  for (const worker of workers) {
    worker.removeAllListeners('message');
    worker.unref();
    idle.push(worker);
  }
}

/**
 * End workers (after a failure, when their state is unknown).
 * @param workers from borrowWorkers
 * @example
 * await endWorkers(workers);
 */
export async function endWorkers(workers: Worker[]): Promise<void> {
  await Promise.all(workers.map((worker) => worker.terminate()));
}
