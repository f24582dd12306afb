import type { Dataset } from '../schema/types.js';
import { AGE_BANDS } from '../schema/constants.js';
import type { Lookups } from './helpers.js';
import { addTo, ratio } from './helpers.js';

/**
 * Estimate exit rates (other than pension) per sector and age band, the pension rate of the 65+ band,
 * FTE per person per sector and band, and a multiplier of the exit rates per board (the hours change comes from
 * estimateMatching, which reads the stock's accounting residual).
 * exitRate[s][a] = Σ_t leavers_other(s,a,t) ÷ Σ_t workforce(s,a,t−1) (FTE); pensionRate[s] likewise with pension leavers and the 65+ band.
 * @param data normalised dataset
 * @param lk lookups
 * @returns { exitRate, exitMultiplier, pensionRate, ftePerHead, exitWindow }
 * @example
 * estimateWorkforceRates(data, lookups).exitRate.vo['25-29'] // ≈ 0.07
 */
export function estimateWorkforceRates(data: Dataset, lk: Lookups) {
  const { historyStart, historyEnd } = data.meta;
  const stockFte = new Map<string, number>();
  const boardStock = new Map<string, number>();
  const heads = new Map<string, number>();
  const fteAll = new Map<string, number>();
  for (const r of data.workforce) {
    const sector = lk.subjectSector.get(r.subject_id) ?? lk.locationSector.get(r.location_id) ?? '';
    addTo(stockFte, `${sector}|${r.age_band}|${r.year}`, r.fte);
    addTo(boardStock, `${lk.locationBoard.get(r.location_id) ?? ''}|${r.age_band}|${r.year}`, r.fte);
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
    addTo(r.reason === 'pension' ? pension : other, `${sector}|${r.age_band}|${r.year}`, r.fte);
  }
  const sectors = [...new Set(data.subjects.map((s) => s.sector))];
  // Rates over the years (from, to]: leavers ÷ the stock a year before, pooled.
  const rate = (
    leavers: Map<string, number>,
    s: string,
    bands: readonly string[],
    from: number,
    to: number,
  ) => {
    let left = 0;
    let exposure = 0;
    for (let t = from + 1; t <= to; t++) {
      for (const a of bands) {
        left += leavers.get(`${s}|${a}|${t}`) ?? 0;
        exposure += stockFte.get(`${s}|${a}|${t - 1}`) ?? 0;
      }
    }
    return { left, exposure };
  };
  // The window of years behind the rates, chosen by rolling origin on the history: for each inner origin T, rates from
  // the window up to T predict the leavers of T + 1 per sector and band; the window with the smallest error wins.
  const exitWindow = chooseRateWindow(historyStart, historyEnd, (from, to, t) => {
    let err = 0;
    for (const s of sectors) {
      for (const a of AGE_BANDS) {
        const o = rate(other, s, [a], from, to);
        const p = rate(pension, s, [a], from, to);
        const stock = stockFte.get(`${s}|${a}|${t - 1}`) ?? 0;
        err += Math.abs(ratio(o.left, o.exposure) * stock - (other.get(`${s}|${a}|${t}`) ?? 0));
        err += Math.abs(ratio(p.left, p.exposure) * stock - (pension.get(`${s}|${a}|${t}`) ?? 0));
      }
    }
    return err;
  });
  const from = exitWindow > 0 ? Math.max(historyStart, historyEnd - exitWindow) : historyStart;
  const exitRate: Record<string, Record<string, number>> = {};
  const pensionRate: Record<string, number> = {};
  const ftePerHead: Record<string, Record<string, number>> = {};
  for (const s of sectors) {
    exitRate[s] = {};
    ftePerHead[s] = {};
    for (const a of AGE_BANDS) {
      const o = rate(other, s, [a], from, historyEnd);
      exitRate[s][a] = ratio(o.left, o.exposure);
      ftePerHead[s][a] = ratio(fteAll.get(`${s}|${a}`) ?? 0, heads.get(`${s}|${a}`) ?? 0, NaN);
    }
    let f = 0;
    let h = 0;
    for (const a of AGE_BANDS) {
      f += fteAll.get(`${s}|${a}`) ?? 0;
      h += heads.get(`${s}|${a}`) ?? 0;
    }
    for (const a of AGE_BANDS) if (Number.isNaN(ftePerHead[s][a])) ftePerHead[s][a] = ratio(f, h, 0.8);
    const p = rate(pension, s, AGE_BANDS, from, historyEnd);
    const exposed65 = rate(pension, s, ['65+'], from, historyEnd).exposure;
    pensionRate[s] = Math.min(1, ratio(p.left, exposed65, 0.5));
  }
  // Boards differ in how many teachers leave: a multiplier per board on the sector's exit rates, observed ÷ expected
  // leavers over the same window, shrunk towards 1 by EXIT_SHRINKAGE_FTE expected leavers.
  const boardLeft = new Map<string, number>();
  for (const r of data.leavers) {
    if (r.reason === 'pension' || r.year <= from || r.year > historyEnd) continue;
    addTo(boardLeft, r.board_id, r.fte);
  }
  const exitMultiplier: Record<string, number> = {};
  for (const b of data.boards) {
    const sec = lk.boardSector.get(b.board_id) ?? '';
    let expected = 0;
    for (let t = from + 1; t <= historyEnd; t++)
      for (const a of AGE_BANDS)
        expected += (exitRate[sec]?.[a] ?? 0) * (boardStock.get(`${b.board_id}|${a}|${t - 1}`) ?? 0);
    exitMultiplier[b.board_id] =
      ((boardLeft.get(b.board_id) ?? 0) + EXIT_SHRINKAGE_FTE) / (expected + EXIT_SHRINKAGE_FTE);
  }
  return { exitRate, exitMultiplier, pensionRate, ftePerHead, exitWindow };
}

/** Pseudo-count (expected leavers, FTE) that shrinks a board's exit multiplier towards 1. */
export const EXIT_SHRINKAGE_FTE = 20;

/** Windows (years) tried for rates; 0 means every history year. */
export const RATE_WINDOWS = [3, 5, 0];

/**
 * Choose the window of years behind a rate by rolling origin: for each inner origin T (the last four history years
 * before the last, with at least two years behind them), `error(from, T, T + 1)` scores rates estimated over the years
 * (from, T] against year T + 1; the window with the smallest total error wins (ties: the longer window).
 * @example
 * chooseRateWindow(2014, 2025, (from, to, t) => Math.abs(to - from - 3)); // → 3
 */
export function chooseRateWindow(
  historyStart: number,
  historyEnd: number,
  error: (from: number, to: number, t: number) => number,
): number {
  const scores = RATE_WINDOWS.map(() => 0);
  let any = false;
  for (let T = Math.max(historyStart + 2, historyEnd - 4); T < historyEnd; T++) {
    RATE_WINDOWS.forEach((w, i) => {
      const from = w > 0 ? Math.max(historyStart, T - w) : historyStart;
      scores[i] += error(from, T, T + 1);
    });
    any = true;
  }
  if (!any) return 0;
  let best = RATE_WINDOWS.length - 1;
  for (let i = RATE_WINDOWS.length - 1; i >= 0; i--) if (scores[i] < scores[best] - 1e-9) best = i;
  return RATE_WINDOWS[best];
}
