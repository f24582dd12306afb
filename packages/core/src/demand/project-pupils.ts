import type { Dataset } from '../schema/types.js';

/** Options of projectPupils. */
export interface ProjectPupilsOptions {
  baseYear: number;
  horizon: number;
  locationIndex: Map<string, number>;
  variant: 'low' | 'mid' | 'high';
}

/**
 * Pupils per location and year: observed in the base year, then the latest forecast (base_year ≤ base year)
 * of the chosen variant, held at its last value beyond the forecast.
 * @param data normalised dataset
 * @param options base year, horizon, location index, variant
 * @returns Float64Array [t·nLocation + location], t = 0 … horizon
 * @example
 * projectPupils(data, { baseYear: 2025, horizon: 15, locationIndex, variant: 'mid' });
 */
export function projectPupils(data: Dataset, options: ProjectPupilsOptions): Float64Array {
  const { baseYear: base, horizon: H, locationIndex, variant } = options;
  const nL = locationIndex.size;
  const pupils = new Float64Array((H + 1) * nL);
  for (const r of data.pupils) {
    if (r.year !== base) continue;
    const l = locationIndex.get(r.location_id);
    if (l !== undefined) pupils[l] = r.pupils;
  }
  let forecastBase = -Infinity;
  for (const r of data.pupil_forecast)
    if (r.base_year <= base && r.base_year > forecastBase) forecastBase = r.base_year;
  const have = new Uint8Array((H + 1) * nL);
  for (const r of data.pupil_forecast) {
    if (r.base_year !== forecastBase || r.variant !== variant) continue;
    const t = r.year - base;
    const l = locationIndex.get(r.location_id);
    if (t < 1 || t > H || l === undefined) continue;
    pupils[t * nL + l] = r.pupils;
    have[t * nL + l] = 1;
  }
  for (let t = 1; t <= H; t++)
    for (let l = 0; l < nL; l++) if (!have[t * nL + l]) pupils[t * nL + l] = pupils[(t - 1) * nL + l];

  return pupils;
}
