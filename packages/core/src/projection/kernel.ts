import type { Model } from '../model/model.js';
import { A } from '../model/model.js';
import { allocateHiringState, hireYear } from '../model/hire.js';

/**
 * Leaf measures the kernel writes, each a Float64Array [t·nLeaf + leaf].
 * @example
 * projection.result.values[LEAF_MEASURES[0]]; // demand FTE per leaf and year
 */
export const LEAF_MEASURES = [
  'demand_fte',
  'supply_fte',
  'outflow_pension_fte',
  'outflow_other_fte',
  'outflow_hours_fte',
  'inflow_own_placement_fte',
  'inflow_other_graduate_fte',
  'inflow_lateral_entrant_fte',
  'inflow_returner_fte',
  'inflow_other_fte',
  'total_shortage_fte',
  'hidden_shortage_fte',
  'unfilled_fte',
] as const;
/** A leaf measure name. */
export type LeafMeasure = (typeof LEAF_MEASURES)[number];

/** Kernel output: one array per leaf measure and the stock by age band in the last year. */
export interface KernelResult {
  values: Record<LeafMeasure, Float64Array>;
  /** Stock FTE by age band per leaf and year, [(t·nLeaf + leaf)·A + band]. */
  stockByAge: Float64Array;
}

/** Allocate empty kernel output for a model. */
export function allocateResult(model: Model): KernelResult {
  const n = (model.horizon + 1) * model.nLeaf;
  const values = {} as Record<LeafMeasure, Float64Array>;
  for (const m of LEAF_MEASURES) values[m] = new Float64Array(n);
  return { values, stockByAge: new Float64Array(n * A) };
}

/**
 * The projection kernel: ages the stock, applies exits and hours, and fills openings by hiring as matching (hireYear),
 * year by year, for the given subjects (default all). Writes into `out`.
 * @param model prepared model
 * @param out result arrays (from allocateResult)
 * @param subjects subject indices to run (default all)
 * @param binding binding candidates (default model.binding)
 * @param pool pool candidates (default model.pool)
 */
export function runKernel(
  model: Model,
  out: KernelResult,
  subjects?: ArrayLike<number>,
  binding: Float64Array = model.binding,
  pool: Float64Array = model.pool,
): void {
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
    hiddenShare,
  } = model;
  const nS = model.subjects.length;
  const v = out.values;
  const dem = v.demand_fte;
  const sup = v.supply_fte;
  const oP = v.outflow_pension_fte;
  const oO = v.outflow_other_fte;
  const oH = v.outflow_hours_fte;
  const iOwn = v.inflow_own_placement_fte;
  const iGrad = v.inflow_other_graduate_fte;
  const iLat = v.inflow_lateral_entrant_fte;
  const iRet = v.inflow_returner_fte;
  const iOth = v.inflow_other_fte;
  const tot = v.total_shortage_fte;
  const hid = v.hidden_shortage_fte;
  const unf = v.unfilled_fte;
  const st = out.stockByAge;
  const state = allocateHiringState(model);
  const after = state.after;
  const subjectList = subjects ?? Array.from({ length: nS }, (_, s) => s);
  for (let si = 0; si < subjectList.length; si++) {
    const s = subjectList[si];
    const leaves = model.subjectLeaves[s];
    const n = leaves.length;
    if (n === 0) continue;
    for (let j = 0; j < n; j++) {
      const c = leaves[j];
      let sum = 0;
      for (let a = 0; a < A; a++) {
        const x = model.stock0[c * A + a];
        st[c * A + a] = x;
        sum += x;
      }
      const d = demand[c];
      dem[c] = d;
      sup[c] = sum;
      const gap = d > sum ? d - sum : 0;
      tot[c] = gap;
      hid[c] = gap * hiddenShare[c];
      unf[c] = gap - hid[c];
      state.unqualified[c] = hid[c];
    }
    for (let t = 1; t <= H; t++) {
      const row = t * nLeaf;
      const prevRow = row - nLeaf;
      for (let j = 0; j < n; j++) {
        const c = leaves[j];
        const sec = model.leafSector[c];
        const src = (prevRow + c) * A;
        const dst = (row + c) * A;
        const em = model.exitMultiplier[model.leafBoard[c]];
        let other = 0;
        for (let a = 0; a < A; a++) {
          const x = st[src + a];
          const e = x * Math.min(1, exitRate[sec * A + a] * em);
          other += e;
          st[dst + a] = x - e;
        }
        const pens = st[dst + A - 1] * pensionRate[sec];
        st[dst + A - 1] -= pens;
        let hours = 0;
        for (let a = 0; a < A; a++) {
          const dh = st[dst + a] * hoursChange[sec * A + a];
          st[dst + a] += dh;
          hours -= dh;
        }
        for (let a = A - 2; a >= 0; a--) {
          const mv = st[dst + a] * ageingShare[a];
          st[dst + a] -= mv;
          st[dst + a + 1] += mv;
        }
        let sum = 0;
        const f = t === 1 ? fteFactor[sec] : 1;
        for (let a = 0; a < A; a++) {
          if (f !== 1) {
            const x = st[dst + a];
            st[dst + a] = x * f;
            hours -= x * (f - 1);
          }
          sum += st[dst + a];
        }
        oP[row + c] = pens;
        oO[row + c] = other;
        oH[row + c] = hours;
        dem[row + c] = demand[row + c];
        after[c] = sum;
      }
      hireYear(model, state, s, t, binding, pool);
      for (let j = 0; j < n; j++) {
        const c = leaves[j];
        const own = state.own[c];
        const g = state.graduate[c];
        const l = state.lateral[c];
        const r = state.returner[c];
        const x = state.other[c];
        const top = state.topUp[c];
        iOwn[row + c] = own;
        iGrad[row + c] = g;
        iLat[row + c] = l;
        iRet[row + c] = r;
        iOth[row + c] = x;
        oH[row + c] -= top;
        const dst = (row + c) * A;
        const scale = after[c] > 0 ? top / after[c] : 0;
        for (let a = 0; a < A; a++) {
          st[dst + a] +=
            st[dst + a] * scale +
            own * inflowAge[a] +
            g * inflowAge[A + a] +
            l * inflowAge[2 * A + a] +
            r * inflowAge[3 * A + a] +
            x * inflowAge[4 * A + a];
        }
        const supply = after[c] + top + own + g + l + r + x;
        sup[row + c] = supply;
        const d = dem[row + c];
        const gap = d > supply ? d - supply : 0;
        tot[row + c] = gap;
        // The gap is what unqualified staff cover plus the unfilled vacancies; the split follows the hiring step.
        const u = state.unqualified[c];
        hid[row + c] = u < gap ? u : gap;
        unf[row + c] = gap - hid[row + c];
      }
    }
  }
}
