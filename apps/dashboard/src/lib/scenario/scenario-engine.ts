import type { IntakeTarget, Scenario } from '@opgave/core';
import type { FetchedDataset } from '$lib/db';
import type { CalibratedDataset } from '$lib/model/calibrated-dataset';
import { columnBuffers } from '$lib/model/dataset-columns';
import type {
  IntakeAnswer,
  ScenarioAggregates,
  ScenarioAnswer,
  ScenarioBandRow,
  ScenarioMeta,
  ScenarioRequest,
} from './scenario-types';

/** Draws of a scenario's band: fewer than the site's 500, so the band follows the levers quickly. */
export const SCENARIO_BAND_DRAWS = 200;

/** Options of {@link createScenarioEngine}. */
export interface ScenarioEngineOptions {
  horizon?: number;
  bandDraws?: number;
  /** Quiet time after the last lever change before the band is simulated (ms). */
  bandDelayMs?: number;
  onReady: (meta: ScenarioMeta, baseline: ScenarioAggregates, ms: number) => void;
  /** The live scenario's projection, with the scenario it is for (the latest asked for wins). */
  onRun: (scenario: Scenario, aggregates: ScenarioAggregates, ms: number) => void;
  /** The live scenario's band, once the levers rest. */
  onBands: (scenario: Scenario, rows: ScenarioBandRow[], draws: number, ms: number) => void;
  /** Whether a band is being simulated or waits for the levers to rest. */
  onBandsBusy?: (busy: boolean) => void;
  onError: (stage: 'init' | 'run' | 'bands', message: string) => void;
  createWorker?: () => Worker;
  /** The dataset as the site's model already read and calibrated it: then no worker parses the files. */
  calibrated?: CalibratedDataset | null;
}

/** The studio's model, in two Web Workers. */
export interface ScenarioEngine {
  /** Projects the live scenario at once (a newer call supersedes one not yet started) and its band later. */
  run(scenario: Scenario): void;
  /** Projects a scenario for the comparison. */
  compute(scenario: Scenario): Promise<ScenarioAggregates>;
  /** The core's requiredIntake on top of a scenario. */
  intake(scenario: Scenario, target: IntakeTarget): Promise<IntakeAnswer>;
  /** Ends both workers. */
  dispose(): void;
}

/** A request without its id (the channel numbers it). */
type Unnumbered<T> = T extends unknown ? Omit<T, 'id'> : never;

type Pending = { resolve: (answer: ScenarioAnswer) => void; reject: (error: Error) => void };

/**
 * Starts the scenario studio's model on a dataset: one worker for the projections and the required
 * intake (answers within milliseconds), one for the bands (hundreds of draws, never in the way of a
 * lever). The first reads and calibrates the dataset once, unless the site's model has done so already
 * (`options.calibrated`); the second is handed that calibrated dataset, as columns, and parses nothing.
 * Both keep the model.
 * @param dataset the fetched dataset (its bytes are copied to the first worker when it must read them)
 * @param options the callbacks, horizon and band settings
 * @returns the engine
 * @example const engine = createScenarioEngine(dataset, { onReady, onRun, onBands, onError });
 */
