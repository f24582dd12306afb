import { linearRegression } from 'simple-statistics';
import { chooseTrendDamping } from './choose-trend-damping.js';
import type { Dataset } from '../schema/types.js';
import type { Lookups } from './helpers.js';
import { addTo, lookupsOf, ratio } from './helpers.js';

/**
 * Historical demand FTE per location and subject: qualified workforce FTE + unqualified lesson hours ÷
 * lesson hours per FTE + unfilled vacancy FTE.
 * @param data normalised dataset
 * @param lk lookups (default: built from data)
 * @returns map `location|subject|year` → { qualified, unqualified, unfilled } FTE
 * @example
 * historicalDemand(data).get('L001|vo-wi|2025'); // → { qualified, unqualified, unfilled }
 */
export function historicalDemand(data: Dataset, lk: Lookups = lookupsOf(data)) {
  const hpf = new Map(data.sectors.map((s) => [s.sector, s.lesson_hours_per_fte]));
  const cells = new Map<string, { qualified: number; unqualified: number; unfilled: number }>();
  const cell = (k: string) => {
    let c = cells.get(k);
    if (!c) cells.set(k, (c = { qualified: 0, unqualified: 0, unfilled: 0 }));
    return c;
  };
  for (const r of data.workforce) cell(`${r.location_id}|${r.subject_id}|${r.year}`).qualified += r.fte;
  for (const r of data.lesson_hours) {
    const h = hpf.get(lk.locationSector.get(r.location_id) ?? '') ?? 750;
    cell(`${r.location_id}|${r.subject_id}|${r.year}`).unqualified += (r.unqualified_hours ?? 0) / h;
  }
  for (const r of data.vacancies)
    cell(`${r.location_id}|${r.subject_id}|${r.year}`).unfilled += r.unfilled_fte ?? 0;
  return cells;
}

/**
 * Estimate demand parameters: subject shares of each location's base-year demand (so that the model's base-year
 * leaf demand equals the observed one; recent lesson-hour shares for a location without base-year demand), the base
 * FTE per sector (intercept of a linearRegression of location demand FTE on pupils in the base year), base-year
 * marginal pupil-teacher ratios, the ratio trend per sector (simple-statistics linearRegression of Σ pupils ÷ Σ demand
 * FTE on the year) and the hidden-shortage share (base-year unqualified ÷ (unqualified + unfilled) where the leaf had
 * a base-year shortage; else recent; else the sector's).
 * @param data normalised dataset
 * @param lk lookups
 * @param recentYears years averaged for the fallback shares
 * @returns the demand parameters
 * @example
 * estimateDemandRates(data, lookups, 3).ratioTrend.vo // pupils per FTE per year, e.g. 0.05
 */
