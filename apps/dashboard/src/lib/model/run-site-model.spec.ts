import { expect, test, vi } from 'vitest';
import type { FetchedDataset } from '$lib/db';
import { runSiteModel } from './run-site-model';
import type { SiteBands, SiteMessage, SiteRequest, SiteResult } from './site-types';

/** A stand-in for the model's worker: answers a request with `answers`, or fails to load. */
class FakeWorker {
  onmessage: ((event: MessageEvent<SiteMessage>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  received: SiteRequest | null = null;
  constructor(private answers: (request: SiteRequest) => SiteMessage[] | 'load-error') {}
  postMessage(request: SiteRequest) {
    this.received = request;
    const answers = this.answers(request);
    queueMicrotask(() => {
      if (answers === 'load-error')
        this.onerror?.({ message: '', preventDefault() {} } as unknown as ErrorEvent);
      else for (const data of answers) this.onmessage?.({ data } as MessageEvent<SiteMessage>);
    });
  }
  terminate() {
    this.terminated = true;
  }
}

const dataset: FetchedDataset = {
  url: './data/x/',
  pkg: { resources: [{ name: 'pupils', path: 'pupils.csv' }] },
  files: new Map([['pupils.csv', new TextEncoder().encode('a\n1\n')]]),
};
const result = { baseYear: 2025, units: [] } as unknown as SiteResult;
const bands = { draws: 500, seed: 1, rows: [], ms: 1 } as SiteBands;

/** Runs the model on a fake worker and resolves once it has ended (bands or error). */
function run(answers: (request: SiteRequest) => SiteMessage[] | 'load-error', horizon?: number) {
  let worker!: FakeWorker;
  const calls = { onResult: vi.fn(), onBands: vi.fn(), onError: vi.fn(), onProgress: vi.fn() };
  const done = new Promise<void>((resolve) => {
    runSiteModel(dataset, {
      horizon,
      draws: 100,
      onResult: calls.onResult,
      onBands: (b) => (calls.onBands(b), resolve()),
      onError: (stage, message) => (calls.onError(stage, message), resolve()),
      onProgress: calls.onProgress,
      createWorker: () => (worker = new FakeWorker(answers)) as unknown as Worker,
    });
  });
  return done.then(() => ({ worker, ...calls }));
}

test('runSiteModel(dataset) sends the package and files to the worker, hands on the result, then the bands, and ends it', async () => {
  const { worker, onResult, onBands, onError } = await run(
    () => [
      { type: 'result', result },
      { type: 'bands', bands },
    ],
    10,
  );
  expect(onResult).toHaveBeenCalledWith(result);
  expect(onBands).toHaveBeenCalledWith(bands);
  expect(onError).not.toHaveBeenCalled();
  expect(worker.received?.horizon).toBe(10);
  expect(worker.received?.draws).toBe(100);
  expect(Object.keys(worker.received?.files ?? {})).toEqual(['pupils.csv']);
  expect(worker.terminated).toBe(true);
});

test("runSiteModel(dataset) hands on the worker's error message with its stage and ends the worker", async () => {
  const { worker, onResult, onError } = await run(() => [
    { type: 'error', stage: 'result', message: 'leavers.csv row 2: bad' },
  ]);
  expect(onResult).not.toHaveBeenCalled();
  expect(onError).toHaveBeenCalledWith('result', 'leavers.csv row 2: bad');
  expect(worker.terminated).toBe(true);
});

test('runSiteModel(dataset) reports an error when the worker cannot be loaded', async () => {
  const { onError } = await run(() => 'load-error');
  expect(onError).toHaveBeenCalledWith('result', expect.stringContaining("the model's worker failed"));
});

test('runSiteModel(dataset) returns a function that ends the worker', () => {
  let worker!: FakeWorker;
  const stop = runSiteModel(dataset, {
    onResult() {},
    onBands() {},
    onError() {},
    createWorker: () => (worker = new FakeWorker(() => [])) as unknown as Worker,
  });
  stop();
  expect(worker.terminated).toBe(true);
});

test('runSiteModel(dataset, { onProgress }) hands on the draws done and in all, between the result and the bands', async () => {
  const order: string[] = [];
  const { onProgress, onBands } = await run(() => [
    { type: 'result', result },
    { type: 'progress', done: 50, total: 100 },
    { type: 'progress', done: 100, total: 100 },
    { type: 'bands', bands },
  ]);
  expect(onProgress.mock.calls).toEqual([
    [50, 100],
    [100, 100],
  ]);
  order.push(...onProgress.mock.invocationCallOrder.map(String), String(onBands.mock.invocationCallOrder[0]));
  expect(order.map(Number)).toEqual([...order.map(Number)].sort((a, b) => a - b));
});

test('runSiteModel(pending dataset) starts the worker at once and sends the request when the dataset is there', async () => {
  let worker: FakeWorker | undefined;
  let arrive!: (fetched: FetchedDataset) => void;
  const pending = new Promise<FetchedDataset>((resolve) => (arrive = resolve));
  runSiteModel(pending, {
    onResult() {},
    onBands() {},
    onError() {},
    createWorker: () => (worker = new FakeWorker(() => [])) as unknown as Worker,
  });
  expect(worker).toBeDefined();
  expect(worker?.received).toBeNull();
  arrive(dataset);
  await pending;
  await Promise.resolve();
  expect(Object.keys(worker?.received?.files ?? {})).toEqual(['pupils.csv']);
});

test('runSiteModel(pending dataset) reports a failed fetch as an error of the result and ends the worker', async () => {
  let worker!: FakeWorker;
  const onError = vi.fn();
  const failed = Promise.reject(new Error('./data/x/datapackage.json: HTTP 404 Not Found'));
  runSiteModel(failed, {
    onResult() {},
    onBands() {},
    onError,
    createWorker: () => (worker = new FakeWorker(() => [])) as unknown as Worker,
  });
  await failed.catch(() => {});
  await Promise.resolve();
  expect(onError).toHaveBeenCalledWith('result', './data/x/datapackage.json: HTTP 404 Not Found');
  expect(worker.terminated).toBe(true);
  expect(worker.received).toBeNull();
});

test('runSiteModel(pending dataset) sends nothing when stopped before the dataset is there', async () => {
  let worker!: FakeWorker;
  const stop = runSiteModel(Promise.resolve(dataset), {
    onResult() {},
    onBands() {},
    onError() {},
    createWorker: () => (worker = new FakeWorker(() => [])) as unknown as Worker,
  });
  stop();
  await Promise.resolve();
  await Promise.resolve();
  expect(worker.received).toBeNull();
  expect(worker.terminated).toBe(true);
});
