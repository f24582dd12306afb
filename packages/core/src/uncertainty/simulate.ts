import type { Dataset, DatasetInput } from '../schema/types.js';
import { toDataset } from '../schema/to-dataset.js';
import { AGE_BANDS, ALL } from '../schema/constants.js';
import type { Level } from '../schema/constants.js';
import type { Params, ParamsOverride } from '../calibrate/params.js';
import type { Scenario } from '../scenario/scenario.js';
import { validateScenario } from '../scenario/validate-scenario.js';
import { resolveParams } from '../projection/project.js';
import { prepareModel, A } from '../projection/model.js';
import type { Model } from '../projection/model.js';
import { createRandom } from './random.js';
import { sampleNormal } from './sample-normal.js';
import { sampleGamma } from './sample-gamma.js';
import { sampleRate } from './sample-beta.js';
import { QUANTILES } from './quantile-sorted.js';
import { selectQuantiles } from './select-quantiles.js';
import { parameterTrials } from './parameter-trials.js';
import type { ParameterTrials } from './parameter-trials.js';
import { pupilForecastError } from './pupil-forecast-error.js';
import { candidateTerms, writeCandidates } from './candidate-terms.js';
import { allocateSimulationOutput, runSimulationKernel } from './simulation-kernel.js';
import type { StructuralError } from '../backtest/structural-error.js';
import { addStructuralError } from './add-structural-error.js';

/**
 * Measures simulate can report (the per-source and per-reason flows are not drawn; their sums are).
 * @example
 * SIMULATION_MEASURES.includes('total_shortage_fte'); // → true
 */
export const SIMULATION_MEASURES = [
  'demand_fte',
  'supply_fte',
  'expansion_demand_fte',
  'replacement_demand_fte',
  'outflow_fte',
  'inflow_fte',
  'unfilled_fte',
  'hidden_shortage_fte',
  'total_shortage_fte',
  'shortage_pct',
] as const;
/** A measure of simulate. */
export type SimulationMeasure = (typeof SIMULATION_MEASURES)[number];

