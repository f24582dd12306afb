import { table as aqTable } from 'arquero';
import type { ColumnTable } from 'arquero';
import type { Projection } from '../projection/projection.js';
import { buildGrouping } from '../projection/aggregate.js';
import type { Level } from '../schema/constants.js';
import { ALL, LEVELS } from '../schema/constants.js';

/**
 * Drivers of the change of the total shortage, in order; they sum exactly to `total`.
 * @example
 * DRIVERS.includes('surplus'); // → true
 */
export const DRIVERS = [
  'pupils',
  'ratio',
  'pension',
  'other_exits',
  'hours',
  'inflow_own_placement',
  'inflow_other_graduate',
  'inflow_lateral_entrant',
  'inflow_returner',
  'inflow_other',
  'surplus',
] as const;

/** Options of explainChange. */
export interface ExplainOptions {
  /** Level of the units (default `region`). */
  level?: Level;
  /** Subject id, `all-<sector>` or `all` (default). */
  subject?: string;
}

/**
 * Explain the change of the total shortage from each year to the next by its drivers, per unit:
 * ΔT = pupils + ratio + pension + other_exits + hours − Σ inflow by source + surplus, exactly.
 * pupils = ΔP · q̄ and ratio = P̄ · Δq (midpoint split of demand = fixed + P · q); surplus is the change of
 * max(0, supply − demand), the non-linearity that makes the sum exact.
 * @param projection result of project or runScenario
 * @param options level (default region) and subject (default all)
 * @returns long table: level, unit, subject, year, driver, value; driver `total` is ΔT
 * @example
 * explainChange(project(data), { level: 'cluster' }).filter((d) => d.year === 2030);
 */
export function explainChange(projection: Projection, options: ExplainOptions = {}): ColumnTable {
  const level = options.level ?? 'region';
  const subject = options.subject ?? ALL;
  const li = LEVELS.indexOf(level);
  if (li < 0) throw new RangeError(`explainChange: level "${level}" is not one of ${LEVELS.join(', ')}`);
  const model = projection.model;
  const v = projection.result.values;
  const nLeaf = model.nLeaf;
  const nL = model.locations.length;
  const grouping = buildGrouping(model);
  const slot = subject === ALL ? 2 : subject.startsWith(`${ALL}-`) ? 1 : 0;
  const units = new Map<number, number>();
  const unitGroups: number[] = [];
  const leafUnit = new Int32Array(nLeaf).fill(-1);
  for (let c = 0; c < nLeaf; c++) {
    const g = grouping.membership[c * 12 + li * 3 + slot];
    if (grouping.groups[g].subject !== subject) continue;
    let u = units.get(g);
    if (u === undefined) {
      u = unitGroups.length;
      units.set(g, u);
      unitGroups.push(g);
    }
    leafUnit[c] = u;
  }
  const U = unitGroups.length;
  const K = DRIVERS.length + 1;
  const H = model.horizon;
  const sums = new Float64Array(H * U * K);
  for (let t = 1; t <= H; t++) {
    const i = t * nLeaf;
    const p = i - nLeaf;
    for (let c = 0; c < nLeaf; c++) {
      const u = leafUnit[c];
      if (u < 0) continue;
      const l = model.leafLocation[c];
      const P1 = model.pupils[t * nL + l];
      const P0 = model.pupils[(t - 1) * nL + l];
      const q1 = model.perPupil[i + c];
      const q0 = model.perPupil[p + c];
      const gap1 = v.demand_fte[i + c] - v.supply_fte[i + c];
      const gap0 = v.demand_fte[p + c] - v.supply_fte[p + c];
      const surplus = v.total_shortage_fte[i + c] - gap1 - (v.total_shortage_fte[p + c] - gap0);
      const o = ((t - 1) * U + u) * K;
      sums[o] += (P1 - P0) * 0.5 * (q0 + q1);
      sums[o + 1] += 0.5 * (P0 + P1) * (q1 - q0);
      sums[o + 2] += v.outflow_pension_fte[i + c];
      sums[o + 3] += v.outflow_other_fte[i + c];
      sums[o + 4] += v.outflow_hours_fte[i + c];
      sums[o + 5] -= v.inflow_own_placement_fte[i + c];
      sums[o + 6] -= v.inflow_other_graduate_fte[i + c];
      sums[o + 7] -= v.inflow_lateral_entrant_fte[i + c];
      sums[o + 8] -= v.inflow_returner_fte[i + c];
      sums[o + 9] -= v.inflow_other_fte[i + c];
      sums[o + 10] += surplus;
      sums[o + 11] += v.total_shortage_fte[i + c] - v.total_shortage_fte[p + c];
    }
  }
  const n = H * U * K;
  const lv = new Array<string>(n).fill(level);
  const unit = new Array<string>(n);
  const subj = new Array<string>(n).fill(subject);
  const year = new Int32Array(n);
  const driver = new Array<string>(n);
  const value = new Float64Array(n);
  let r = 0;
  for (let u = 0; u < U; u++) {
    for (let t = 1; t <= H; t++) {
      for (let k = 0; k < K; k++) {
        unit[r] = grouping.groups[unitGroups[u]].unit;
        year[r] = model.baseYear + t;
        driver[r] = k < DRIVERS.length ? DRIVERS[k] : 'total';
        value[r] = sums[((t - 1) * U + u) * K + k];
        r++;
      }
    }
  }
  return aqTable({ level: lv, unit, subject: subj, year, driver, value });
}
