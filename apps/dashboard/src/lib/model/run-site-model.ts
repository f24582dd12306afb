import type { FetchedDataset } from '$lib/db';
import type { CalibratedDataset } from './calibrated-dataset';
import type { ClusterOverview } from './cluster-overview';
import type { SiteBands, SiteMessage, SiteRequest, SiteResult } from './site-types';

/** Options of {@link runSiteModel}. */
export interface RunSiteModelOptions {
  horizon?: number;
  /** Draws of the simulation of the bands (default 500). */
  draws?: number;
  /** Called with the measured pupils and FTE per cluster as soon as the dataset is read. */
  onOverview?: (overview: ClusterOverview) => void;
  /** Called with the deterministic result as soon as it is there. */
  onResult: (result: SiteResult) => void;
  /** Called with the dataset as the worker read and calibrated it (for the scenario studio's workers). */
  onCalibrated?: (calibrated: CalibratedDataset) => void;
  /** Called while the bands are simulated: draws done and draws in all (every 50 draws). */
  onProgress?: (done: number, total: number) => void;
  /** Called with the bands once the simulation is done. */
  onBands: (bands: SiteBands) => void;
  /** Called when a step fails, with the step and the message. */
  onError: (stage: 'result' | 'bands', message: string) => void;
  /** Makes the worker; by default the bundled `model.worker.ts`. */
  createWorker?: () => Worker;
}

/**
 * Runs the pages' model in a Web Worker: first the measured overview per cluster, then the projection (posted at once), then the simulation of
 * the bands, with progress by draw. The worker is ended after the second answer or an error.
 * The worker starts at once, so that its module loads and compiles while the dataset still downloads;
 * the request follows when the dataset is there.
 * @param dataset the fetched dataset, or the dataset being fetched (a failed fetch is reported as an
 *   error of the result)
 * @param options horizon, draws and the callbacks
 * @returns a function that stops the worker
 * @example const stop = runSiteModel(fetchDataset('./data/rotterdam'), { onResult, onBands, onError });
 */
export function runSiteModel(
  dataset: FetchedDataset | Promise<FetchedDataset>,
  {
    horizon = 15,
    draws = 500,
    onOverview,
    onResult,
    onCalibrated,
    onBands,
    onError,
    onProgress,
    createWorker = createSiteWorker,
  }: RunSiteModelOptions,
): () => void {
  const worker = createWorker();
  worker.onmessage = ({ data }: MessageEvent<SiteMessage>) => {
    if (data.type === 'overview') onOverview?.(data.overview);
    else if (data.type === 'result') onResult(data.result);
    else if (data.type === 'calibrated') onCalibrated?.(data.calibrated);
    else if (data.type === 'progress') onProgress?.(data.done, data.total);
    else if (data.type === 'bands') {
      worker.terminate();
      onBands(data.bands);
    } else {
      worker.terminate();
      onError(data.stage, data.message);
    }
  };
  worker.onerror = (event: ErrorEvent) => {
    event.preventDefault();
    worker.terminate();
    onError('result', `the model's worker failed: ${event.message || 'it could not be loaded'}`);
  };
  let stopped = false;
  void Promise.resolve(dataset).then(
    (fetched) => {
      if (stopped) return;
      const request: SiteRequest = {
        type: 'site',
        descriptor: fetched.pkg,
        files: Object.fromEntries(fetched.files),
        horizon,
        draws,
      };
      worker.postMessage(request);
    },
    (error: unknown) => {
      if (stopped) return;
      worker.terminate();
      onError('result', error instanceof Error ? error.message : String(error));
    },
  );
  return () => {
    stopped = true;
    worker.terminate();
  };
}

/**
 * Makes the pages' model worker from the bundled module.
 * @returns a module worker running `model.worker.ts`
 * @example const worker = createSiteWorker();
 */
export function createSiteWorker(): Worker {
  return new Worker(new URL('./model.worker.ts', import.meta.url), {
    type: 'module',
    name: 'opgave-site-model',
  });
}
