import type { Model } from './model.js';

/** Per-leaf work space and results of hireYear, each indexed by leaf. */
export interface HiringState {
  /** Input: qualified stock after outflow (exits, pension, hours, ageing) of the year. */
  after: Float64Array;
  /** State: unqualified FTE (the hidden shortage) at the end of the last year run. */
  unqualified: Float64Array;
  own: Float64Array;
  graduate: Float64Array;
  lateral: Float64Array;
  returner: Float64Array;
  other: Float64Array;
  /** FTE added by teachers of the leaf working more hours (the top-up). */
  topUp: Float64Array;
  /** Unfilled vacancies (FTE) at the end of the year. */
  unfilled: Float64Array;
  /** Work space. */
  open: Float64Array;
  boardOpen: Float64Array;
  /**
   * The model's fill hazards, each subject's distinct values once: hazardClass[leaf] indexes hazardValue, the
   * classes of subject s are hazardStart[s] … hazardStart[s + 1] − 1, and hazardFill is their work space. A
   * subject's leaves share a few hazards (most fall back to the cluster's or the subject's fill rate), so
   * hireYear takes one exponential per class rather than per leaf.
   */
  hazardClass: Int32Array;
  hazardValue: Float64Array;
  hazardStart: Int32Array;
  hazardFill: Float64Array;
}

/**
 * Allocate the work space of hireYear for a model.
 * @example
 * const state = allocateHiringState(model);
 */
export function allocateHiringState(model: Model): HiringState {
  const n = model.nLeaf;
  const nS = model.subjects.length;
  const hazardClass = new Int32Array(n);
  const hazardStart = new Int32Array(nS + 1);
  const values: number[] = [];
  for (let s = 0; s < nS; s++) {
    const classOf = new Map<number, number>();
    for (const c of model.subjectLeaves[s]) {
      const h = model.fillHazard[c];
      let k = classOf.get(h);
      if (k === undefined) {
        k = values.length;
        classOf.set(h, k);
        values.push(h);
      }
      hazardClass[c] = k;
    }
    hazardStart[s + 1] = values.length;
  }
  return {
    after: new Float64Array(n),
    unqualified: new Float64Array(n),
    own: new Float64Array(n),
    graduate: new Float64Array(n),
    lateral: new Float64Array(n),
    returner: new Float64Array(n),
    other: new Float64Array(n),
    topUp: new Float64Array(n),
    unfilled: new Float64Array(n),
    open: new Float64Array(n),
    boardOpen: new Float64Array(model.boards.length),
    hazardClass,
    hazardValue: Float64Array.from(values),
    hazardStart,
    hazardFill: new Float64Array(values.length),
  };
}

/**
 * One year of hiring for one subject's leaves (see docs/model.md, "Hiring as matching"): bound trainees fill their
 * board's openings first; unqualified staff stay at the retention rate (and go where the qualified stock covers the
 * demand); teachers top up hours in leaves with a gap; the remaining openings are filled by other graduates as far as
 * candidates reach (`O·(1 − exp(−C/O))` for the subject), then by lateral entrants, returners and others at the leaf's
 * per-opening fill rate; unqualified staff take a share of what is left and the rest stays unfilled. Every step is
 * non-decreasing in the candidates and in the stock, so the levers act monotonically.
 * @param model prepared model
 * @param state from allocateHiringState(model) (or of a model with the same fill hazards): `after` and `unqualified`
 * in, the hires, top-up and unfilled out (indexed by leaf)
 * @param s subject index
 * @param t projection year (1 … horizon)
 * @param binding binding candidates FTE [(t·nBoard + board)·nSubject + subject]
 * @param pool pool levels FTE [(t·nSubject + subject)·4 + source]
 */
