import type { FetchedDataset } from '$lib/db';
import type { Baseline, BaselineRequest, BaselineResponse } from './types';

/** Options of {@link runBaseline}. */
export interface RunBaselineOptions {
  /** Years projected after the base year (default 15). */
  horizon?: number;
  /** Stops the worker; the promise then rejects with an `AbortError`. */
  signal?: AbortSignal;
  /** Makes the worker; by default the bundled `model.worker.ts` (browser only). */
  createWorker?: () => Worker;
}

let nextId = 1;

/**
 * Runs the baseline of `@opgave/core` (calibrate, then project) in a Web Worker, on a dataset the
 * page has already fetched. The worker gets copies of the files and is ended once it has answered.
 * @param dataset the fetched dataset (`fetchDataset`)
 * @param options horizon, abort signal
 * @returns the series per cluster and for the region
 * @throws the worker's error (e.g. a CSV that cannot be parsed), or when the worker cannot start
 * @example const baseline = await runBaseline(await fetchDataset('./data/rotterdam'), { horizon: 15 });
 */
export function runBaseline(
  dataset: FetchedDataset,
  { horizon = 15, signal, createWorker = createModelWorker }: RunBaselineOptions = {},
): Promise<Baseline> {
  return new Promise<Baseline>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const worker = createWorker();
    const id = nextId++;
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', abort);
    };
    const abort = () => {
      finish();
      reject(signal?.reason ?? new DOMException('runBaseline was aborted', 'AbortError'));
    };
    signal?.addEventListener('abort', abort, { once: true });
    worker.onmessage = ({ data }: MessageEvent<BaselineResponse>) => {
      if (data.id !== id) return;
      finish();
      if (data.ok) resolve(data.baseline);
      else reject(new Error(data.message));
    };
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      finish();
      reject(new Error(`the model's worker failed: ${event.message || 'it could not be loaded'}`));
    };
    worker.onmessageerror = () => {
      finish();
      reject(new Error("the model's worker sent a message that could not be read"));
    };
    const request: BaselineRequest = {
      id,
      descriptor: dataset.pkg,
      files: Object.fromEntries(dataset.files),
      horizon,
    };
    // Structured clone copies the bytes: the page keeps its own for DuckDB.
    worker.postMessage(request);
  });
}

/**
 * Makes the model's worker from the bundled module (Vite turns this into a separate chunk).
 * @returns a module worker running `model.worker.ts`
 * @example const worker = createModelWorker();
 */
export function createModelWorker(): Worker {
  return new Worker(new URL('./model.worker.ts', import.meta.url), { type: 'module', name: 'opgave-model' });
}
