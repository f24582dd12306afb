import type { Dataset, DatasetInput } from '../schema/types.js';
import { toDataset } from '../schema/to-dataset.js';
import { sliceHistory } from '../dataset/slice-history.js';
import { AGE_BANDS } from '../schema/constants.js';
import type { Params } from './params.js';
import { lookupsOf } from './helpers.js';
import { estimateWorkforceRates } from './estimate-workforce-rates.js';
import { estimateTrainingRates } from './estimate-training-rates.js';
import { estimateDemandRates } from './estimate-demand-rates.js';
import { estimateInflowRates } from './estimate-inflow-rates.js';
import { estimateMatching } from './estimate-matching.js';

/** Options of calibrate. */
export interface CalibrateOptions {
  /** Number of last history years averaged for levels and shares (default 3). */
  recentYears?: number;
  /** Calibrate on the years up to and including this one only (default meta.historyEnd); see sliceHistory. */
  lastYear?: number;
}

const cache = new WeakMap<Dataset, Map<number, Params>>();

/** Default ageing shares: 1/5 of a five-year band moves up a year; teachers start at 22, so `<25` is 3 years wide. */
export function defaultAgeingShare(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const a of AGE_BANDS) out[a] = a === '<25' ? 1 / 3 : a === '65+' ? 0 : 1 / 5;
  return out;
}

/**
 * Estimate every model parameter from the history in a dataset (see docs/model.md, "Calibration").
 * The result is plain JSON; results are cached per dataset object.
 * @param input dataset (arquero tables or arrays of rows)
 * @param options recentYears (default 3), lastYear (default the last history year)
 * @returns the calibrated parameters
 * @example
 * const params = calibrate(data);
 * params.bindingRate['B01']; // own-placement hires ÷ placement graduates of board B01
 */
export function calibrate(input: DatasetInput | Dataset, options: CalibrateOptions = {}): Params {
  let data = toDataset(input);
  if (options.lastYear !== undefined) data = sliceHistory(data, options.lastYear);
  const recentYears = options.recentYears ?? 3;
  let byYears = cache.get(data);
  const hit = byYears?.get(recentYears);
  if (hit) return hit;
  const lk = lookupsOf(data);
  const ageingShare = defaultAgeingShare();
  const lessonHoursPerFte: Record<string, number> = {};
  for (const s of data.sectors) lessonHoursPerFte[s.sector] = s.lesson_hours_per_fte;
  const params: Params = {
    baseYear: data.meta.historyEnd,
    lessonHoursPerFte,
    ...estimateWorkforceRates(data, lk),
    ...estimateMatching(data, lk, lessonHoursPerFte),
    ageingShare,
    ...estimateTrainingRates(data, lk, recentYears),
    ...estimateDemandRates(data, lk, recentYears),
    ...estimateInflowRates(data, lk, recentYears, ageingShare),
    recentYears,
  };
  if (!byYears) cache.set(data, (byYears = new Map()));
  byYears.set(recentYears, params);
  return params;
}
