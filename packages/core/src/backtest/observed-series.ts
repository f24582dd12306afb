import type { Dataset } from '../schema/types.js';
import type { Level } from '../schema/constants.js';
import { historicalDemand } from '../calibrate/estimate-demand-rates.js';
import type { BacktestLevel } from '../dataset/backtest-levels.js';
import { subjectUnit } from '../dataset/backtest-levels.js';

/** The measures a backtest compares. */
export const BACKTEST_MEASURES = ['demand_fte', 'supply_fte', 'total_shortage_fte'] as const;
/** A backtest measure. */
export type BacktestMeasure = (typeof BACKTEST_MEASURES)[number];

/**
 * Observed demand, supply and total shortage over all subjects per unit and year: demand = qualified FTE +
 * unqualified lesson hours ÷ hours per FTE + unfilled vacancy FTE (as in calibration), supply = qualified
 * FTE, total shortage = unqualified + unfilled.
 * @param data dataset
 * @param levels levels to report
 * @returns map `level|unit|measure` → values per year from meta.historyStart (index year − historyStart)
 * @example
 * observedSeries(data, ['region']).get('region|R01|supply_fte'); // Float64Array, one value per history year
 */
export function observedSeries(
  data: Dataset,
  levels: readonly (Level | BacktestLevel)[],
): Map<string, Float64Array> {
  const { historyStart, historyEnd } = data.meta;
  const n = historyEnd - historyStart + 1;
  const location = new Map(data.locations.map((l) => [l.location_id, l]));
  const clusterRegion = new Map(data.clusters.map((c) => [c.cluster_id, c.region_id]));
  const out = new Map<string, Float64Array>();
  const add = (
    level: Level | BacktestLevel,
    unit: string,
    measure: BacktestMeasure,
    t: number,
    x: number,
  ) => {
    const key = `${level}|${unit}|${measure}`;
    let v = out.get(key);
    if (!v) out.set(key, (v = new Float64Array(n)));
    v[t] += x;
  };
  for (const [key, c] of historicalDemand(data)) {
    const [loc, subject, y] = key.split('|');
    const t = Number(y) - historyStart;
    const l = location.get(loc);
    if (!l || t < 0 || t >= n) continue;
    const region = clusterRegion.get(l.cluster_id) ?? '';
    const units: [Level | BacktestLevel, string][] = [
      ['location', l.location_id],
      ['board', l.board_id],
      ['cluster', l.cluster_id],
      ['region', region],
      ['subject', subjectUnit(region, subject)],
    ];
    for (const [level, unit] of units) {
      if (!levels.includes(level)) continue;
      add(level, unit, 'demand_fte', t, c.qualified + c.unqualified + c.unfilled);
      add(level, unit, 'supply_fte', t, c.qualified);
      add(level, unit, 'total_shortage_fte', t, c.unqualified + c.unfilled);
    }
  }
  return out;
}
