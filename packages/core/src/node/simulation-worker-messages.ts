import type { SimulationPlan } from '../uncertainty/simulation-plan.js';

/** Main thread → worker: run draws from … to − 1 of the plan into the shared buffers. */
export interface SimulationDrawsMessage {
  type: 'draws';
  /** The main thread's plan (structured clones keep every number exactly). */
  plan: SimulationPlan;
  from: number;
  to: number;
  /** Shared buffers: all samples (float32) and this worker's exceedance counts (float64). */
  samples: SharedArrayBuffer;
  exceedFte?: SharedArrayBuffer;
  exceedPct?: SharedArrayBuffer;
  /** The worker reports progress after every this many of its draws. */
  progressEvery: number;
}

/** Main thread → worker, after all draws are in: the quantiles of cells from … to − 1 into the shared values. */
export interface SimulationQuantilesMessage {
  type: 'quantiles';
  samples: SharedArrayBuffer;
  values: SharedArrayBuffer;
  draws: number;
  from: number;
  to: number;
}

/** Main thread → worker. */
export type SimulationWorkerMessage = SimulationDrawsMessage | SimulationQuantilesMessage;

/** Worker → main thread. */
export type SimulationWorkerReply =
  | { type: 'progress'; draws: number }
  | { type: 'drawn'; draws: number }
  | { type: 'quantiles' }
  | { type: 'error'; message: string };
