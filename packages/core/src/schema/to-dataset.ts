import type { Dataset, DatasetInput, Row, TableInput } from './types.js';
import { RESOURCE_NAMES } from './resources.js';

const cache = new WeakMap<object, Dataset>();

function rowsOf(input: TableInput | undefined): Row[] {
  if (input == null) return [];
  if (Array.isArray(input)) return input as Row[];
  const table = input as { objects?: () => Row[] };
  if (typeof table.objects === 'function') return table.objects();
  throw new Error(`dataset resource: expected an arquero table or an array of rows, got ${typeof input}`);
}

/**
 * Normalise a dataset given as arquero tables or arrays of rows into arrays of rows.
 * The history years come from `meta` (datapackage.json → opgave) or, when absent, from the workforce years.
 * Normalised datasets are returned unchanged and results are cached per input object.
 * @param input resources by name (`workforce`, `pupils`, …) plus optional `meta`
 * @returns the dataset with every resource as an array of rows
 * @example
 * const data = toDataset({ boards: aq.from(boards), workforce: rows, meta: { historyStart: 2014, historyEnd: 2025 } });
 */
export function toDataset(input: DatasetInput | Dataset): Dataset {
  const cached = cache.get(input);
  if (cached) return cached;
  const out = {} as Record<string, unknown>;
  for (const name of RESOURCE_NAMES) {
    const rows = rowsOf((input as DatasetInput)[name]);
    if (name === 'graduates') {
      for (const r of rows)
        if (r.placement_board_id === '' || r.placement_board_id === undefined) r.placement_board_id = null;
    }
    out[name] = rows;
  }
  const wf = out.workforce as { year: number }[];
  let lo = Infinity;
  let hi = -Infinity;
  for (const r of wf) {
    if (r.year < lo) lo = r.year;
    if (r.year > hi) hi = r.year;
  }
  const meta = input.meta ?? {};
  const dataset = {
    ...(out as unknown as Omit<Dataset, 'meta'>),
    meta: { ...meta, historyStart: meta.historyStart ?? lo, historyEnd: meta.historyEnd ?? hi },
  } as Dataset;
  if (!Number.isFinite(dataset.meta.historyEnd))
    throw new Error('dataset: no workforce rows and no meta.historyEnd');
  cache.set(input, dataset);
  cache.set(dataset, dataset);
  return dataset;
}
