import type { Model } from '../projection/model.js';
import { A } from '../projection/model.js';

/** Per-draw leaf output of runSimulationKernel, each [t·nLeaf + leaf]. */
export interface SimulationLeafOutput {
  supply: Float64Array;
  totalShortage: Float64Array;
  outflow: Float64Array;
  inflow: Float64Array;
  /** Work space: the stock by band of every leaf in the current year, [leaf·A + band]. */
  stock: Float64Array;
  /** Work space: hires of the year not yet added to the bands (they are added in the next year's pass). */
  pending: Float64Array;
  open: Float64Array;
  boardOpen: Float64Array;
}

/** Allocate the buffers of runSimulationKernel for a model. */
export function allocateSimulationOutput(model: Model): SimulationLeafOutput {
  const n = (model.horizon + 1) * model.nLeaf;
  return {
    supply: new Float64Array(n),
    totalShortage: new Float64Array(n),
    outflow: new Float64Array(n),
    inflow: new Float64Array(n),
    stock: new Float64Array(model.nLeaf * A),
    pending: new Float64Array(model.nLeaf),
    open: new Float64Array(model.nLeaf),
    boardOpen: new Float64Array(model.boards.length),
  };
}

/**
 * The projection kernel of runKernel stripped to what simulate reports: supply, total shortage, outflow and
 * inflow per leaf and year. The same steps, folded for speed: exits, pension, hours and ageing of a band are
 * one multiply-add per band (`stay[a] = (1 − e[a])·(1 + h[a])·(1 − m[a])`, `up[a] = (1 − e[a])·(1 + h[a])·m[a]`,
 * the 65+ band also × (1 − π)); outflow is the stock before minus the stock after; hires of every source
 * enter by one age profile when the sources share it. It keeps one year of stock per leaf. Equal to runKernel
 * up to rounding (a test checks this).
 * @param model prepared model (its demand, rates, binding and pool may be per-draw copies)
 * @param out buffers from allocateSimulationOutput
 */
