import { expect, test } from 'vitest';
import type { FetchedDataset } from '$lib/db';
import { runBaseline } from './run-baseline';
import type { Baseline, BaselineRequest, BaselineResponse } from './types';

/** A stand-in for the model's worker: answers a request with `answer`, or fails to load. */
class FakeWorker {
  onmessage: ((event: MessageEvent<BaselineResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  terminated = false;
  received: BaselineRequest | null = null;
  constructor(private answer: (request: BaselineRequest) => BaselineResponse | 'load-error') {}
  postMessage(request: BaselineRequest) {
    this.received = request;
    const answer = this.answer(request);
    queueMicrotask(() => {
      if (answer === 'load-error')
        this.onerror?.({ message: '', preventDefault() {} } as unknown as ErrorEvent);
      else this.onmessage?.({ data: answer } as MessageEvent<BaselineResponse>);
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
const baseline = { baseYear: 2025, units: [] } as unknown as Baseline;

test('runBaseline(dataset) sends the package and files to the worker, resolves its answer and ends it', async () => {
  let worker!: FakeWorker;
  const result = await runBaseline(dataset, {
    horizon: 10,
    createWorker: () =>
      (worker = new FakeWorker((r) => ({ id: r.id, ok: true, baseline }))) as unknown as Worker,
  });
  expect(result).toBe(baseline);
  expect(worker.received?.horizon).toBe(10);
  expect(Object.keys(worker.received?.files ?? {})).toEqual(['pupils.csv']);
  expect(worker.terminated).toBe(true);
});

test("runBaseline(dataset) rejects with the worker's error message", async () => {
  const createWorker = () =>
    new FakeWorker((r) => ({ id: r.id, ok: false, message: 'leavers.csv row 2: bad' })) as unknown as Worker;
  await expect(runBaseline(dataset, { createWorker })).rejects.toThrow('leavers.csv row 2: bad');
});

test('runBaseline(dataset) rejects when the worker cannot be loaded', async () => {
  const createWorker = () => new FakeWorker(() => 'load-error') as unknown as Worker;
  await expect(runBaseline(dataset, { createWorker })).rejects.toThrow("the model's worker failed");
});

test('runBaseline(dataset, { signal }) ends the worker when aborted', async () => {
  const controller = new AbortController();
  let worker!: FakeWorker;
  const never = () =>
    (worker = new FakeWorker(() => ({ id: -1, ok: false, message: '' }))) as unknown as Worker;
  const running = runBaseline(dataset, { signal: controller.signal, createWorker: never });
  controller.abort();
  await expect(running).rejects.toThrow();
  expect(worker.terminated).toBe(true);
});
