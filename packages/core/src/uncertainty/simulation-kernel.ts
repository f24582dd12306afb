import type { Model } from '../model/model.js';
import { A } from '../model/model.js';
import { allocateHiringState, hireYear, type HiringState } from '../model/hire.js';

/** Per-draw leaf output of runSimulationKernel, each [t·nLeaf + leaf]. */
export interface SimulationLeafOutput {
  supply: Float64Array;
  totalShortage: Float64Array;
  /** The part of the total shortage that unqualified staff cover (hidden shortage). */
  hidden: Float64Array;
  outflow: Float64Array;
  inflow: Float64Array;
  /** Work space: the stock by band of every leaf in the current year, [leaf·A + band]. */
  stock: Float64Array;
  /** Work space: hires of the year not yet added to the bands (they are added in the next year's pass). */
  pending: Float64Array;
  /** Work space: the top-up scale of the year not yet applied to the bands (applied in the next year's pass). */
  scale: Float64Array;
  /** Work space: survival and ageing factors per board and band, [0 … nB·A) later years, [nB·A … 2·nB·A) t = 1. */
  stay: Float64Array;
  up: Float64Array;
  /** Work space: the sector of each board. */
  boardSector: Int32Array;
  /** Work space of the hiring step. */
  hiring: HiringState;
}

/** Allocate the buffers of runSimulationKernel for a model. */
export function allocateSimulationOutput(model: Model): SimulationLeafOutput {
  const n = (model.horizon + 1) * model.nLeaf;
  return {
    supply: new Float64Array(n),
    totalShortage: new Float64Array(n),
    hidden: new Float64Array(n),
    outflow: new Float64Array(n),
    inflow: new Float64Array(n),
    stock: new Float64Array(model.nLeaf * A),
    pending: new Float64Array(model.nLeaf),
    scale: new Float64Array(model.nLeaf),
    stay: new Float64Array(2 * model.boards.length * A),
    up: new Float64Array(2 * model.boards.length * A),
    boardSector: new Int32Array(model.boards.length),
    hiring: allocateHiringState(model),
  };
}

