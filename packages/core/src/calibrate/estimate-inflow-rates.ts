import type { Dataset } from '../schema/types.js';
import { AGE_BANDS, SOURCES } from '../schema/constants.js';
import type { Lookups } from './helpers.js';
import { addTo, ratio } from './helpers.js';

/**
 * Estimate inflow parameters: yearly FTE of lateral entrants, returners and other hires per subject (mean of
 * the recent years), FTE per hire per source, and the age profile of hires.
 * The age profile is the positive part of the stock-accounting residual per band:
 * workforce(a,t) − [ageing of (workforce(t−1) − leavers(t))](a), summed over years and normalised.
 * @param data normalised dataset
 * @param lk lookups
 * @param recentYears years averaged for the levels
 * @param ageingShare share of each band that moves up a band per year
 * @returns { inflowLevel, startFte, inflowAgeShare }
 * @example
 * estimateInflowRates(data, lookups, 3, ageingShare).inflowLevel.lateral_entrant['vo-wi']
 */
export function estimateInflowRates(
  data: Dataset,
  lk: Lookups,
  recentYears: number,
  ageingShare: Record<string, number>,
) {
  const { historyStart, historyEnd } = data.meta;
  const from = historyEnd - recentYears + 1;
  const level = new Map<string, number>();
  const fte = new Map<string, number>();
  const heads = new Map<string, number>();
  for (const r of data.hires) {
    addTo(fte, r.source, r.fte);
    addTo(heads, r.source, r.headcount);
    if (r.year >= from && r.year <= historyEnd)
      addTo(level, `${r.source}|${r.subject_id}`, r.fte / recentYears);
  }
  const inflowLevel: Record<string, Record<string, number>> = {
    lateral_entrant: {},
    returner: {},
    other: {},
  };
  for (const src of Object.keys(inflowLevel)) {
    for (const s of data.subjects) inflowLevel[src][s.subject_id] = level.get(`${src}|${s.subject_id}`) ?? 0;
  }
  const startFte: Record<string, number> = {};
  for (const src of SOURCES) startFte[src] = ratio(fte.get(src) ?? 0, heads.get(src) ?? 0, 0.8);

  const A = AGE_BANDS.length;
  const bandIndex = new Map<string, number>(AGE_BANDS.map((a, i) => [a, i]));
  const stock = new Map<number, Float64Array>();
  const leave = new Map<number, Float64Array>();
  const get = (m: Map<number, Float64Array>, t: number) => {
    let v = m.get(t);
    if (!v) m.set(t, (v = new Float64Array(A)));
    return v;
  };
  for (const r of data.workforce) get(stock, r.year)[bandIndex.get(r.age_band) ?? 0] += r.fte;
  for (const r of data.leavers) get(leave, r.year)[bandIndex.get(r.age_band) ?? 0] += r.fte;
  const residual = new Float64Array(A);
  for (let t = historyStart + 1; t <= historyEnd; t++) {
    const prev = stock.get(t - 1);
    const now = stock.get(t);
    if (!prev || !now) continue;
    const lv = get(leave, t);
    const next = new Float64Array(A);
    for (let a = 0; a < A; a++) next[a] = Math.max(0, prev[a] - lv[a]);
    for (let a = A - 2; a >= 0; a--) {
      const move = next[a] * (ageingShare[AGE_BANDS[a]] ?? 0.2);
      next[a] -= move;
      next[a + 1] += move;
    }
    for (let a = 0; a < A; a++) residual[a] += Math.max(0, now[a] - next[a]);
  }
  let total = 0;
  for (let a = 0; a < A; a++) total += residual[a];
  const profile: Record<string, number> = {};
  AGE_BANDS.forEach((a, i) => (profile[a] = total > 0 ? residual[i] / total : i === 0 ? 1 : 0));
  const inflowAgeShare: Record<string, Record<string, number>> = {};
  for (const src of SOURCES) inflowAgeShare[src] = { ...profile };
  void lk;
  return { inflowLevel, startFte, inflowAgeShare };
}
