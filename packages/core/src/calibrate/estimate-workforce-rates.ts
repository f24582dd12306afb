import type { Dataset } from '../schema/types.js';
import { AGE_BANDS } from '../schema/constants.js';
import type { Lookups } from './helpers.js';
import { addTo, ratio } from './helpers.js';

/**
 * Estimate exit rates (other than pension) per sector and age band, the pension rate of the 65+ band,
 * FTE per person per sector and band, and the yearly hours change of staying teachers per sector.
 * exitRate[s][a] = Σ_t leavers_other(s,a,t) ÷ Σ_t workforce(s,a,t−1) (FTE); pensionRate[s] likewise with pension leavers and the 65+ band.
 * @param data normalised dataset
 * @param lk lookups
 * @returns { exitRate, pensionRate, ftePerHead }
 * @example
 * estimateWorkforceRates(data, lookups).exitRate.vo['25-29'] // ≈ 0.07
 */
export function estimateWorkforceRates(data: Dataset, lk: Lookups) {
  const { historyStart, historyEnd } = data.meta;
  const stockFte = new Map<string, number>();
  const heads = new Map<string, number>();
  const fteAll = new Map<string, number>();
  for (const r of data.workforce) {
    const sector = lk.subjectSector.get(r.subject_id) ?? lk.locationSector.get(r.location_id) ?? '';
    addTo(stockFte, `${sector}|${r.age_band}|${r.year}`, r.fte);
    if (r.year > historyEnd - 3) {
      addTo(heads, `${sector}|${r.age_band}`, r.headcount);
      addTo(fteAll, `${sector}|${r.age_band}`, r.fte);
    }
  }
  const other = new Map<string, number>();
  const pension = new Map<string, number>();
  for (const r of data.leavers) {
    if (r.year <= historyStart || r.year > historyEnd) continue;
    const sector = lk.subjectSector.get(r.subject_id) ?? lk.boardSector.get(r.board_id) ?? '';
    addTo(r.reason === 'pension' ? pension : other, `${sector}|${r.age_band}`, r.fte);
  }
  const sectors = [...new Set(data.subjects.map((s) => s.sector))];
  const exitRate: Record<string, Record<string, number>> = {};
  const pensionRate: Record<string, number> = {};
  const ftePerHead: Record<string, Record<string, number>> = {};
  for (const s of sectors) {
    exitRate[s] = {};
    ftePerHead[s] = {};
    let pens = 0;
    let exposed65 = 0;
    for (const a of AGE_BANDS) {
      let exposure = 0;
      for (let t = historyStart + 1; t <= historyEnd; t++)
        exposure += stockFte.get(`${s}|${a}|${t - 1}`) ?? 0;
      exitRate[s][a] = ratio(other.get(`${s}|${a}`) ?? 0, exposure);
      pens += pension.get(`${s}|${a}`) ?? 0;
      if (a === '65+') exposed65 = exposure;
      ftePerHead[s][a] = ratio(fteAll.get(`${s}|${a}`) ?? 0, heads.get(`${s}|${a}`) ?? 0, NaN);
    }
    let f = 0;
    let h = 0;
    for (const a of AGE_BANDS) {
      f += fteAll.get(`${s}|${a}`) ?? 0;
      h += heads.get(`${s}|${a}`) ?? 0;
    }
    for (const a of AGE_BANDS) if (Number.isNaN(ftePerHead[s][a])) ftePerHead[s][a] = ratio(f, h, 0.8);
    pensionRate[s] = Math.min(1, ratio(pens, exposed65, 0.5));
  }
  // Hours: Δ workforce = hires − leavers + hours change, so the net hours change of staying teachers is the
  // residual, as a share of the stock after exits: h = Σ_t (W_t − W_{t−1} − hires_t + leavers_t) ÷ Σ_t (W_{t−1} − leavers_t).
  const hires = new Map<string, number>();
  for (const r of data.hires) {
    if (r.year <= historyStart || r.year > historyEnd) continue;
    addTo(hires, lk.subjectSector.get(r.subject_id) ?? lk.boardSector.get(r.board_id) ?? '', r.fte);
  }
  const hoursChange: Record<string, Record<string, number>> = {};
  for (const s of sectors) {
    let stockPrev = 0;
    let stockNow = 0;
    let left = 0;
    for (let t = historyStart + 1; t <= historyEnd; t++) {
      for (const a of AGE_BANDS) {
        stockPrev += stockFte.get(`${s}|${a}|${t - 1}`) ?? 0;
        stockNow += stockFte.get(`${s}|${a}|${t}`) ?? 0;
      }
    }
    for (const a of AGE_BANDS) left += (other.get(`${s}|${a}`) ?? 0) + (pension.get(`${s}|${a}`) ?? 0);
    const h = ratio(stockNow - stockPrev - (hires.get(s) ?? 0) + left, stockPrev - left);
    hoursChange[s] = {};
    for (const a of AGE_BANDS) hoursChange[s][a] = h;
  }
  return { exitRate, pensionRate, ftePerHead, hoursChange };
}