export function runSimulationKernel(model: Model, out: SimulationLeafOutput): void {
  const {
    nLeaf,
    horizon: H,
    demand,
    exitRate,
    pensionRate,
    hoursChange,
    ageingShare,
    fteFactor,
    inflowAge,
    binding,
    pool,
    leafSector,
    leafBoard,
    stock0,
  } = model;
  const nB = model.boards.length;
  const nS = model.subjects.length;
  const nSec = model.sectors.length;
  const {
    supply: sup,
    totalShortage: tot,
    outflow: outf,
    inflow: inf,
    stock: st,
    pending,
    open,
    boardOpen,
  } = out;
  // Survival and ageing factors per sector and band; [0 … nSec·A) for later years, [nSec·A … 2·nSec·A) for t = 1 (FTE lever).
  const stay = new Float64Array(2 * nSec * A);
  const up = new Float64Array(2 * nSec * A);
  for (let k = 0; k < nSec; k++) {
    for (let a = 0; a < A; a++) {
      let keep = (1 - exitRate[k * A + a]) * (1 + hoursChange[k * A + a]);
      if (a === A - 1) keep = (1 - exitRate[k * A + a]) * (1 - pensionRate[k]) * (1 + hoursChange[k * A + a]);
      const m = a === A - 1 ? 0 : ageingShare[a];
      stay[k * A + a] = keep * (1 - m);
      up[k * A + a] = keep * m;
      stay[(nSec + k) * A + a] = stay[k * A + a] * fteFactor[k];
      up[(nSec + k) * A + a] = up[k * A + a] * fteFactor[k];
    }
  }
  let oneProfile = true;
  for (let k = 1; k < 5; k++)
    for (let a = 0; a < A; a++) if (inflowAge[k * A + a] !== inflowAge[a]) oneProfile = false;
  for (let s = 0; s < nS; s++) {
    const leaves = model.subjectLeaves[s];
    const n = leaves.length;
    if (n === 0) continue;
    for (let j = 0; j < n; j++) {
      const c = leaves[j];
      let sum = 0;
      for (let a = 0; a < A; a++) {
        const x = stock0[c * A + a];
        st[c * A + a] = x;
        sum += x;
      }
      pending[c] = 0;
      const d = demand[c];
      sup[c] = sum;
      tot[c] = d > sum ? d - sum : 0;
      outf[c] = 0;
      inf[c] = 0;
    }
    for (let t = 1; t <= H; t++) {
      const row = t * nLeaf;
      const prevRow = row - nLeaf;
      const first = t === 1 ? nSec * A : 0;
      for (let j = 0; j < n; j++) {
        const c = leaves[j];
        const o0 = c * A;
        const f0 = first + leafSector[c] * A;
        // With one age profile, last year's hires enter the bands here, saving a pass over the bands.
        const p = pending[c];
        let after = 0;
        if (A === 10) {
          // Unrolled for the ten age bands (≈ 25 % faster than the loop below, which it equals exactly).
          const x0 = st[o0] + p * inflowAge[0];
          const x1 = st[o0 + 1] + p * inflowAge[1];
          const x2 = st[o0 + 2] + p * inflowAge[2];
          const x3 = st[o0 + 3] + p * inflowAge[3];
          const x4 = st[o0 + 4] + p * inflowAge[4];
          const x5 = st[o0 + 5] + p * inflowAge[5];
          const x6 = st[o0 + 6] + p * inflowAge[6];
          const x7 = st[o0 + 7] + p * inflowAge[7];
          const x8 = st[o0 + 8] + p * inflowAge[8];
          const x9 = st[o0 + 9] + p * inflowAge[9];
          const y0 = x0 * stay[f0];
          const y1 = x1 * stay[f0 + 1] + x0 * up[f0];
          const y2 = x2 * stay[f0 + 2] + x1 * up[f0 + 1];
          const y3 = x3 * stay[f0 + 3] + x2 * up[f0 + 2];
          const y4 = x4 * stay[f0 + 4] + x3 * up[f0 + 3];
          const y5 = x5 * stay[f0 + 5] + x4 * up[f0 + 4];
          const y6 = x6 * stay[f0 + 6] + x5 * up[f0 + 5];
          const y7 = x7 * stay[f0 + 7] + x6 * up[f0 + 6];
          const y8 = x8 * stay[f0 + 8] + x7 * up[f0 + 7];
          const y9 = x9 * stay[f0 + 9] + x8 * up[f0 + 8];
          st[o0] = y0;
          st[o0 + 1] = y1;
          st[o0 + 2] = y2;
          st[o0 + 3] = y3;
          st[o0 + 4] = y4;
          st[o0 + 5] = y5;
          st[o0 + 6] = y6;
          st[o0 + 7] = y7;
          st[o0 + 8] = y8;
          st[o0 + 9] = y9;
          after = y0 + y1 + y2 + y3 + y4 + y5 + y6 + y7 + y8 + y9;
        } else {
          let carry = 0;
          for (let a = 0; a < A; a++) {
            const x = st[o0 + a] + p * inflowAge[a];
            const y = x * stay[f0 + a] + carry;
            carry = x * up[f0 + a];
            st[o0 + a] = y;
            after += y;
          }
        }
        outf[row + c] = sup[prevRow + c] - after;
        const d = demand[row + c];
        const o = d > after ? d - after : 0;
        open[c] = o;
        sup[row + c] = after;
        boardOpen[leafBoard[c]] += o;
      }
      let remaining = 0;
      for (let j = 0; j < n; j++) {
        const c = leaves[j];
        const b = leafBoard[c];
        const ob = boardOpen[b];
        let h = 0;
        if (ob > 0) {
          const cand = binding[(t * nB + b) * nS + s];
          h = open[c] * (cand >= ob ? 1 : cand / ob);
        }
        inf[row + c] = h;
        open[c] -= h;
        remaining += open[c];
      }
      for (let j = 0; j < n; j++) boardOpen[leafBoard[leaves[j]]] = 0;
      const po = (t * nS + s) * 4;
      const pg = pool[po];
      const pl = pool[po + 1];
      const pr = pool[po + 2];
      const pt = pool[po + 3];
      const total = pg + pl + pr + pt;
      const fill = remaining > 0 && total > 0 ? (total >= remaining ? 1 : total / remaining) : 0;
      const wg = total > 0 ? (fill * pg) / total : 0;
      const wl = total > 0 ? (fill * pl) / total : 0;
      const wr = total > 0 ? (fill * pr) / total : 0;
      const wt = total > 0 ? (fill * pt) / total : 0;
      for (let j = 0; j < n; j++) {
        const c = leaves[j];
        const oc = open[c];
        const own = inf[row + c];
        const g = oc * wg;
        const l = oc * wl;
        const r = oc * wr;
        const x = oc * wt;
        const hired = own + g + l + r + x;
        const o0 = c * A;
        if (oneProfile) {
          pending[c] = hired;
        } else {
          for (let a = 0; a < A; a++) {
            st[o0 + a] +=
              own * inflowAge[a] +
              g * inflowAge[A + a] +
              l * inflowAge[2 * A + a] +
              r * inflowAge[3 * A + a] +
              x * inflowAge[4 * A + a];
          }
        }
        inf[row + c] = hired;
        const supply = sup[row + c] + hired;
        sup[row + c] = supply;
        const d = demand[row + c];
        tot[row + c] = d > supply ? d - supply : 0;
      }
    }
  }
}
