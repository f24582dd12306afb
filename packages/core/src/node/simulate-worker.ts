// A worker thread of simulateParallel: runs a share of the main thread's plan's draws into the shared samples, or
// the quantiles of a share of the cells. It stays alive between calls (its compiled code stays warm) and imports
// only what the draws need (no dataset, no calibration).
import { parentPort } from 'node:worker_threads';
import { runDraws } from '../uncertainty/run-draws.js';
import { sampleQuantiles } from '../uncertainty/sample-quantiles.js';
import type { SimulationWorkerMessage, SimulationWorkerReply } from './simulation-worker-messages.js';

const port = parentPort!;
const reply = (message: SimulationWorkerReply) => port.postMessage(message);

port.on('message', (message: SimulationWorkerMessage) => {
  try {
    if (message.type === 'quantiles') {
      const { samples, values, draws, from, to } = message;
      sampleQuantiles(new Float32Array(samples), draws, new Float64Array(values), from, to);
      reply({ type: 'quantiles' });
      return;
    }
    const { plan, from, to, progressEvery } = message;
    let done = 0;
    runDraws(plan, {
      from,
      to,
      samples: new Float32Array(message.samples),
      exceedFte: message.exceedFte ? new Float64Array(message.exceedFte) : undefined,
      exceedPct: message.exceedPct ? new Float64Array(message.exceedPct) : undefined,
      onDraw: () => {
        done++;
        if (done % progressEvery === 0) reply({ type: 'progress', draws: progressEvery });
      },
    });
    reply({ type: 'drawn', draws: done % progressEvery });
  } catch (error) {
    reply({ type: 'error', message: (error as Error).message });
  }
});