export function estimateDemandRates(data: Dataset, lk: Lookups, recentYears: number) {
  const { historyStart, historyEnd } = data.meta;
  const from = historyEnd - recentYears + 1;
  const hours = new Map<string, number>();
  const hoursLoc = new Map<string, number>();
  for (const r of data.lesson_hours) {
    if (r.year < from || r.year > historyEnd) continue;
    addTo(hours, `${r.location_id}|${r.subject_id}`, r.hours);
    addTo(hoursLoc, r.location_id, r.hours);
  }
  const cells = historicalDemand(data, lk);
  const demandLocYear = new Map<string, number>();
  const demandBase = new Map<string, number>();
  const hiddenBaseNum = new Map<string, number>();
  const hiddenBaseDen = new Map<string, number>();
  const hiddenNum = new Map<string, number>();
  const hiddenDen = new Map<string, number>();
  const hiddenSecNum = new Map<string, number>();
  const hiddenSecDen = new Map<string, number>();
  for (const [key, c] of cells) {
    const [loc, subj, y] = key.split('|');
    const year = Number(y);
    const d = c.qualified + c.unqualified + c.unfilled;
    addTo(demandLocYear, `${loc}|${year}`, d);
    if (year === historyEnd) {
      addTo(demandBase, `${loc}|${subj}`, d);
      addTo(hiddenBaseNum, `${loc}|${subj}`, c.unqualified);
      addTo(hiddenBaseDen, `${loc}|${subj}`, c.unqualified + c.unfilled);
    }
    if (year >= from && year <= historyEnd) {
      const sector = lk.locationSector.get(loc) ?? '';
      addTo(hiddenNum, `${loc}|${subj}`, c.unqualified);
      addTo(hiddenDen, `${loc}|${subj}`, c.unqualified + c.unfilled);
      addTo(hiddenSecNum, sector, c.unqualified);
      addTo(hiddenSecDen, sector, c.unqualified + c.unfilled);
    }
  }
  // Base-year demand shares reproduce the observed leaf demand in the base year exactly (docs/model.md, Demand);
  // a location without base-year demand falls back to its recent lesson-hour shares.
  const lessonShare: Record<string, Record<string, number>> = {};
  for (const [key, d] of demandBase) {
    const [loc, subj] = key.split('|');
    const total = demandLocYear.get(`${loc}|${historyEnd}`) ?? 0;
    if (total > 0 && d > 0) (lessonShare[loc] ??= {})[subj] = d / total;
  }
  for (const [key, h] of hours) {
    const [loc, subj] = key.split('|');
    if ((demandLocYear.get(`${loc}|${historyEnd}`) ?? 0) > 0) continue;
    (lessonShare[loc] ??= {})[subj] = ratio(h, hoursLoc.get(loc) ?? 0);
  }
  const pupils = new Map<string, number>();
  for (const r of data.pupils) pupils.set(`${r.location_id}|${r.year}`, r.pupils);
  const sectors = [...new Set(data.locations.map((l) => l.sector))];
  const baseFte: Record<string, number> = {};
  for (const s of sectors) {
    const points: [number, number][] = [];
    let minD = Infinity;
    for (const l of data.locations) {
      if (l.sector !== s) continue;
      const d = demandLocYear.get(`${l.location_id}|${historyEnd}`) ?? 0;
      const p = pupils.get(`${l.location_id}|${historyEnd}`) ?? 0;
      if (d > 0 && p > 0) {
        points.push([p, d]);
        minD = Math.min(minD, d);
      }
    }
    const fit = points.length >= 3 ? linearRegression(points) : { b: 0 };
    baseFte[s] = Math.max(0, Math.min(fit.b, 0.5 * minD));
  }
  const pupilTeacherRatio: Record<string, number> = {};
  for (const l of data.locations) {
    const d = (demandLocYear.get(`${l.location_id}|${historyEnd}`) ?? 0) - (baseFte[l.sector] ?? 0);
    const p = pupils.get(`${l.location_id}|${historyEnd}`) ?? 0;
    pupilTeacherRatio[l.location_id] = d > 0 ? p / d : 0;
  }
  const ratioTrend: Record<string, number> = {};
  const ratioDamping: Record<string, number> = {};
  for (const s of sectors) {
    const points: [number, number][] = [];
    for (let t = historyStart; t <= historyEnd; t++) {
      let p = 0;
      let d = 0;
      for (const l of data.locations) {
        if (l.sector !== s) continue;
        const dl = demandLocYear.get(`${l.location_id}|${t}`) ?? 0;
        if (dl <= 0) continue;
        p += pupils.get(`${l.location_id}|${t}`) ?? 0;
        d += dl - (baseFte[s] ?? 0);
      }
      if (d > 0 && p > 0) points.push([t, p / d]);
    }
    ratioTrend[s] = points.length >= 2 ? linearRegression(points).m : 0;
    ratioDamping[s] = chooseTrendDamping(points);
  }
  const hiddenShare: Record<string, Record<string, number>> = {};
  for (const l of data.locations) {
    const shares = lessonShare[l.location_id] ?? {};
    const secShare = ratio(hiddenSecNum.get(l.sector) ?? 0, hiddenSecDen.get(l.sector) ?? 0, 0.5);
    for (const subj of Object.keys(shares)) {
      const key = `${l.location_id}|${subj}`;
      (hiddenShare[l.location_id] ??= {})[subj] = ratio(
        hiddenBaseNum.get(key) ?? 0,
        hiddenBaseDen.get(key) ?? 0,
        ratio(hiddenNum.get(key) ?? 0, hiddenDen.get(key) ?? 0, secShare),
      );
    }
  }
  return { lessonShare, baseFte, pupilTeacherRatio, ratioTrend, ratioDamping, hiddenShare };
}
