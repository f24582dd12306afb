import type { SimulationPlan } from '../uncertainty/simulation-plan.js';

/** What a worker of simulateParallel starts with. */
export interface SimulationWorkerData {
  /** The main thread's plan (structured clones keep every number exactly). */
  plan: SimulationPlan;
  /** The worker reports progress after every this many of its draws. */
  progressEvery: number;
  /** The worker's draws: from … to − 1. */
  from: number;
  to: number;
  /** Shared buffers: all samples (float32), the quantiles (float64), and this worker's exceedance counts. */
  samples: SharedArrayBuffer;
  values: SharedArrayBuffer;
  exceedFte?: SharedArrayBuffer;
  exceedPct?: SharedArrayBuffer;
}

/** Main thread → worker, after all draws are in: compute the quantiles of cells from … to − 1. */
export interface SimulationWorkerMessage {
  from: number;
  to: number;
}

/** Worker → main thread. */
export type SimulationWorkerReply =
  | { type: 'progress'; draws: number }
  | { type: 'drawn'; draws: number }
  | { type: 'quantiles' }
  | { type: 'error'; message: string };
