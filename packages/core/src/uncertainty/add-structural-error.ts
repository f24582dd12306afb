import { ALL } from '../schema/constants.js';
import type { StructuralError } from './structural-error-type.js';
import { subjectUnit } from '../dataset/backtest-levels.js';
import { createRandom } from './random.js';
import { quantileSorted } from './quantile-sorted.js';
import { selectQuantiles } from './select-quantiles.js';

/** What addStructuralError needs to know of a simulation's samples. */
export interface StructuralErrorTarget {
  /** Measures in sample order. */
  measures: readonly string[];
  /** Groups in sample order. */
  groups: readonly { level: string; unit: string; subject: string }[];
  /** Years in the samples (index 0 is the base year, which gets no error). */
  years: number;
  draws: number;
  /** Seed of simulate: the structural draws use a stream of their own, so parameter draws stay as they were. */
  seed: number;
}

const STRUCTURAL_STREAM = 0x5eed;
const MEDIAN = [0.5];

/**
 * Replaces the parameter spread of simulate's samples by the model's structural error where that is wider, in place:
 * in year t the structural draws are the u-quantile of the scaled errors at horizon t times the unit's naive scale,
 * with one uniform u per draw and group; beyond the largest horizon with errors, stretched by (t/h)^γ, γ the fitted
 * growth (so a draw's error persists over the horizon, as forecast errors do). Unless the parameter draws have the
 * larger standard deviation, every draw becomes the median of the parameter draws plus its structural draw; where
 * they do, they stay (chosen on the development worlds: the wider of the two). Replaced, not added: the past errors
 * already hold the parameters' error, and the sum counted it twice (shortage bands too wide); the median keeps the
 * scenario levers' effect on the draws. Groups are the region, cluster and board totals and the region's subjects;
 * demand, supply and total shortage (the latter kept ≥ 0). Other groups and measures are unchanged.
 * @param samples simulate's samples, [((measure·nGroup + group)·nYear + t)·draws + d]
 * @param error structuralError at the simulation's base year
 * @param target measures, groups, years, draws, seed
 * @returns the samples
 * @example
 * addStructuralError(samples, structuralError(data, { lastYear: 2025 }), { measures, groups, years: 6, draws: 1000, seed: 1 });
 */
export function addStructuralError(
  samples: Float32Array,
  error: StructuralError,
  target: StructuralErrorTarget,
): Float32Array {
  const { measures, groups, years: T, draws: N } = target;
  const G = groups.length;
  const rng = createRandom((target.seed ^ STRUCTURAL_STREAM) >>> 0);
  const u = new Float64Array(N);
  const structural = new Float64Array(N);
  const median = new Float64Array(1);
  for (let mi = 0; mi < measures.length; mi++) {
    const measure = measures[mi];
    if (measure !== 'demand_fte' && measure !== 'supply_fte' && measure !== 'total_shortage_fte') continue;
    for (let g = 0; g < G; g++) {
      const { level, unit, subject } = groups[g];
      let key: string;
      if (subject === ALL && (level === 'region' || level === 'cluster' || level === 'board'))
        key = `${level}|${unit}|${measure}`;
      else if (level === 'region' && !subject.startsWith(ALL))
        key = `subject|${subjectUnit(unit, subject)}|${measure}`;
      else continue;
      const scale = error.scales[key];
      if (!(scale > 0)) continue;
      const errorLevel = key.slice(0, key.indexOf('|'));
      for (let d = 0; d < N; d++) u[d] = rng.next();
      for (let t = 1; t < T; t++) {
        const h = Math.min(t, error.horizon);
        const sorted = error.errors[`${errorLevel}|${measure}|${h}`];
        if (!sorted?.length) continue;
        const stretch = scale * (t / h) ** (error.growth?.[`${errorLevel}|${measure}`] ?? 1);
        const o = ((mi * G + g) * T + t) * N;
        for (let d = 0; d < N; d++) structural[d] = stretch * quantileSorted(sorted, u[d]);
        if (standardDeviation(samples, o, N) > standardDeviation(structural, 0, N)) continue;
        selectQuantiles(samples.subarray(o, o + N), MEDIAN, median, 0);
        const centre = median[0];
        for (let d = 0; d < N; d++) {
          const x = centre + structural[d];
          samples[o + d] = measure === 'total_shortage_fte' && x < 0 ? 0 : x;
        }
      }
    }
  }
  return samples;
}

/** Population standard deviation of x[o … o + n − 1]. */
function standardDeviation(x: ArrayLike<number>, o: number, n: number): number {
  let sum = 0;
  for (let i = 0; i < n; i++) sum += x[o + i];
  const mean = sum / n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (x[o + i] - mean) ** 2;
  return Math.sqrt(ss / n);
}
