import type { Dataset, DatasetInput } from '../schema/types.js';
import { toDataset } from '../schema/to-dataset.js';

const cache = new WeakMap<Dataset, Map<number, Dataset>>();

/**
 * The dataset as it was known at the end of year `lastYear`: every yearly resource cut to years ≤ lastYear,
 * pupil forecasts cut to the vintages with base_year ≤ lastYear, and meta.historyEnd = lastYear. Calibrating,
 * projecting or simulating the result uses no later data. Results are cached per dataset and year.
 * @param input dataset
 * @param lastYear last year to keep (at least meta.historyStart)
 * @returns a new dataset (the rows are shared, not copied)
 * @example
 * const then = sliceHistory(data, 2020);
 * calibrate(then).baseYear; // → 2020
 */
export function sliceHistory(input: DatasetInput | Dataset, lastYear: number): Dataset {
  const data = toDataset(input);
  const { historyStart, historyEnd } = data.meta;
  if (!Number.isInteger(lastYear) || lastYear < historyStart || lastYear > historyEnd)
    throw new RangeError(
      `sliceHistory: lastYear ${lastYear} is not a whole year from ${historyStart} to ${historyEnd}`,
    );
  if (lastYear === historyEnd) return data;
  let byYear = cache.get(data);
  if (!byYear) cache.set(data, (byYear = new Map()));
  const hit = byYear.get(lastYear);
  if (hit) return hit;
  const upTo = <T extends { year: number }>(rows: T[]) => rows.filter((r) => r.year <= lastYear);
  const sliced: Dataset = {
    ...data,
    meta: { ...data.meta, historyEnd: lastYear },
    pupils: upTo(data.pupils),
    pupil_forecast: data.pupil_forecast.filter((r) => r.base_year <= lastYear),
    workforce: upTo(data.workforce),
    intake: upTo(data.intake),
    placements: upTo(data.placements),
    graduates: upTo(data.graduates),
    hires: upTo(data.hires),
    leavers: upTo(data.leavers),
    vacancies: upTo(data.vacancies),
    lesson_hours: upTo(data.lesson_hours),
  };
  const normalised = toDataset(sliced);
  byYear.set(lastYear, normalised);
  return normalised;
}
