import type { Dataset } from '../schema/types.js';

/** Spread of the log error of pupil forecasts by horizon k = 1 … horizon (index k; index 0 is 0). */
export interface PupilForecastError {
  /** Region-wide part: root mean square over vintages of the mean log error of the locations. */
  region: Float64Array;
  /** Location part: root mean square of the log errors around their vintage mean. */
  local: Float64Array;
  /** `vintages` when earlier forecasts could be compared with realised pupils, else `naive` (the error of holding pupils flat). */
  source: 'vintages' | 'naive';
  /** Largest horizon with observed errors (beyond it the spread grows with √k). */
  observedHorizon: number;
}

/**
 * The error of earlier pupil forecasts: for each vintage b ≤ historyEnd, location l and year b + k ≤ historyEnd,
 * e = ln(realised / forecast mid). Split per horizon k into a region-wide part (the vintage's mean error over
 * locations) and a location part (the rest), each as a root mean square (so a bias counts as spread). Beyond the
 * largest observed horizon K the spread grows as σ_K · √(k/K). Without any comparable vintage, the errors of
 * the naive forecast "pupils stay at their last value" over the realised history are used instead.
 * @param data dataset (only years ≤ meta.historyEnd are read)
 * @param horizon largest k needed
 * @returns spreads per horizon
 * @example
 * pupilForecastError(data, 15).region[5]; // sd of the region-wide log error five years ahead
 */
export function pupilForecastError(data: Dataset, horizon: number): PupilForecastError {
  const end = data.meta.historyEnd;
  const realised = new Map<string, number>();
  for (const r of data.pupils) if (r.year <= end) realised.set(`${r.location_id}|${r.year}`, r.pupils);
  // errors[k] → vintage → list of log errors
  const errors = new Map<number, Map<number, number[]>>();
  const push = (k: number, origin: number, e: number) => {
    let byOrigin = errors.get(k);
    if (!byOrigin) errors.set(k, (byOrigin = new Map()));
    let list = byOrigin.get(origin);
    if (!list) byOrigin.set(origin, (list = []));
    list.push(e);
  };
  for (const r of data.pupil_forecast) {
    if (r.variant !== 'mid' || r.base_year > end || r.year > end || r.year <= r.base_year) continue;
    const actual = realised.get(`${r.location_id}|${r.year}`);
    if (actual === undefined || !(actual > 0) || !(r.pupils > 0)) continue;
    push(r.year - r.base_year, r.base_year, Math.log(actual / r.pupils));
  }
  let source: PupilForecastError['source'] = 'vintages';
  if (errors.size === 0) {
    source = 'naive';
    for (const [key, p0] of realised) {
      const [loc, y] = key.split('|');
      const year = Number(y);
      for (let k = 1; year + k <= end; k++) {
        const p1 = realised.get(`${loc}|${year + k}`);
        if (p1 !== undefined && p1 > 0 && p0 > 0) push(k, year, Math.log(p1 / p0));
      }
    }
  }
  const region = new Float64Array(horizon + 1);
  const local = new Float64Array(horizon + 1);
  let K = 0;
  for (let k = 1; k <= horizon; k++) {
    const byOrigin = errors.get(k);
    if (!byOrigin) continue;
    let sumMean2 = 0;
    let nOrigin = 0;
    let sumDev2 = 0;
    let n = 0;
    for (const list of byOrigin.values()) {
      let m = 0;
      for (const e of list) m += e;
      m /= list.length;
      sumMean2 += m * m;
      nOrigin++;
      for (const e of list) sumDev2 += (e - m) * (e - m);
      n += list.length;
    }
    region[k] = Math.sqrt(sumMean2 / nOrigin);
    local[k] = Math.sqrt(sumDev2 / n);
    K = k;
  }
  for (let k = K + 1; k <= horizon; k++) {
    const f = K > 0 ? Math.sqrt(k / K) : 0;
    region[k] = region[K] * f;
    local[k] = local[K] * f;
  }
  // A horizon inside the observed range without observations (gaps) takes its neighbour's spread.
  for (let k = 1; k <= Math.min(K, horizon); k++) {
    if (!errors.has(k)) {
      region[k] = region[k - 1];
      local[k] = local[k - 1];
    }
  }
  return { region, local, source, observedHorizon: K };
}