/**
 * The projection kernel of runKernel stripped to what simulate reports: supply, total shortage, outflow and
 * inflow per leaf and year. The same steps, folded for speed: exits, pension, hours and ageing of a band are
 * one multiply-add per band (`stay[a] = (1 − e[a])·(1 + h[a])·(1 − m[a])`, `up[a] = (1 − e[a])·(1 + h[a])·m[a]`,
 * the 65+ band also × (1 − π)); outflow is the stock before minus the stock after; hires of every source
 * enter by one age profile when the sources share it, and they and the hours top-up's scale of the bands are
 * applied in the next year's pass over the bands (the same operations in the same order, one pass fewer). It
 * keeps one year of stock per leaf and allocates nothing. Equal to runKernel up to rounding (a test checks this).
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
    exitMultiplier,
    hiddenShare,
  } = model;
  const nB = model.boards.length;
  const nS = model.subjects.length;
  const {
    supply: sup,
    totalShortage: tot,
    hidden: hid,
    outflow: outf,
    inflow: inf,
    stock: st,
    pending,
    scale: pendingScale,
    stay,
    up,
    boardSector,
  } = out;
  const state = out.hiring;
  const after = state.after;
  // Survival and ageing factors per board and band (the board's sector's rates × its exit multiplier);
  // [0 … nB·A) for later years, [nB·A … 2·nB·A) for t = 1 (FTE lever).
  for (let c = 0; c < nLeaf; c++) boardSector[leafBoard[c]] = leafSector[c];
  for (let b = 0; b < nB; b++) {
    const k = boardSector[b];
    const em = exitMultiplier[b];
    for (let a = 0; a < A; a++) {
      const e = Math.min(1, exitRate[k * A + a] * em);
      let keep = (1 - e) * (1 + hoursChange[k * A + a]);
      if (a === A - 1) keep = (1 - e) * (1 - pensionRate[k]) * (1 + hoursChange[k * A + a]);
      const m = a === A - 1 ? 0 : ageingShare[a];
      stay[b * A + a] = keep * (1 - m);
      up[b * A + a] = keep * m;
      stay[(nB + b) * A + a] = stay[b * A + a] * fteFactor[k];
      up[(nB + b) * A + a] = up[b * A + a] * fteFactor[k];
    }
  }
  let oneProfile = true;
  for (let k = 1; k < 5; k++)
    for (let a = 0; a < A; a++) if (inflowAge[k * A + a] !== inflowAge[a]) oneProfile = false;
  const ia0 = inflowAge[0];
  const ia1 = inflowAge[1];
  const ia2 = inflowAge[2];
  const ia3 = inflowAge[3];
  const ia4 = inflowAge[4];
  const ia5 = inflowAge[5];
  const ia6 = inflowAge[6];
  const ia7 = inflowAge[7];
  const ia8 = inflowAge[8];
  const ia9 = inflowAge[9];
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
      pendingScale[c] = 1;
      const d = demand[c];
      sup[c] = sum;
      tot[c] = d > sum ? d - sum : 0;
      state.unqualified[c] = tot[c] * hiddenShare[c];
      hid[c] = state.unqualified[c];
      outf[c] = 0;
      inf[c] = 0;
    }
    for (let t = 1; t <= H; t++) {
      const row = t * nLeaf;
      const prevRow = row - nLeaf;
      const first = t === 1 ? nB * A : 0;
      for (let j = 0; j < n; j++) {
        const c = leaves[j];
        const o0 = c * A;
        const f0 = first + leafBoard[c] * A;
        // Last year's top-up scale and (with one age profile) hires enter the bands here, saving passes over the
        // bands; a scale of 1 leaves a band exactly as it is.
        const p = pending[c];
        const z = pendingScale[c];
        pendingScale[c] = 1;
        let after = 0;
        if (A === 10) {
          // Unrolled for the ten age bands (≈ 25 % faster than the loop below, which it equals exactly).
          const x0 = st[o0] * z + p * ia0;
          const x1 = st[o0 + 1] * z + p * ia1;
          const x2 = st[o0 + 2] * z + p * ia2;
          const x3 = st[o0 + 3] * z + p * ia3;
          const x4 = st[o0 + 4] * z + p * ia4;
          const x5 = st[o0 + 5] * z + p * ia5;
          const x6 = st[o0 + 6] * z + p * ia6;
          const x7 = st[o0 + 7] * z + p * ia7;
          const x8 = st[o0 + 8] * z + p * ia8;
          const x9 = st[o0 + 9] * z + p * ia9;
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
            const x = st[o0 + a] * z + p * inflowAge[a];
            const y = x * stay[f0 + a] + carry;
            carry = x * up[f0 + a];
            st[o0 + a] = y;
            after += y;
          }
        }
        outf[row + c] = sup[prevRow + c] - after;
        sup[row + c] = after;
        state.after[c] = after;
      }
      hireYear(model, state, s, t, binding, pool);
      for (let j = 0; j < n; j++) {
        const c = leaves[j];
        const top = state.topUp[c];
        const own = state.own[c];
        const g = state.graduate[c];
        const l = state.lateral[c];
        const r = state.returner[c];
        const x = state.other[c];
        const hired = own + g + l + r + x;
        const o0 = c * A;
        if (top > 0) {
          const scale = 1 + top / after[c];
          if (oneProfile) pendingScale[c] = scale;
          else for (let a = 0; a < A; a++) st[o0 + a] *= scale;
          outf[row + c] -= top;
        }
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
        const supply = sup[row + c] + top + hired;
        sup[row + c] = supply;
        const d = demand[row + c];
        const gap = d > supply ? d - supply : 0;
        tot[row + c] = gap;
        const u = state.unqualified[c];
        hid[row + c] = u < gap ? u : gap;
      }
    }
  }
}
