import type { Dataset } from '../schema/types.js';
import { AGE_BANDS } from '../schema/constants.js';
import type { Lookups } from './helpers.js';
import { addTo, ratio } from './helpers.js';
import { historicalDemand } from './estimate-demand-rates.js';

/** The pool sources that fill openings by a per-opening hazard, in the kernel's order. */
export const HAZARD_SOURCES = ['lateral_entrant', 'returner', 'other'] as const;

/** Candidate shrinkage strengths (in FTE of openings) and windows (years) tried by the nested validation. */
export const SHRINKAGE_STRENGTHS = [0, 3, 10, 30, 100, 1e9];
/** Windows in years; 0 means every history year. */
export const FILL_RATE_WINDOWS = [3, 5, 0];

/** What the validation chose, with the error of every candidate (for the docs and the report). */
export interface MatchingValidation {
  /** Pseudo-count of openings that pulls a rate towards its parent's. */
  strength: number;
  /** Years of history behind the rates; 0 means all. */
  window: number;
  /** Inner origins used (years up to which the rates were estimated; each predicts the next year). */
  origins: number[];
  /** Mean absolute error of next-year unfilled vacancies per location × subject, per `window|strength`. */
  errors: Record<string, number>;
}

/** The matching parameters: see docs/model.md, "Hiring as matching". */
export interface MatchingParams {
  fillRate: Record<string, Record<string, number>>;
  sourceShare: Record<string, Record<string, number>>;
  unqualifiedHireShare: Record<string, number>;
  unqualifiedRetention: Record<string, number>;
  hoursTopUpFte: Record<string, number>;
  /** Drift of every stayer per sector and band (the same for every band); 0 where the residual is the top-up. */
  hoursChange: Record<string, Record<string, number>>;
  matchingValidation: MatchingValidation;
}

/** Opened and unfilled vacancies (counts) of one leaf and year. */
interface VacancyCell {
  location: string;
  cluster: string;
  subject: string;
  year: number;
  opened: number;
  unfilled: number;
}

/** Shrunk unfilled shares per opening: leaf → cluster × subject → subject → region. */
interface UnfilledShares {
  leaf: Map<string, number>;
  cluster: Map<string, number>;
  subject: Map<string, number>;
  region: number;
}

/**
 * The share of openings left unfilled, per leaf, shrunk level by level towards its parent:
 * `p = (unfilled + k·p_parent) / (opened + k)`, over the cells whose year is in `years`.
 */
function shrunkUnfilledShares(cells: VacancyCell[], years: Set<number>, strength: number): UnfilledShares {
  const sums = new Map<string, { n: number; m: number }>();
  const add = (key: string, c: VacancyCell) => {
    const x = sums.get(key) ?? { n: 0, m: 0 };
    x.n += c.opened;
    x.m += c.unfilled;
    sums.set(key, x);
  };
  for (const c of cells) {
    if (!years.has(c.year)) continue;
    add('*', c);
    add(`s|${c.subject}`, c);
    add(`k|${c.cluster}|${c.subject}`, c);
    add(`l|${c.location}|${c.cluster}|${c.subject}`, c);
  }
  const shrink = (key: string, parent: number) => {
    const x = sums.get(key);
    return x ? (x.m + strength * parent) / (x.n + strength) : parent;
  };
  const all = sums.get('*');
  const region = all && all.n > 0 ? all.m / all.n : 0;
  const out: UnfilledShares = { leaf: new Map(), cluster: new Map(), subject: new Map(), region };
  for (const key of sums.keys()) {
    if (key.startsWith('s|')) out.subject.set(key.slice(2), shrink(key, region));
  }
  for (const key of sums.keys()) {
    if (!key.startsWith('k|')) continue;
    const [, cluster, subject] = key.split('|');
    out.cluster.set(`${cluster}|${subject}`, shrink(key, out.subject.get(subject) ?? region));
  }
  for (const key of sums.keys()) {
    if (!key.startsWith('l|')) continue;
    const [, location, cluster, subject] = key.split('|');
    const parent = out.cluster.get(`${cluster}|${subject}`) ?? out.subject.get(subject) ?? region;
    out.leaf.set(`${location}|${subject}`, shrink(key, parent));
  }
  return out;
}