/** Options of simulate. */
export interface SimulateOptions {
  /** Number of draws (default 1000). */
  draws?: number;
  /** Seed of the random generator (default 20251001): the same seed and options give the same numbers. */
  seed?: number;
  /** Years after the base year (default 15). */
  horizon?: number;
  /** Parameters: full Params, or overrides merged onto calibrate(data). */
  params?: Params | ParamsOverride;
  /** Scenario levers, as for runScenario. */
  scenario?: Scenario;
  /** Measures to report (default demand, supply, total shortage and shortage %). */
  measures?: SimulationMeasure[];
  /** Levels at which every subject and sector total is reported (default board, cluster, region); locations report the total only. */
  subjectLevels?: Exclude<Level, 'location'>[];
  /** Multiplier of every parameter variance (default 1; 0 gives the deterministic projection in every draw). */
  varianceScale?: number;
  /** Report P(total_shortage_fte > thresholdFte) per unit, subject and year. */
  thresholdFte?: number;
  /** Report P(shortage_pct > thresholdPct) per unit, subject and year. */
  thresholdPct?: number;
  /**
   * The model's own past forecast errors (structuralError at the base year), added to every draw on top of the
   * parameter draws so the bands also hold the error of the model's structure (docs/model.md, "Uncertainty").
   * Default none: the bands hold parameter and pupil-forecast uncertainty only.
   */
  structuralError?: StructuralError;
  /** Keep every draw in `samples` (default false). */
  keepDraws?: boolean;
  /**
   * Called with (draws done, total draws) after every 50th draw and after the last one (`PROGRESS_EVERY`), so a
   * command line or a Web Worker can report progress; it must not throw.
   */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Draws between two progress calls of simulate.
 * @example
 * simulate(data, { draws: 1000, onProgress: (done, total) => console.log(`draw ${done}/${total}`) }); // 20 calls
 */
export const PROGRESS_EVERY = 50;

/** One reported group: a unit at a level and a subject key. */
export interface SimulationGroup {
  level: Level;
  unit: string;
  subject: string;
}

/**
 * Result of simulate: plain objects and typed arrays only, so it can be posted from a Web Worker
 * (transfer `values.buffer`).
 */
export interface SimulationResult {
  draws: number;
  seed: number;
  baseYear: number;
  years: number[];
  /** Probabilities of the quantiles, QUANTILES. */
  quantiles: number[];
  measures: SimulationMeasure[];
  groups: SimulationGroup[];
  /** Quantiles, [((measure·nGroup + group)·nYear + t)·nQuantile + q]. */
  values: Float64Array;
  /** P(total_shortage_fte > thresholdFte), [group·nYear + t] (when thresholdFte is given). */
  exceedanceFte?: Float64Array;
  thresholdFte?: number;
  /** P(shortage_pct > thresholdPct), [group·nYear + t] (when thresholdPct is given). */
  exceedancePct?: Float64Array;
  thresholdPct?: number;
  /** Every draw, [((measure·nGroup + group)·nYear + t)·draws + d] (when keepDraws). */
  samples?: Float32Array;
  /** Spread of the pupil-forecast log error used, by horizon. */
  pupilError: { region: number[]; local: number[]; source: 'vintages' | 'naive' };
}

const trialsCache = new WeakMap<Dataset, ParameterTrials>();

const DEFAULT_MEASURES: SimulationMeasure[] = [
  'demand_fte',
  'supply_fte',
  'total_shortage_fte',
  'shortage_pct',
];

/**
 * Monte Carlo projection: draws the calibrated rates, the pupil forecast and the pool sources from their
 * uncertainty (docs/model.md, "Uncertainty"), runs the projection kernel for each draw, and reports the
 * quantiles p5 … p95 of each measure per unit, subject and year, and the probability that the shortage
 * exceeds a threshold.
 * @param input dataset
 * @param options draws (1000), seed, horizon (15), params, scenario, measures, subjectLevels, varianceScale, structuralError, thresholdFte, thresholdPct, keepDraws, onProgress
 * @returns quantiles in typed arrays (see SimulationResult); read them with simulationSummary
 * @example
 * const sim = simulate(data, { draws: 1000, seed: 1, thresholdPct: 5 });
 * simulationSummary(sim, { level: 'region' }); // rows with p5 … p95 per measure and year
 */
export function simulate(input: DatasetInput | Dataset, options: SimulateOptions = {}): SimulationResult {
  const data = toDataset(input);
  const N = options.draws ?? 1000;
  const onProgress = options.onProgress;
  if (!Number.isInteger(N) || N < 1 || N > 100000)
    throw new RangeError(`simulate: draws ${N} is not a whole number from 1 to 100000`);
  const seed = options.seed ?? 20251001;
  const H = options.horizon ?? 15;
  if (!Number.isInteger(H) || H < 1 || H > 50)
    throw new RangeError(`simulate: horizon ${H} is not a whole number of years from 1 to 50`);
  const vs = options.varianceScale ?? 1;
  if (!(vs >= 0)) throw new RangeError(`simulate: varianceScale ${vs} is not ≥ 0`);
  const measures = options.measures ?? DEFAULT_MEASURES;
  for (const m of measures)
    if (!(SIMULATION_MEASURES as readonly string[]).includes(m))
      throw new RangeError(`simulate: unknown measure "${m}" (one of ${SIMULATION_MEASURES.join(', ')})`);
  const params = resolveParams(data, options.params);
  const scenario = validateScenario(options.scenario);
  const { model, context } = prepareModel(data, params, { horizon: H, scenario });
  let trials = trialsCache.get(data);
  if (!trials) trialsCache.set(data, (trials = parameterTrials(data)));
  const pupilError = pupilForecastError(data, H);
  const terms = candidateTerms(data, context);

  const nLeaf = model.nLeaf;
  const nL = model.locations.length;
  const nB = model.boards.length;
  const nS = model.subjects.length;
  const nC = model.clusters.length;
  const nSec = model.sectors.length;
  const T = H + 1;
  const Q = QUANTILES.length;

  // Groups and the accumulator cells each group sums: [location | board×subject | cluster×subject].
  const nAcc = nL + nB * nS + nC * nS;
  const accBS = (b: number, s: number) => nL + b * nS + s;
  const accCS = (k: number, s: number) => nL + nB * nS + k * nS + s;
  const leafAcc = new Int32Array(nLeaf * 3);
  const bsUsed = new Uint8Array(nB * nS);
  const csUsed = new Uint8Array(nC * nS);
  for (let c = 0; c < nLeaf; c++) {
    const l = model.leafLocation[c];
    const s = model.leafSubject[c];
    const k = model.locationCluster[l];
    leafAcc[c * 3] = l;
    leafAcc[c * 3 + 1] = accBS(model.leafBoard[c], s);
    leafAcc[c * 3 + 2] = accCS(k, s);
    bsUsed[model.leafBoard[c] * nS + s] = 1;
    csUsed[k * nS + s] = 1;
  }
  const subjectLevels = new Set(options.subjectLevels ?? ['board', 'cluster', 'region']);
  const groups: SimulationGroup[] = [];
  const terms2: number[][] = [];
  const addUnitGroups = (level: Level, unit: string, cells: [number, number][]) => {
    // cells: (accumulator index, subject) of the unit
    const bySubject = new Map<number, number[]>();
    for (const [i, s] of cells) {
      let list = bySubject.get(s);
      if (!list) bySubject.set(s, (list = []));
      list.push(i);
    }
    const subjects = [...bySubject.keys()].sort((a, b) => a - b);
    if (subjectLevels.has(level as Exclude<Level, 'location'>)) {
      for (const s of subjects) {
        groups.push({ level, unit, subject: model.subjects[s] });
        terms2.push(bySubject.get(s)!);
      }
      for (let sec = 0; sec < nSec; sec++) {
        const list = subjects.filter((s) => model.subjectSector[s] === sec).flatMap((s) => bySubject.get(s)!);
        if (!list.length) continue;
        groups.push({ level, unit, subject: `${ALL}-${model.sectors[sec]}` });
        terms2.push(list);
      }
    }
    groups.push({ level, unit, subject: ALL });
    terms2.push(subjects.flatMap((s) => bySubject.get(s)!));
  };
  for (let r = 0; r < model.regions.length; r++) {
    const cells: [number, number][] = [];
    for (let k = 0; k < nC; k++)
      if (model.clusterRegion[k] === r)
        for (let s = 0; s < nS; s++) if (csUsed[k * nS + s]) cells.push([accCS(k, s), s]);
    if (cells.length) addUnitGroups('region', model.regions[r], cells);
  }
  for (let k = 0; k < nC; k++) {
    const cells: [number, number][] = [];
    for (let s = 0; s < nS; s++) if (csUsed[k * nS + s]) cells.push([accCS(k, s), s]);
    if (cells.length) addUnitGroups('cluster', model.clusters[k], cells);
  }
  for (let b = 0; b < nB; b++) {
    const cells: [number, number][] = [];
    for (let s = 0; s < nS; s++) if (bsUsed[b * nS + s]) cells.push([accBS(b, s), s]);
    if (cells.length) addUnitGroups('board', model.boards[b], cells);
  }
  const locHasLeaf = new Uint8Array(nL);
  for (let c = 0; c < nLeaf; c++) locHasLeaf[model.leafLocation[c]] = 1;
  for (let l = 0; l < nL; l++) {
    if (!locHasLeaf[l]) continue;
    groups.push({ level: 'location', unit: model.locations[l], subject: ALL });
    terms2.push([l]);
  }
  const G = groups.length;
  const termStart = new Int32Array(G + 1);
  for (let g = 0; g < G; g++) termStart[g + 1] = termStart[g] + terms2[g].length;
  const termIndex = new Int32Array(termStart[G]);
  for (let g = 0; g < G; g++) termIndex.set(terms2[g], termStart[g]);

  // Per-draw copies of the parts of the model that are drawn.
  const demand = new Float64Array(model.demand.length);
  const exitRate = new Float64Array(model.exitRate.length);
  const pensionRate = new Float64Array(model.pensionRate.length);
  const binding = new Float64Array(model.binding.length);
  const pool = new Float64Array(model.pool.length);
  const drawn: Model = { ...model, demand, exitRate, pensionRate, binding, pool };
  const out = allocateSimulationOutput(model);
  const rates = {
    completion: new Float64Array(terms.programmes.length),
    entry: new Float64Array(terms.programmes.length),
    binding: new Float64Array(nB),
  };
  const completionMean = terms.programmes.map((ip) => {
    const [i, p] = ip.split('|');
    return params.completionRate[i]?.[p] ?? 0;
  });
  const entryMean = terms.programmes.map((ip) => {
    const [i, p] = ip.split('|');
    return params.entryRate[i]?.[p] ?? 0;
  });
  const bindingMean = model.boards.map((b) => context.bindingRate[b] ?? 0);
  const early = 1 - (scenario.earlyCareerExitReductionPct ?? 0) / 100;
  const longer = scenario.workingLongerYears ?? 0;
  const recent = params.recentYears || 3;
  const sd = Math.sqrt(vs);
  const cvs = ['lateral_entrant', 'returner', 'other'].map((src) => (trials.inflowCv[src] ?? 0) * sd);
  const zLocal = new Float64Array(nL);
  const pupilFactor = new Float64Array(nL);
  const poolFactor = new Float64Array(3 * T);

  const needHidden = measures.includes('hidden_shortage_fte') || measures.includes('unfilled_fte');
  const needOut = measures.includes('outflow_fte') || measures.includes('replacement_demand_fte');
  const needIn = measures.includes('inflow_fte');
  const accDemand = new Float64Array(T * nAcc);
  const accSupply = new Float64Array(T * nAcc);
  const accTotal = new Float64Array(T * nAcc);
  const accHidden = needHidden ? new Float64Array(T * nAcc) : undefined;
  const accOut = needOut ? new Float64Array(T * nAcc) : undefined;
  const accIn = needIn ? new Float64Array(T * nAcc) : undefined;
  const gDemand = new Float64Array(T * G);
  const gSupply = new Float64Array(T * G);
  const gTotal = new Float64Array(T * G);
  const gHidden = new Float64Array(T * G);
  const gOut = new Float64Array(T * G);
  const gIn = new Float64Array(T * G);
  const M = measures.length;
  const samples = new Float32Array(M * G * T * N);
  const exceedFte = options.thresholdFte !== undefined ? new Float64Array(G * T) : undefined;
  const exceedPct = options.thresholdPct !== undefined ? new Float64Array(G * T) : undefined;
  const rng = createRandom(seed);
  const sumGroups = (acc: Float64Array, dst: Float64Array) => {
    for (let t = 0; t < T; t++) {
      const ao = t * nAcc;
      const go = t * G;
      for (let g = 0; g < G; g++) {
        let x = 0;
        for (let i = termStart[g]; i < termStart[g + 1]; i++) x += acc[ao + termIndex[i]];
        dst[go + g] = x;
      }
    }
  };

  for (let d = 0; d < N; d++) {
    // Supply rates: exits and pension as beta draws around their estimates.
    for (let k = 0; k < nSec; k++) {
      const sec = model.sectors[k];
      for (let i = 0; i < A; i++) {
        const a = AGE_BANDS[i];
        const e = sampleRate(rng, params.exitRate[sec]?.[a] ?? 0, trials.exit[sec]?.[a] ?? 0, vs);
        exitRate[k * A + i] = i <= 2 ? e * early : e;
      }
      const p = sampleRate(rng, params.pensionRate[sec] ?? 0, trials.pension[sec] ?? 0, vs);
      pensionRate[k] = p > 0 ? 1 / (1 / p + longer) : 0;
    }
    // Training rates.
    for (let i = 0; i < terms.programmes.length; i++) {
      const ip = terms.programmes[i];
      rates.completion[i] = sampleRate(rng, completionMean[i], trials.completion[ip] ?? 0, vs);
      rates.entry[i] = sampleRate(rng, entryMean[i], trials.entry[ip] ?? 0, vs);
    }
    for (let b = 0; b < nB; b++)
      rates.binding[b] = sampleRate(rng, bindingMean[b], trials.binding[model.boards[b]] ?? 0, vs);
    writeCandidates(context, terms, rates, binding, pool);
    // Pool sources: a level factor (uncertain recent mean) × a yearly factor, both gamma with mean 1.
    for (let k = 0; k < 3; k++) {
      const cv = cvs[k];
      const level = cv > 0 ? sampleGamma(rng, recent / (cv * cv)) * ((cv * cv) / recent) : 1;
      for (let t = 1; t < T; t++)
        poolFactor[k * T + t] = cv > 0 ? level * sampleGamma(rng, 1 / (cv * cv)) * cv * cv : 1;
    }
    for (let t = 1; t < T; t++)
      for (let s = 0; s < nS; s++) {
        const o = (t * nS + s) * 4;
        pool[o + 1] = model.pool[o + 1] * poolFactor[t];
        pool[o + 2] = model.pool[o + 2] * poolFactor[T + t];
        pool[o + 3] = model.pool[o + 3] * poolFactor[2 * T + t];
      }
    // Pupils: a region-wide and a location error on the log scale, persistent over the horizon.
    const zRegion = vs > 0 ? sampleNormal(rng) : 0;
    for (let l = 0; l < nL; l++) zLocal[l] = vs > 0 ? sampleNormal(rng) : 0;
    demand.set(model.demand.subarray(0, nLeaf));
    for (let t = 1; t < T; t++) {
      const sr = pupilError.region[t] * sd * zRegion;
      const sl = pupilError.local[t] * sd;
      for (let l = 0; l < nL; l++) pupilFactor[l] = vs > 0 ? Math.exp(sr + sl * zLocal[l]) : 1;
      const row = t * nLeaf;
      for (let c = 0; c < nLeaf; c++) {
        const l = model.leafLocation[c];
        demand[row + c] =
          model.fixedDemand[c] + model.pupils[t * nL + l] * pupilFactor[l] * model.perPupil[row + c];
      }
    }

    runSimulationKernel(drawn, out);

    accDemand.fill(0);
    accSupply.fill(0);
    accTotal.fill(0);
    accHidden?.fill(0);
    accOut?.fill(0);
    accIn?.fill(0);
    for (let t = 0; t < T; t++) {
      const row = t * nLeaf;
      const ao = t * nAcc;
      for (let c = 0; c < nLeaf; c++) {
        const i0 = ao + leafAcc[c * 3];
        const i1 = ao + leafAcc[c * 3 + 1];
        const i2 = ao + leafAcc[c * 3 + 2];
        const dm = demand[row + c];
        const sp = out.supply[row + c];
        const tt = out.totalShortage[row + c];
        accDemand[i0] += dm;
        accDemand[i1] += dm;
        accDemand[i2] += dm;
        accSupply[i0] += sp;
        accSupply[i1] += sp;
        accSupply[i2] += sp;
        accTotal[i0] += tt;
        accTotal[i1] += tt;
        accTotal[i2] += tt;
        if (accHidden) {
          const h = out.hidden[row + c];
          accHidden[i0] += h;
          accHidden[i1] += h;
          accHidden[i2] += h;
        }
        if (accOut) {
          const x = out.outflow[row + c];
          accOut[i0] += x;
          accOut[i1] += x;
          accOut[i2] += x;
        }
        if (accIn) {
          const x = out.inflow[row + c];
          accIn[i0] += x;
          accIn[i1] += x;
          accIn[i2] += x;
        }
      }
    }
    sumGroups(accDemand, gDemand);
    sumGroups(accSupply, gSupply);
    sumGroups(accTotal, gTotal);
    if (accHidden) sumGroups(accHidden, gHidden);
    if (accOut) sumGroups(accOut, gOut);
    if (accIn) sumGroups(accIn, gIn);
    for (let mi = 0; mi < M; mi++) {
      const m = measures[mi];
      for (let g = 0; g < G; g++) {
        const base = (mi * G + g) * T;
        for (let t = 0; t < T; t++) {
          const i = t * G + g;
          let x: number;
          switch (m) {
            case 'demand_fte':
              x = gDemand[i];
              break;
            case 'supply_fte':
              x = gSupply[i];
              break;
            case 'total_shortage_fte':
              x = gTotal[i];
              break;
            case 'hidden_shortage_fte':
              x = gHidden[i];
              break;
            case 'unfilled_fte':
              x = gTotal[i] - gHidden[i];
              break;
            case 'shortage_pct':
              x = gDemand[i] > 0 ? (100 * gTotal[i]) / gDemand[i] : 0;
              break;
            case 'expansion_demand_fte':
              x = t > 0 ? gDemand[i] - gDemand[i - G] : 0;
              break;
            case 'inflow_fte':
              x = t > 0 ? gIn[i] : 0;
              break;
            default:
              x = t > 0 ? gOut[i] : 0;
          }
          samples[(base + t) * N + d] = x;
        }
      }
    }
    if (exceedFte || exceedPct) {
      for (let i = 0; i < T * G; i++) {
        const t = Math.floor(i / G);
        const g = i - t * G;
        if (exceedFte && gTotal[i] > options.thresholdFte!) exceedFte[g * T + t]++;
        if (exceedPct && gDemand[i] > 0 && (100 * gTotal[i]) / gDemand[i] > options.thresholdPct!)
          exceedPct[g * T + t]++;
      }
    }
    if (onProgress && ((d + 1) % PROGRESS_EVERY === 0 || d + 1 === N)) onProgress(d + 1, N);
  }

  if (options.structuralError) {
    if (options.structuralError.lastYear !== model.baseYear)
      throw new RangeError(
        `simulate: structuralError is for origin ${options.structuralError.lastYear}, not the base year ${model.baseYear}`,
      );
    addStructuralError(samples, options.structuralError, { measures, groups, years: T, draws: N, seed });
  }
  const kept = options.keepDraws ? samples.slice() : undefined;
  const values = new Float64Array(M * G * T * Q);
  for (let cell = 0; cell < M * G * T; cell++) {
    const v = samples.subarray(cell * N, cell * N + N);
    // Many cells do not vary (the base year; units without a shortage in any draw): skip the selection.
    const first = v[0];
    let constant = true;
    for (let d = 1; d < N; d++)
      if (v[d] !== first) {
        constant = false;
        break;
      }
    if (constant) values.fill(first, cell * Q, cell * Q + Q);
    else selectQuantiles(v, QUANTILES, values, cell * Q);
  }
  if (exceedFte) for (let i = 0; i < exceedFte.length; i++) exceedFte[i] /= N;
  if (exceedPct) for (let i = 0; i < exceedPct.length; i++) exceedPct[i] /= N;
  return {
    draws: N,
    seed,
    baseYear: model.baseYear,
    years: model.years.slice(),
    quantiles: [...QUANTILES],
    measures: [...measures],
    groups,
    values,
    ...(exceedFte ? { exceedanceFte: exceedFte, thresholdFte: options.thresholdFte } : {}),
    ...(exceedPct ? { exceedancePct: exceedPct, thresholdPct: options.thresholdPct } : {}),
    ...(kept ? { samples: kept } : {}),
    pupilError: {
      region: Array.from(pupilError.region),
      local: Array.from(pupilError.local),
      source: pupilError.source,
    },
  };
}
