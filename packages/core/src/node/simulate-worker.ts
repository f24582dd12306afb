// A worker thread of simulateParallel: runs its share of the main thread's plan's draws into the shared samples,
// then the quantiles of the cells it is given. It imports only what the draws need (no dataset, no calibration).
import { parentPort, workerData } from 'node:worker_threads';
import { runDraws } from '../uncertainty/run-draws.js';
import { sampleQuantiles } from '../uncertainty/sample-quantiles.js';
import type {
  SimulationWorkerData,
  SimulationWorkerMessage,
  SimulationWorkerReply,
} from './simulation-worker-messages.js';

const input = workerData as SimulationWorkerData;
const port = parentPort!;
const reply = (message: SimulationWorkerReply) => port.postMessage(message);
const { plan, progressEvery } = input;
const samples = new Float32Array(input.samples);

try {
  const exceedFte = input.exceedFte ? new Float64Array(input.exceedFte) : undefined;
  const exceedPct = input.exceedPct ? new Float64Array(input.exceedPct) : undefined;
  let done = 0;
  runDraws(plan, {
    from: input.from,
    to: input.to,
    samples,
    exceedFte,
    exceedPct,
    onDraw: () => {
      done++;
      if (done % progressEvery === 0) reply({ type: 'progress', draws: progressEvery });
    },
  });
  reply({ type: 'drawn', draws: done % progressEvery });
} catch (error) {
  reply({ type: 'error', message: (error as Error).message });
}

port.on('message', (message: SimulationWorkerMessage) => {
  try {
    sampleQuantiles(samples, plan.draws, new Float64Array(input.values), message.from, message.to);
    reply({ type: 'quantiles' });
  } catch (error) {
    reply({ type: 'error', message: (error as Error).message });
  }
});