export function createScenarioEngine(
  dataset: FetchedDataset,
  options: ScenarioEngineOptions,
): ScenarioEngine {
  const {
    horizon = 15,
    bandDraws = SCENARIO_BAND_DRAWS,
    bandDelayMs = 250,
    createWorker = createScenarioWorker,
  } = options;
  let nextId = 1;
  const channel = (worker: Worker) => {
    const pending = new Map<number, Pending>();
    worker.onmessage = ({ data }: MessageEvent<ScenarioAnswer>) => {
      const waiting = pending.get(data.id);
      pending.delete(data.id);
      if (data.type === 'error') waiting?.reject(new Error(data.message));
      else waiting?.resolve(data);
    };
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      const error = new Error(`the scenario worker failed: ${event.message || 'it could not be loaded'}`);
      for (const p of pending.values()) p.reject(error);
      pending.clear();
    };
    return {
      worker,
      ask(request: Unnumbered<ScenarioRequest>, transfer: Transferable[] = []): Promise<ScenarioAnswer> {
        const id = nextId++;
        return new Promise((resolve, reject) => {
          pending.set(id, { resolve, reject });
          worker.postMessage({ ...request, id } as ScenarioRequest, transfer);
        });
      },
    };
  };
  const model = channel(createWorker());
  const bands = channel(createWorker());
  const given = options.calibrated;
  // Copied, not moved, from the site's model: the page keeps it for the studio's next start.
  const ready = given
    ? model.ask({ type: 'init', source: { calibrated: given }, horizon })
    : model.ask({
        type: 'init',
        source: { descriptor: dataset.pkg, files: Object.fromEntries(dataset.files) },
        horizon,
      });
  const bandsReady = given
    ? bands.ask({ type: 'init', source: { calibrated: given }, horizon })
    : // The bands' worker starts from the dataset the model's worker has read and calibrated.
      ready.then((answer) => {
        if (answer.type !== 'ready' || !answer.calibrated)
          throw new Error('the model sent no calibrated dataset');
        const { calibrated } = answer;
        return bands.ask(
          { type: 'init', source: { calibrated }, horizon },
          columnBuffers(calibrated.columns),
        );
      });
  // Its failure is the model's, reported once by `ready` below; a band asked for later reports it again.
  bandsReady.catch(() => {});
  let disposed = false;
  ready.then(
    (answer) => {
      if (!disposed && answer.type === 'ready') options.onReady(answer.meta, answer.baseline, answer.ms);
    },
    (error: Error) => !disposed && options.onError('init', error.message),
  );

  // The live scenario: one projection in flight, the latest waiting one next.
  let running = false;
  let waiting: Scenario | null = null;
  const runNext = async () => {
    if (running || waiting === null || disposed) return;
    const scenario = waiting;
    waiting = null;
    running = true;
    try {
      await ready;
      const answer = await model.ask({ type: 'run', scenario });
      if (!disposed && answer.type === 'run') options.onRun(scenario, answer.aggregates, answer.ms);
    } catch (error) {
      if (!disposed) options.onError('run', (error as Error).message);
    } finally {
      running = false;
      void runNext();
    }
  };

  // The band: after the levers rest, one simulation in flight, the latest waiting one next.
  let bandTimer: ReturnType<typeof setTimeout> | undefined;
  let bandRunning = false;
  let bandWaiting: Scenario | null = null;
  const bandNext = async () => {
    if (bandRunning || bandWaiting === null || disposed) return;
    const scenario = bandWaiting;
    bandWaiting = null;
    bandRunning = true;
    try {
      await bandsReady;
      const answer = await bands.ask({ type: 'bands', scenario, draws: bandDraws });
      // A band for levers that have moved on since is superseded: it is not shown.
      if (!disposed && answer.type === 'bands' && bandWaiting === null && bandTimer === undefined)
        options.onBands(scenario, answer.rows, answer.draws, answer.ms);
    } catch (error) {
      if (!disposed) options.onError('bands', (error as Error).message);
    } finally {
      bandRunning = false;
      if (bandWaiting === null && bandTimer === undefined) options.onBandsBusy?.(false);
      void bandNext();
    }
  };

  return {
    run(scenario) {
      waiting = scenario;
      void runNext();
      options.onBandsBusy?.(true);
      clearTimeout(bandTimer);
      bandTimer = setTimeout(() => {
        bandTimer = undefined;
        bandWaiting = scenario;
        void bandNext();
      }, bandDelayMs);
    },
    async compute(scenario) {
      await ready;
      const answer = await model.ask({ type: 'run', scenario });
      if (answer.type !== 'run') throw new Error(`unexpected answer ${answer.type}`);
      return answer.aggregates;
    },
    async intake(scenario, target) {
      await ready;
      const answer = await model.ask({ type: 'intake', scenario, target });
      if (answer.type !== 'intake') throw new Error(`unexpected answer ${answer.type}`);
      return answer.answer;
    },
    dispose() {
      disposed = true;
      clearTimeout(bandTimer);
      model.worker.terminate();
      bands.worker.terminate();
    },
  };
}

/**
 * Makes a scenario worker from the bundled module.
 * @returns a module worker running `model.worker.ts` (the site model's, which answers the studio too)
 * @example const worker = createScenarioWorker();
 */
export function createScenarioWorker(): Worker {
  return new Worker(new URL('../model/model.worker.ts', import.meta.url), {
    type: 'module',
    name: 'opgave-scenario-model',
  });
}
