import { table as aqTable } from 'arquero';
import type { ColumnTable } from 'arquero';
import type { Model } from '../model/model.js';
import type { KernelResult, LeafMeasure } from './kernel.js';
import type { Grouping } from './aggregate.js';
import { aggregateResult, buildGrouping, groupKey } from './aggregate.js';
import type { Measure } from './measures.js';
import { FLOW_MEASURES, MEASURES } from './measures.js';
import type { Level } from '../schema/constants.js';
import { ALL } from '../schema/constants.js';
import type { Params } from '../calibrate/params.js';
import type { Scenario } from '../levers/scenario.js';

/** Selects one series: a unit at a level and a subject key (default: the region total). */
export interface SeriesSelector {
  level?: Level;
  /** Unit id; default the first unit of the level. */
  unit?: string;
  /** Subject id, `all-<sector>` or `all` (default). */
  subject?: string;
}

/**
 * The result of a projection: typed arrays per leaf from the kernel, and on demand the sums per unit
 * and the long table (level, unit, subject, year, measure, value).
 */
export interface Projection {
  baseYear: number;
  horizon: number;
  years: number[];
  params: Params;
  scenario: Scenario;
  model: Model;
  result: KernelResult;
  /** Value of a measure for a unit, subject and year. */
  value(measure: Measure, year: number, selector?: SeriesSelector): number;
  /** Values of a measure for every year (base year first; flows are 0 in the base year). */
  series(measure: Measure, selector?: SeriesSelector): number[];
  /** Long table: level, unit, subject, year, measure, value (built once, then cached). */
  table(): ColumnTable;
  /** Sums of the leaf measures per group, built once. */
  sums(): { grouping: Grouping; values: Record<LeafMeasure, Float64Array> };
}

function derived(measure: Measure, v: Record<LeafMeasure, Float64Array>, i: number, prev: number): number {
  switch (measure) {
    case 'expansion_demand_fte':
      return prev < 0 ? 0 : v.demand_fte[i] - v.demand_fte[prev];
    case 'replacement_demand_fte':
    case 'outflow_fte':
      return prev < 0 ? 0 : v.outflow_pension_fte[i] + v.outflow_other_fte[i] + v.outflow_hours_fte[i];
    case 'inflow_fte':
      return prev < 0
        ? 0
        : v.inflow_own_placement_fte[i] +
            v.inflow_other_graduate_fte[i] +
            v.inflow_lateral_entrant_fte[i] +
            v.inflow_returner_fte[i] +
            v.inflow_other_fte[i];
    case 'shortage_pct':
      return v.demand_fte[i] > 0 ? (100 * v.total_shortage_fte[i]) / v.demand_fte[i] : 0;
    default:
      return v[measure as LeafMeasure][i];
  }
}

/** Wrap a kernel result as a Projection. */
export function makeProjection(model: Model, result: KernelResult): Projection {
  let cached: { grouping: Grouping; values: Record<LeafMeasure, Float64Array> } | undefined;
  let cachedTable: ColumnTable | undefined;
  const sums = () => {
    if (!cached) {
      const grouping = buildGrouping(model);
      cached = { grouping, values: aggregateResult(model, result, grouping) };
    }
    return cached;
  };
  const find = (selector: SeriesSelector = {}) => {
    const { grouping } = sums();
    const level = selector.level ?? 'region';
    const unit =
      selector.unit ??
      (level === 'region'
        ? model.regions[0]
        : level === 'cluster'
          ? model.clusters[0]
          : level === 'board'
            ? model.boards[0]
            : model.locations[0]);
    const g = grouping.index.get(groupKey(level, unit, selector.subject ?? ALL));
    if (g === undefined)
      throw new RangeError(`projection: no ${level} "${unit}" with subject "${selector.subject ?? ALL}"`);
    return g;
  };
  const projection: Projection = {
    baseYear: model.baseYear,
    horizon: model.horizon,
    years: model.years,
    params: model.params,
    scenario: model.scenario,
    model,
    result,
    sums,
    value(measure, year, selector) {
      const t = year - model.baseYear;
      if (t < 0 || t > model.horizon)
        throw new RangeError(
          `projection: year ${year} is outside ${model.baseYear}–${model.baseYear + model.horizon}`,
        );
      const g = find(selector);
      const G = sums().grouping.groups.length;
      return derived(measure, sums().values, t * G + g, t > 0 ? (t - 1) * G + g : -1);
    },
    series(measure, selector) {
      return model.years.map((y) => projection.value(measure, y, selector));
    },
    table() {
      if (cachedTable) return cachedTable;
      const { grouping, values } = sums();
      const G = grouping.groups.length;
      const T = model.horizon + 1;
      const n = G * (T * MEASURES.length - FLOW_MEASURES.size);
      const level = new Array<string>(n);
      const unit = new Array<string>(n);
      const subject = new Array<string>(n);
      const year = new Int32Array(n);
      const measure = new Array<string>(n);
      const value = new Float64Array(n);
      let i = 0;
      for (let g = 0; g < G; g++) {
        const grp = grouping.groups[g];
        for (let t = 0; t < T; t++) {
          for (const m of MEASURES) {
            if (t === 0 && FLOW_MEASURES.has(m)) continue;
            level[i] = grp.level;
            unit[i] = grp.unit;
            subject[i] = grp.subject;
            year[i] = model.baseYear + t;
            measure[i] = m;
            value[i] = derived(m, values, t * G + g, t > 0 ? (t - 1) * G + g : -1);
            i++;
          }
        }
      }
      cachedTable = aqTable({ level, unit, subject, year, measure, value });
      return cachedTable;
    },
  };
  return projection;
}
