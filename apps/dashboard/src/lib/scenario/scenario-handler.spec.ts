import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { columnBuffers } from '$lib/model/dataset-columns';
import { handleScenarioRequest } from './scenario-handler';
import type { ScenarioAnswer, ScenarioRequest } from './scenario-types';

const rotterdam = fileURLToPath(new URL('../../../../../data/rotterdam/', import.meta.url));

async function ask(request: ScenarioRequest): Promise<{ answer: ScenarioAnswer; transfer: Transferable[] }> {
  let posted: { answer: ScenarioAnswer; transfer: Transferable[] } | undefined;
  await handleScenarioRequest(request, (answer, transfer = []) => (posted = { answer, transfer }));
  if (!posted) throw new Error(`no answer to ${request.type}`);
  if (posted.answer.type === 'error') throw new Error(posted.answer.message);
  return posted;
}

test('handleScenarioRequest(init from the calibrated dataset another worker posted) answers as init from the files', async () => {
  const files = Object.fromEntries(
    readdirSync(rotterdam)
      .filter((name) => name.endsWith('.csv'))
      .map((name) => [name, new Uint8Array(readFileSync(rotterdam + name))]),
  );
  const descriptor = JSON.parse(readFileSync(rotterdam + 'datapackage.json', 'utf8'));
  const scenario = { bindingRatePp: 10, intakeChangePct: 20 };

  const read = await ask({ type: 'init', id: 1, source: { descriptor, files }, horizon: 5 });
  if (read.answer.type !== 'ready' || !read.answer.calibrated) throw new Error('no calibrated dataset');
  const { calibrated } = read.answer;
  // The columns' buffers go with the answer, to be moved to the next worker rather than copied.
  expect(read.transfer).toEqual(columnBuffers(calibrated.columns));
  const fromFiles = (await ask({ type: 'run', id: 2, scenario })).answer;

  // What the engine does: post it on, moving the buffers, to a worker that has not read the files.
  const posted = structuredClone(calibrated, { transfer: columnBuffers(calibrated.columns) });
  const handed = await ask({ type: 'init', id: 3, source: { calibrated: posted }, horizon: 5 });
  if (handed.answer.type !== 'ready') throw new Error('not ready');
  // It read nothing, so it has nothing to hand on.
  expect(handed.answer.calibrated).toBeUndefined();
  expect(handed.answer.meta).toEqual(read.answer.meta);
  expect(handed.answer.baseline).toEqual(read.answer.baseline);
  const fromColumns = (await ask({ type: 'run', id: 4, scenario })).answer;
  if (fromFiles.type !== 'run' || fromColumns.type !== 'run') throw new Error('no run');
  expect(fromColumns.aggregates).toEqual(fromFiles.aggregates);
  // The levers did move the result: the comparison is not between two baselines.
  expect(fromFiles.aggregates).not.toEqual(read.answer.baseline);
}, 180_000); // read, calibrate and project the whole dataset: a few seconds alone, far more on a loaded machine