function yearsIn(from: number, to: number): Set<number> {
  const out = new Set<number>();
  for (let t = from; t <= to; t++) out.add(t);
  return out;
}

/**
 * Estimate how openings are filled (see docs/model.md, "Hiring as matching"): the per-opening fill rate of lateral
 * entrants, returners and others per board and subject (shrunk towards the subject's and the region's rate, the
 * strength and window chosen by nested rolling-origin validation on the history), the split of those hires by source,
 * the share of unfilled openings taken by unqualified staff, how many unqualified staff stay a year, and the hours
 * top-up of teachers in leaves with a gap.
 * @param data normalised dataset (history up to the calibration's last year)
 * @param lk lookups
 * @param lessonHoursPerFte lesson hours of one FTE per sector
 * @returns the matching parameters
 * @example
 * estimateMatching(data, lookupsOf(data), { vo: 750 }).fillRate['*']['*']; // ≈ 0.6 of the openings left after graduates
 */
export function estimateMatching(
  data: Dataset,
  lk: Lookups,
  lessonHoursPerFte: Record<string, number>,
): MatchingParams {
  const { historyStart, historyEnd } = data.meta;
  const sectorOf = (subject: string, fallback = '') => lk.subjectSector.get(subject) ?? fallback;
  const inHistory = (t: number) => t >= historyStart && t <= historyEnd;

  // Mean FTE of an opening: the FTE of pool hires per hired person (every pool hire fills one opening).
  let poolFte = 0;
  let poolHeads = 0;
  const bySource = new Map<string, number>();
  const graduateFte = new Map<string, number>();
  const poolHeadsBySectorYear = new Map<string, number>();
  for (const r of data.hires) {
    if (!inHistory(r.year) || r.source === 'own_placement') continue;
    poolFte += r.fte;
    poolHeads += r.headcount;
    addTo(
      poolHeadsBySectorYear,
      `${sectorOf(r.subject_id, lk.boardSector.get(r.board_id))}|${r.year}`,
      r.headcount,
    );
    if (r.source === 'other_graduate') addTo(graduateFte, `${r.subject_id}|${r.year}`, r.fte);
    else {
      addTo(bySource, `${r.subject_id}|${r.source}`, r.fte);
      addTo(bySource, `*|${r.source}`, r.fte);
    }
  }
  const openingFte = ratio(poolFte, poolHeads, 0.75);
  const clusterOf = new Map(data.locations.map((l) => [l.location_id, l.cluster_id]));
  const opened = new Map<string, number>();
  const unfilled = new Map<string, number>();
  const openedBySubjectYear = new Map<string, number>();
  const vacancyCells: VacancyCell[] = [];
  for (const r of data.vacancies) {
    if (!inHistory(r.year)) continue;
    const sector = sectorOf(r.subject_id, lk.locationSector.get(r.location_id));
    addTo(opened, `${sector}|${r.year}`, r.opened);
    addTo(unfilled, `${sector}|${r.year}`, r.unfilled);
    addTo(openedBySubjectYear, `${r.subject_id}|${r.year}`, r.opened);
    if (r.opened > 0)
      vacancyCells.push({
        location: r.location_id,
        cluster: clusterOf.get(r.location_id) ?? '',
        subject: r.subject_id,
        year: r.year,
        opened: r.opened,
        unfilled: r.unfilled,
      });
  }
  const hidden = new Map<string, number>();
  for (const r of data.lesson_hours) {
    if (!inHistory(r.year)) continue;
    const sector = sectorOf(r.subject_id, lk.locationSector.get(r.location_id));
    addTo(hidden, `${sector}|${r.year}`, r.unqualified_hours / (lessonHoursPerFte[sector] || 1));
  }

  // Unqualified staff, per sector: the share of openings left unfilled by qualified candidates that unqualified staff
  // take (counts: opened − pool hires − unfilled), and the share of unqualified FTE that stays a year,
  // ρ = Σ (U_t − unqualifiedHires_t)·U_{t−1} / Σ U_{t−1}² (least squares through the origin).
  const sectors = [...new Set(data.subjects.map((s) => s.sector))];
  const unqualifiedHireShare: Record<string, number> = {};
  const unqualifiedRetention: Record<string, number> = {};
  let regionTaken = 0;
  let regionLeft = 0;
  for (const sec of sectors) {
    let taken = 0;
    let left = 0;
    let num = 0;
    let den = 0;
    for (let t = historyStart; t <= historyEnd; t++) {
      const o = opened.get(`${sec}|${t}`) ?? 0;
      const q = poolHeadsBySectorYear.get(`${sec}|${t}`) ?? 0;
      const u = unfilled.get(`${sec}|${t}`) ?? 0;
      const unqHires = Math.max(0, o - q - u);
      taken += unqHires;
      left += Math.max(0, o - q);
      const prev = hidden.get(`${sec}|${t - 1}`);
      if (t > historyStart && prev !== undefined) {
        num += ((hidden.get(`${sec}|${t}`) ?? 0) - unqHires * openingFte) * prev;
        den += prev * prev;
      }
    }
    unqualifiedHireShare[sec] = Math.min(1, Math.max(0, ratio(taken, left, 0.5)));
    unqualifiedRetention[sec] = Math.min(1, Math.max(0, ratio(num, den, 0.7)));
    regionTaken += taken;
    regionLeft += left;
  }

  // Where openings stay open: the unfilled share per opening of each location × subject, shrunk towards its cluster ×
  // subject, the subject and the region; strength and window chosen by nested rolling origin: for each inner origin
  // T', shares from the years up to T' predict the unfilled vacancies of T' + 1 from its openings, and the pair with the
  // smallest error wins. Years after the calibration's last year are never seen (the data are sliced before calibrate).
  const origins: number[] = [];
  for (let t = Math.max(historyStart + 2, historyEnd - 4); t < historyEnd; t++) origins.push(t);
  const errors: Record<string, number> = {};
  let best = { strength: 10, window: 0, error: Infinity };
  for (const window of FILL_RATE_WINDOWS) {
    for (const strength of SHRINKAGE_STRENGTHS) {
      let err = 0;
      let n = 0;
      for (const T of origins) {
        const from = window > 0 ? Math.max(historyStart, T - window + 1) : historyStart;
        const shares = shrunkUnfilledShares(vacancyCells, yearsIn(from, T), strength);
        for (const c of vacancyCells) {
          if (c.year !== T + 1) continue;
          const p =
            shares.leaf.get(`${c.location}|${c.subject}`) ??
            shares.cluster.get(`${c.cluster}|${c.subject}`) ??
            shares.subject.get(c.subject) ??
            shares.region;
          err += Math.abs(p * c.opened - c.unfilled);
          n++;
        }
      }
      const e = n > 0 ? err / n : 0;
      errors[`${window}|${strength}`] = e;
      if (e < best.error - 1e-12) best = { strength, window, error: e };
    }
  }
  const from = best.window > 0 ? Math.max(historyStart, historyEnd - best.window + 1) : historyStart;
  const shares = shrunkUnfilledShares(vacancyCells, yearsIn(from, historyEnd), best.strength);
  // An unfilled share p means qualified candidates filled q = 1 − p / (1 − ψ) of the openings (ψ: the share of the
  // rest that unqualified staff take); graduates filled g of them (their hires per opening, per subject), so the other
  // sources fill r = 1 − (1 − q) / (1 − g) of what graduates leave.
  const graduateShare = new Map<string, number>();
  let regionGraduates = 0;
  let regionOpened = 0;
  for (const s of data.subjects) {
    let g = 0;
    let o = 0;
    for (let t = from; t <= historyEnd; t++) {
      g += graduateFte.get(`${s.subject_id}|${t}`) ?? 0;
      o += (openedBySubjectYear.get(`${s.subject_id}|${t}`) ?? 0) * openingFte;
    }
    graduateShare.set(s.subject_id, Math.min(0.95, ratio(g, o)));
    regionGraduates += g;
    regionOpened += o;
  }
  const fillRateFrom = (p: number, psi: number, g: number) => {
    const q = Math.min(0.99, Math.max(0, 1 - p / Math.max(0.01, 1 - psi)));
    return Math.min(0.99, Math.max(0, 1 - (1 - q) / (1 - g)));
  };
  const toFillRate = (p: number, subject: string) =>
    fillRateFrom(p, unqualifiedHireShare[sectorOf(subject)] ?? 0.5, graduateShare.get(subject) ?? 0);
  const fillRate: Record<string, Record<string, number>> = {
    '*': {
      '*': vacancyCells.length
        ? fillRateFrom(
            shares.region,
            ratio(regionTaken, regionLeft, 0.5),
            Math.min(0.95, ratio(regionGraduates, regionOpened)),
          )
        : 0.99,
    },
  };
  for (const [subject, p] of shares.subject) fillRate['*'][subject] = toFillRate(p, subject);
  for (const [key, p] of shares.cluster) {
    const [cluster, subject] = key.split('|');
    (fillRate[cluster] ??= {})[subject] = toFillRate(p, subject);
  }
  for (const [key, p] of shares.leaf) {
    const [location, subject] = key.split('|');
    (fillRate[location] ??= {})[subject] = toFillRate(p, subject);
  }

  // Source split of the hazard hires per subject, shrunk to the region's split by 10 FTE.
  const sourceShare: Record<string, Record<string, number>> = {};
  const regionTotal = HAZARD_SOURCES.reduce((sum, k) => sum + (bySource.get(`*|${k}`) ?? 0), 0);
  const regionShare = (k: string) =>
    ratio(bySource.get(`*|${k}`) ?? 0, regionTotal, 1 / HAZARD_SOURCES.length);
  sourceShare['*'] = Object.fromEntries(HAZARD_SOURCES.map((k) => [k, regionShare(k)]));
  for (const s of data.subjects) {
    const id = s.subject_id;
    const total = HAZARD_SOURCES.reduce((sum, k) => sum + (bySource.get(`${id}|${k}`) ?? 0), 0);
    sourceShare[id] = Object.fromEntries(
      HAZARD_SOURCES.map((k) => [
        k,
        ((bySource.get(`${id}|${k}`) ?? 0) + 10 * regionShare(k)) / (total + 10),
      ]),
    );
  }

  // Hours: the accounting residual of the stock (Δ stock − hires + leavers). A positive residual is the top-up of
  // teachers in leaves with a gap: the cap x̄ solves Σ_t Σ_leaf min(gap, x̄) = Σ_t residual_t, with each leaf's gap
  // rebuilt as the model sees it (demand − stock after the sector's outflow share − bound hires − unqualified staff who
  // stay). A negative residual is a drift of every stayer.
  const demandHist = historicalDemand(data, lk);
  const stockLeaf = new Map<string, number>();
  const stock = new Map<string, number>();
  for (const r of data.workforce) {
    if (!inHistory(r.year)) continue;
    addTo(stock, `${sectorOf(r.subject_id, lk.locationSector.get(r.location_id))}|${r.year}`, r.fte);
    addTo(stockLeaf, `${r.location_id}|${r.subject_id}|${r.year}`, r.fte);
  }
  const flow = new Map<string, number>();
  const leavers = new Map<string, number>();
  const ownHires = new Map<string, number>();
  for (const r of data.hires) {
    if (!inHistory(r.year)) continue;
    addTo(flow, `${sectorOf(r.subject_id, lk.boardSector.get(r.board_id))}|${r.year}`, -r.fte);
    if (r.source === 'own_placement') addTo(ownHires, `${r.board_id}|${r.subject_id}|${r.year}`, r.fte);
  }
  for (const r of data.leavers) {
    if (!inHistory(r.year)) continue;
    const sec = sectorOf(r.subject_id, lk.boardSector.get(r.board_id));
    addTo(flow, `${sec}|${r.year}`, r.fte);
    addTo(leavers, `${sec}|${r.year}`, r.fte);
  }
  const gapsBySector = new Map<string, number[]>();
  for (let t = historyStart + 1; t <= historyEnd; t++) {
    const leafGaps: { key: string; sec: string; board: string; subject: string; gap: number }[] = [];
    const boardGap = new Map<string, number>();
    for (const l of data.locations) {
      for (const subject of data.subjects) {
        const d = demandHist.get(`${l.location_id}|${subject.subject_id}|${t}`);
        if (!d) continue;
        const sec = subject.sector;
        const prev = stockLeaf.get(`${l.location_id}|${subject.subject_id}|${t - 1}`) ?? 0;
        const share = ratio(leavers.get(`${sec}|${t}`) ?? 0, stock.get(`${sec}|${t - 1}`) ?? 0);
        const after = prev * (1 - share);
        const demand = d.qualified + d.unqualified + d.unfilled;
        const prevHidden =
          demandHist.get(`${l.location_id}|${subject.subject_id}|${t - 1}`)?.unqualified ?? 0;
        const open = Math.max(0, demand - after);
        const stay = Math.min(open, prevHidden * (unqualifiedRetention[sec] ?? 0));
        const gap = open - stay;
        if (gap <= 0) continue;
        leafGaps.push({ key: l.location_id, sec, board: l.board_id, subject: subject.subject_id, gap });
        addTo(boardGap, `${l.board_id}|${subject.subject_id}`, gap);
      }
    }
    for (const g of leafGaps) {
      const bs = `${g.board}|${g.subject}`;
      const own = ownHires.get(`${bs}|${t}`) ?? 0;
      const rest = g.gap - Math.min(g.gap, (own * g.gap) / (boardGap.get(bs) ?? 1));
      if (rest <= 0) continue;
      const list = gapsBySector.get(g.sec) ?? [];
      list.push(rest);
      gapsBySector.set(g.sec, list);
    }
  }
  const hoursTopUpFte: Record<string, number> = {};
  const hoursChange: Record<string, Record<string, number>> = {};
  for (const sec of sectors) {
    let residual = 0;
    let exposed = 0;
    for (let t = historyStart + 1; t <= historyEnd; t++) {
      const prev = stock.get(`${sec}|${t - 1}`);
      const now = stock.get(`${sec}|${t}`);
      if (prev === undefined || now === undefined) continue;
      residual += now - prev + (flow.get(`${sec}|${t}`) ?? 0);
      exposed += prev;
    }
    hoursTopUpFte[sec] = residual > 0 ? capForTotal(gapsBySector.get(sec) ?? [], residual) : 0;
    const drift = residual < 0 ? ratio(residual, exposed) : 0;
    hoursChange[sec] = Object.fromEntries(AGE_BANDS.map((a) => [a, drift]));
  }
  return {
    fillRate,
    sourceShare,
    unqualifiedHireShare,
    unqualifiedRetention,
    hoursTopUpFte,
    hoursChange,
    matchingValidation: { strength: best.strength, window: best.window, origins, errors },
  };
}

/**
 * The cap `x̄` at which `Σ min(gap, x̄)` equals `total` (bisection; the sum is non-decreasing in `x̄`). When even
 * every gap in full falls short, the largest gap.
 * @example
 * capForTotal([0.1, 0.5, 2], 0.7); // → 0.3 (0.1 + 0.3 + 0.3)
 */
export function capForTotal(gaps: number[], total: number): number {
  const sum = (cap: number) => gaps.reduce((acc, g) => acc + (g < cap ? g : cap), 0);
  let hi = gaps.reduce((m, g) => (g > m ? g : m), 0);
  if (sum(hi) <= total) return hi;
  let lo = 0;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (sum(mid) < total) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
