import type { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { Dataset, DatasetInput } from '../schema/types.js';
import { PROGRESS_EVERY } from '../uncertainty/simulate.js';
import type { SimulateOptions, SimulationResult } from '../uncertainty/simulate.js';
import { planSimulation } from '../uncertainty/simulation-plan.js';
import { QUANTILES } from '../uncertainty/quantile-sorted.js';
import { addPlanStructuralError, simulationResult } from '../uncertainty/simulation-result.js';
import { spareBuffer } from '../uncertainty/spare-buffer.js';
import type { SimulationWorkerMessage, SimulationWorkerReply } from './simulation-worker-messages.js';
import { borrowWorkers, endWorkers, releaseWorkers } from './simulation-workers.js';

/** Options of simulateParallel: simulate's, and the number of worker threads. */
export interface SimulateParallelOptions extends SimulateOptions {
  /** Worker threads (default: the machine's available parallelism, at most one per 50 draws). */
  workers?: number;
}

// The shared samples' memory, reused by the next call (see spareBuffer): the workers write every draw of every cell
// before any is read.
const spareSamples = spareBuffer((bytes) => new SharedArrayBuffer(bytes));

// Whole numbers from … to − 1 split into n ranges as equal as possible, in order.
function splitRange(total: number, n: number): [number, number][] {
  return Array.from({ length: n }, (_, i) => [
    Math.floor((total * i) / n),
    Math.floor((total * (i + 1)) / n),
  ]);
}

/**
 * simulate split over worker threads (Node only): the main thread plans the simulation (calibration, model,
 * groups) once, each worker gets a copy of the plan and runs a share of the draws into shared memory, then a share
 * of the quantiles. The workers stay for the next call (idle, they do not keep the process alive). Every draw has its own random stream
 * (createDrawRandom(seed, d)), so the result is exactly simulate's for the same dataset and options, whatever the
 * number of workers. onProgress is called as in simulate: with (50, draws), (100, draws), … as the workers
 * together pass each 50 draws, and with (draws, draws) at the end.
 * @param input dataset
 * @param options simulate's options and workers
 * @returns the same SimulationResult as simulate(input, options)
 * @example
 * import { simulateParallel } from '@opgave/core/node';
 * const sim = await simulateParallel(data, { draws: 1000, seed: 1, workers: 2 });
 */
export async function simulateParallel(
  input: DatasetInput | Dataset,
  options: SimulateParallelOptions = {},
): Promise<SimulationResult> {
  const { workers: requested, onProgress, structuralError, keepDraws, ...rest } = options;
  if (requested !== undefined && !(Number.isInteger(requested) && requested >= 1 && requested <= 256))
    throw new RangeError(`simulateParallel: workers ${requested} is not a whole number from 1 to 256`);
  const plan = planSimulation(input, rest);
  const N = plan.draws;
  const W = Math.max(1, Math.min(requested ?? availableParallelism(), Math.ceil(N / 50)));
  const T = plan.horizon + 1;
  const GT = plan.groups.length * T;
  const cells = plan.measures.length * GT;
  const Q = QUANTILES.length;
  const samplesBuffer = spareSamples.take(cells * N * 4);
  const valuesBuffer = new SharedArrayBuffer(cells * Q * 8);
  const fteBuffers =
    plan.thresholdFte !== undefined ? Array.from({ length: W }, () => new SharedArrayBuffer(GT * 8)) : [];
  const pctBuffers =
    plan.thresholdPct !== undefined ? Array.from({ length: W }, () => new SharedArrayBuffer(GT * 8)) : [];
  // Progress as simulate reports it: after every PROGRESS_EVERY draws of all workers together, and at the end.
  let done = 0;
  let reported = 0;
  const drawsDone = (draws: number) => {
    done += draws;
    if (!onProgress) return;
    while (reported + PROGRESS_EVERY <= done && reported + PROGRESS_EVERY < N) {
      reported += PROGRESS_EVERY;
      onProgress(reported, N);
    }
    if (draws > 0 && done === N) onProgress(N, N);
  };
  const pool = borrowWorkers(W);
  // Posts one message to each worker; resolves when every worker has sent a reply of the message's type, rejects
  // on the first error or a worker that ends.
  const allReply = (messages: SimulationWorkerMessage[]) =>
    Promise.all(
      pool.map(
        (worker: Worker, w) =>
          new Promise<void>((resolve, reject) => {
            const stop = () => {
              worker.off('message', onMessage);
              worker.off('error', onError);
              worker.off('exit', onExit);
            };
            const onError = (error: Error) => {
              stop();
              reject(error);
            };
            const onExit = (code: number) =>
              onError(new Error(`simulateParallel: a worker ended (exit code ${code})`));
            const onMessage = (message: SimulationWorkerReply) => {
              if (message.type === 'progress' || message.type === 'drawn') drawsDone(message.draws);
              if (message.type === 'error') onError(new Error(message.message));
              else if (message.type === (messages[w].type === 'draws' ? 'drawn' : 'quantiles')) {
                stop();
                resolve();
              }
            };
            worker.on('message', onMessage);
            worker.on('error', onError);
            worker.on('exit', onExit);
            worker.postMessage(messages[w]);
          }),
      ),
    );
  try {
    await allReply(
      splitRange(N, W).map(([from, to], w) => ({
        type: 'draws',
        plan,
        from,
        to,
        samples: samplesBuffer,
        exceedFte: fteBuffers[w],
        exceedPct: pctBuffers[w],
        progressEvery: 10,
      })),
    );
    const samples = new Float32Array(samplesBuffer, 0, cells * N);
    if (structuralError) addPlanStructuralError(plan, samples, structuralError);
    const kept = keepDraws ? samples.slice() : undefined;
    await allReply(
      splitRange(cells, W).map(([from, to]) => ({
        type: 'quantiles',
        samples: samplesBuffer,
        values: valuesBuffer,
        draws: N,
        from,
        to,
      })),
    );
    releaseWorkers(pool);
    spareSamples.give(samplesBuffer);
    const sumCounts = (buffers: SharedArrayBuffer[]) => {
      if (!buffers.length) return undefined;
      const total = new Float64Array(GT);
      for (const buffer of buffers) {
        const counts = new Float64Array(buffer);
        for (let i = 0; i < GT; i++) total[i] += counts[i];
      }
      return total;
    };
    return simulationResult(plan, {
      values: new Float64Array(valuesBuffer).slice(),
      exceedFte: sumCounts(fteBuffers),
      exceedPct: sumCounts(pctBuffers),
      samples: kept,
    });
  } catch (error) {
    await endWorkers(pool);
    throw error;
  }
}
