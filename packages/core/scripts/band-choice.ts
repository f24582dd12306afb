/**
 * The band part of `npm run method-choice`: coverage of simulate's 80 % and 90 % bands per level × measure for each
 * candidate way of combining the parameter draws with the structural error, on a development world. The shipped
 * way (simulate with structuralError, as backtest runs it) is scored beside the candidates so the record shows
 * that it is the chosen one. Only the world passed in is read.
 */
import {
  addStructuralError,
  backtestSelector,
  backtestForecasts,
  BACKTEST_MEASURES,
  createRandom,
  originForecast,
  quantileSorted,
  simulate,
  structuralError,
} from '../src/index.js';
import type { Dataset, StructuralError } from '../src/index.js';

const DRAWS = 1000;
const SEED = 20251001;
/** Bands scored: [nominal, lower and upper quantile]. */
export const BANDS = [
  [80, 0.1, 0.9],
  [90, 0.05, 0.95],
] as const;
export const SHIPPED_BANDS = 'shipped (simulate with structuralError)';

/** A forecast cell: its level, measure and what was observed. */
interface Cell {
  level: string;
  measure: string;
  actual: number;
}
type Combine = (params: Float64Array, structural: Float64Array) => Float64Array;

const sd = (x: Float64Array) => {
  const m = x.reduce((s, v) => s + v, 0) / x.length;
  return Math.sqrt(x.reduce((s, v) => s + (v - m) ** 2, 0) / x.length);
};
const median = (x: Float64Array) => quantileSorted(Float64Array.from(x).sort(), 0.5);
/** How parameter draws P and structural draws S become a band's draws. */
const COMBINE: Record<string, Combine> = {
  'sum P + S': (P, S) => P.map((p, d) => p + S[d]),
  'quadrature: P + k·S, k² = 1 − var P ÷ var S': (P, S) => {
    const k = Math.sqrt(Math.max(0, 1 - (sd(P) / sd(S)) ** 2)) || 0;
    return P.map((p, d) => p + k * S[d]);
  },
  'wider of P and median P + S': (P, S) => {
    const m = median(P);
    return sd(P) >= sd(S) ? P.slice() : S.map((s) => m + s);
  },
  'median P + S (structural only)': (P, S) => {
    const m = median(P);
    return S.map((s) => m + s);
  },
};
const ERRORS = {
  'raw errors': { centre: false, floor: false, minErrors: 20 },
  centred: { centre: true, floor: false, minErrors: 20 },
  'centred, random-walk floor': { centre: true, floor: true, minErrors: 20 },
  'centred, random-walk floor, other levels pooled in below 10 errors': {
    centre: true,
    floor: true,
    minErrors: 10,
  },
  'centred, random-walk floor, other levels pooled in below 5 errors': {
    centre: true,
    floor: true,
    minErrors: 5,
  },
} as const;
export const BAND_CANDIDATES = [
  'parameter draws only',
  ...Object.keys(COMBINE).flatMap((c) => Object.keys(ERRORS).map((e) => `${c}, ${e}`)),
];

/** Counts per candidate and `level|measure|band`: outcomes, below and above the band. */
export type BandCounts = Record<string, Record<string, { n: number; below: number; above: number }>>;

/**
 * Band coverage of every candidate on one world: origins from the fourth history year to the year before the last,
 * horizons 1–5, the region, clusters, boards and the region's subjects, as in backtest.
 */
export function bandChoice(data: Dataset): BandCounts {
  const { historyStart, historyEnd } = data.meta;
  const counts: BandCounts = {};
  const count = (name: string, cell: Cell, draws: Float64Array) => {
    if (cell.measure === 'total_shortage_fte')
      for (let d = 0; d < draws.length; d++) draws[d] = Math.max(0, draws[d]);
    draws.sort();
    for (const [band, lo, hi] of BANDS) {
      const key = `${cell.level}|${cell.measure}|${band}`;
      const c = ((counts[name] ??= {})[key] ??= { n: 0, below: 0, above: 0 });
      c.n++;
      if (cell.actual < quantileSorted(draws, lo)) c.below++;
      if (cell.actual > quantileSorted(draws, hi)) c.above++;
    }
  };
  const origins: number[] = [];
  for (let T = historyStart + 3; T < historyEnd; T++) origins.push(T);
  const rows = backtestForecasts(data, { origins });
  const rng = createRandom(SEED);
  const u = new Float64Array(DRAWS);
  for (let T = historyStart + 3; T < historyEnd; T++) {
    const at = originForecast(data, T);
    const horizon = Math.min(5, historyEnd - T);
    const options = {
      params: at.params,
      horizon,
      draws: DRAWS,
      seed: SEED,
      measures: [...BACKTEST_MEASURES],
      subjectLevels: ['region' as const],
      keepDraws: true,
    };
    const sim = simulate(at.data, options);
    const errors = Object.fromEntries(
      Object.entries(ERRORS).map(([name, o]) => [
        name,
        structuralError(data, { lastYear: T, horizon: 5, ...o }),
      ]),
    ) as Record<keyof typeof ERRORS, StructuralError>;
    const shipped = addStructuralError(sim.samples!.slice(), structuralError(data, { lastYear: T }), {
      measures: sim.measures,
      groups: sim.groups,
      years: horizon + 1,
      draws: DRAWS,
      seed: SEED,
    });
    const G = sim.groups.length;
    for (const r of rows.filter((x) => x.origin === T)) {
      const sel = backtestSelector(r.level, r.unit);
      const g = sim.groups.findIndex(
        (x) => x.level === sel.level && x.unit === sel.unit && x.subject === sel.subject,
      );
      const o = ((sim.measures.indexOf(r.measure) * G + g) * (horizon + 1) + r.horizon) * DRAWS;
      const cell = { level: r.level, measure: r.measure, actual: r.actual };
      const params = Float64Array.from(sim.samples!.subarray(o, o + DRAWS));
      count(SHIPPED_BANDS, cell, Float64Array.from(shipped.subarray(o, o + DRAWS)));
      count('parameter draws only', cell, params.slice());
      for (const [errorName, error] of Object.entries(errors)) {
        const scale = error.scales[`${r.level}|${r.unit}|${r.measure}`];
        const list = error.errors[`${r.level}|${r.measure}|${r.horizon}`] ?? [];
        for (let d = 0; d < DRAWS; d++) u[d] = rng.next();
        const S = Float64Array.from(u, (p) =>
          scale > 0 && list.length ? scale * quantileSorted(list, p) : 0,
        );
        for (const [combineName, combine] of Object.entries(COMBINE))
          count(`${combineName}, ${errorName}`, cell, combine(params, S));
      }
    }
  }
  return counts;
}
