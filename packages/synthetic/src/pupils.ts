/**
 * Pupil numbers per location (the true path, 1 October) and the pupil forecasts a region would have made
 * in each base year (with the errors real forecasts have: damped local trends, an over-optimistic index
 * before 2021).
 */
import {
  FORECAST_BASE_START,
  FORECAST_END,
  HISTORY_END,
  LOCATION_NOISE_SD,
  SIMULATION_START,
  pupilIndex,
} from './parameters.ts';
import type { Location } from './region.ts';
import type { Random } from './random.ts';

/** Pupils per year, indexed by year − SIMULATION_START; 0 when the location is not open. */
export type PupilPath = number[];

/**
 * Draws the true pupil path of a location from SIMULATION_START to HISTORY_END (whole numbers).
 * @param location the location
 * @param rng random stream
 * @returns pupils per year
 */
export function simulatePupils(location: Location, rng: Random): PupilPath {
  const out: number[] = [];
  let noise = rng.normal(0, LOCATION_NOISE_SD);
  for (let year = SIMULATION_START; year <= HISTORY_END; year++) {
    noise = 0.6 * noise + rng.normal(0, LOCATION_NOISE_SD);
    if (location.openFrom && year < location.openFrom) {
      out.push(0);
      continue;
    }
    let expected: number;
    if (location.openFrom) {
      // a new school fills up one cohort at a time
      const cohorts = Math.min(6, year - location.openFrom + 1);
      expected =
        location.baseSize *
        cohorts *
        (pupilIndex(location.sector, year) / pupilIndex(location.sector, location.openFrom));
    } else {
      expected =
        location.baseSize * pupilIndex(location.sector, year) * Math.pow(1 + location.trend, year - 2014);
    }
    out.push(Math.max(10, Math.round(expected * Math.exp(noise))));
  }
  return out;
}

export interface ForecastRow {
  baseYear: number;
  year: number;
  variant: 'low' | 'mid' | 'high';
  pupils: number;
}

/**
 * The forecasts made in each base year FORECAST_BASE_START … HISTORY_END for base + 1 … FORECAST_END.
 * @param location the location
 * @param path its true pupil path
 * @returns forecast rows in key order (base year, year, variant)
 */
export function forecastPupils(location: Location, path: PupilPath): ForecastRow[] {
  const rows: ForecastRow[] = [];
  const at = (year: number) => path[year - SIMULATION_START];
  for (let base = FORECAST_BASE_START; base <= HISTORY_END; base++) {
    if (at(base) <= 0) continue;
    // damped local trend from the last three observed years, net of the sector index
    let localTrend = 0;
    if (at(base - 3) > 0) {
      const observed = Math.log(at(base) / at(base - 3)) / 3;
      const index = Math.log(pupilIndex(location.sector, base) / pupilIndex(location.sector, base - 3)) / 3;
      localTrend = Math.max(-0.05, Math.min(0.08, 0.5 * (observed - index)));
    } else if (location.openFrom) {
      localTrend = 0.12;
    }
    const optimism = base < 2021 ? 0.004 : 0.001;
    for (let year = base + 1; year <= FORECAST_END; year++) {
      const h = year - base;
      // forecasters damp local trends after ten years and their optimism after eight
      const trendYears = location.openFrom
        ? Math.min(h, Math.max(0, location.openFrom + 5 - base))
        : Math.min(h, 10);
      const mid =
        at(base) *
        (pupilIndex(location.sector, year) / pupilIndex(location.sector, base)) *
        Math.exp(localTrend * trendYears) *
        (1 + optimism * Math.min(h, 8));
      const spread = Math.min(0.25, 0.012 * h);
      rows.push({ baseYear: base, year, variant: 'low', pupils: mid * (1 - spread) });
      rows.push({ baseYear: base, year, variant: 'mid', pupils: mid });
      rows.push({ baseYear: base, year, variant: 'high', pupils: mid * (1 + spread) });
    }
  }
  return rows;
}