export function hireYear(
  model: Model,
  state: HiringState,
  s: number,
  t: number,
  binding: Float64Array,
  pool: Float64Array,
): void {
  const { nLeaf, demand, leafBoard, leafSector, poolBase, sourceWeight } = model;
  const { unqualifiedRetention, unqualifiedHireShare, hoursTopUp } = model;
  const nB = model.boards.length;
  const nS = model.subjects.length;
  const leaves = model.subjectLeaves[s];
  const n = leaves.length;
  const row = t * nLeaf;
  const {
    after,
    unqualified: U,
    open,
    boardOpen,
    own,
    topUp,
    graduate,
    lateral,
    returner,
    other,
    unfilled,
    hazardClass,
    hazardValue,
    hazardFill,
  } = state;
  for (let j = 0; j < n; j++) {
    const c = leaves[j];
    const d = demand[row + c];
    const a = after[c];
    const o = d > a ? d - a : 0;
    open[c] = o;
    boardOpen[leafBoard[c]] += o;
  }
  // Binding first: a board's bound candidates fill its own openings in proportion.
  for (let j = 0; j < n; j++) {
    const c = leaves[j];
    const ob = boardOpen[leafBoard[c]];
    let h = 0;
    if (ob > 0) {
      const cand = binding[(t * nB + leafBoard[c]) * nS + s];
      h = open[c] * (cand >= ob ? 1 : cand / ob);
    }
    own[c] = h;
  }
  // Unqualified staff stay (at most up to the gap), teachers top up hours, the rest opens as vacancies.
  let openings = 0;
  for (let j = 0; j < n; j++) {
    const c = leaves[j];
    boardOpen[leafBoard[c]] = 0; // for the next call: every leaf has read its board's openings above
    const sec = leafSector[c];
    const gap0 = open[c] - own[c];
    const kept = U[c] * unqualifiedRetention[sec];
    const u = gap0 > 0 ? (kept < gap0 ? kept : gap0) : 0;
    U[c] = u;
    const gap = gap0 - u;
    const cap = hoursTopUp[sec];
    // Only teachers who are there can work more hours (and a scale on a vanishing stock would not be finite).
    const x = gap > 0 && after[c] > 1e-9 ? (gap < cap ? gap : cap) : 0;
    topUp[c] = x;
    const o = gap > x ? gap - x : 0;
    open[c] = o;
    openings += o;
  }
  // Graduates (and any source without a calibrated rate, such as extra lateral entrants in a subject that had none)
  // are candidates: the subject's openings take O·(1 − exp(−C/O)) of them, spread in proportion to the openings.
  const po = (t * nS + s) * 4;
  const candL = poolBase[s * 4 + 1] > 0 ? 0 : pool[po + 1];
  const candR = poolBase[s * 4 + 2] > 0 ? 0 : pool[po + 2];
  const candO = poolBase[s * 4 + 3] > 0 ? 0 : pool[po + 3];
  const candidates = pool[po] + candL + candR + candO;
  const candidateFill = openings > 0 && candidates > 0 ? 1 - Math.exp(-candidates / openings) : 0;
  const wg = candidates > 0 ? (candidateFill * pool[po]) / candidates : 0;
  const wl = candidates > 0 ? (candidateFill * candL) / candidates : 0;
  const wr = candidates > 0 ? (candidateFill * candR) / candidates : 0;
  const wo = candidates > 0 ? (candidateFill * candO) / candidates : 0;
  // Lateral entrants, returners and others fill a share of what is left per opening; their yearly level relative to
  // the calibrated level scales the hazard (levers and simulated years).
  // The weights of the sources the subject has are normalised, so that m = 1 at the calibrated levels.
  const wL = poolBase[s * 4 + 1] > 0 ? sourceWeight[s * 3] : 0;
  const wR = poolBase[s * 4 + 2] > 0 ? sourceWeight[s * 3 + 1] : 0;
  const wO = poolBase[s * 4 + 3] > 0 ? sourceWeight[s * 3 + 2] : 0;
  const wSum = wL + wR + wO;
  const ml = wL > 0 ? (pool[po + 1] / poolBase[s * 4 + 1]) * (wL / wSum) : 0;
  const mr = wR > 0 ? (pool[po + 2] / poolBase[s * 4 + 2]) * (wR / wSum) : 0;
  const mo = wO > 0 ? (pool[po + 3] / poolBase[s * 4 + 3]) * (wO / wSum) : 0;
  const m = ml + mr + mo;
  const sl = m > 0 ? ml / m : 0;
  const sr = m > 0 ? mr / m : 0;
  const so = m > 0 ? mo / m : 0;
  if (m > 0)
    for (let k = state.hazardStart[s]; k < state.hazardStart[s + 1]; k++)
      hazardFill[k] = 1 - Math.exp(-hazardValue[k] * m);
  for (let j = 0; j < n; j++) {
    const c = leaves[j];
    const o = open[c];
    const left = o * (1 - candidateFill);
    const hz = m > 0 && left > 0 ? left * hazardFill[hazardClass[c]] : 0;
    graduate[c] = o * wg;
    lateral[c] = o * wl + hz * sl;
    returner[c] = o * wr + hz * sr;
    other[c] = o * wo + hz * so;
    const rest = left - hz;
    const unq = rest * unqualifiedHireShare[leafSector[c]];
    U[c] += unq;
    unfilled[c] = rest - unq;
  }
}
