import type { Dataset, DatasetInput } from '../schema/types.js';
import { toDataset } from '../schema/to-dataset.js';
import { ALL } from '../schema/constants.js';
import type { Level } from '../schema/constants.js';
import type { Params } from '../calibrate/params.js';
import type { Scenario } from '../levers/scenario.js';
import { validateScenario } from '../levers/validate-scenario.js';
import { resolveParams } from '../projection/project.js';
import { prepareModel } from '../model/prepare-model.js';
import type { Model } from '../model/model.js';
import type { CandidateContext } from '../flows/graduate-candidates.js';
import { parameterTrials } from './parameter-trials.js';
import type { ParameterTrials } from './parameter-trials.js';
import { pupilForecastError } from './pupil-forecast-error.js';
import type { PupilForecastError } from './pupil-forecast-error.js';
import type { CandidateTerms } from '../flows/graduate-candidates.js';
import { SIMULATION_MEASURES } from './simulation-measures.js';
import type { SimulationMeasure } from './simulation-measures.js';
import type { SimulateOptions, SimulationGroup } from './simulation-types.js';

/**
 * Everything simulate works out once before its draws: the validated options, the prepared model, the
 * uncertainty of each parameter and the reported groups with the accumulator cells each sums. Plain data (objects,
 * arrays, maps and typed arrays, no dataset), so it can be posted to a worker thread that runs some of the draws.
 */
export interface SimulationPlan {
  /** Number of draws N, seed, horizon H, variance multiplier. */
  draws: number;
  seed: number;
  horizon: number;
  varianceScale: number;
  measures: SimulationMeasure[];
  /** Resolved parameters (calibrated and overridden) and the validated scenario. */
  params: Params;
  scenario: Scenario;
  model: Model;
  context: CandidateContext;
  trials: ParameterTrials;
  pupilError: PupilForecastError;
  terms: CandidateTerms;
  groups: SimulationGroup[];
  /** Accumulator cells: [location | board×subject | cluster×subject]; per leaf its three cells, [leaf·3 + k]. */
  nAcc: number;
  leafAcc: Int32Array;
  /** Accumulator cells summed by group g: termIndex[termStart[g] … termStart[g + 1]). */
  termStart: Int32Array;
  termIndex: Int32Array;
  thresholdFte?: number;
  thresholdPct?: number;
}

const trialsCache = new WeakMap<Dataset, ParameterTrials>();

const DEFAULT_MEASURES: SimulationMeasure[] = [
  'demand_fte',
  'supply_fte',
  'total_shortage_fte',
  'shortage_pct',
];

/**
 * Validate simulate's options and work out what the draws need (see SimulationPlan).
 * @param input dataset
 * @param options simulate's options (onProgress, keepDraws and structuralError are not used here)
 * @returns the plan
 * @example
 * const plan = planSimulation(data, { draws: 1000, seed: 1 });
 * plan.groups.length; // units × subjects reported
 */
export function planSimulation(input: DatasetInput | Dataset, options: SimulateOptions = {}): SimulationPlan {
  const data = toDataset(input);
  const N = options.draws ?? 1000;
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
  const { model, context, terms } = prepareModel(data, params, { horizon: H, scenario });
  let trials = trialsCache.get(data);
  if (!trials) trialsCache.set(data, (trials = parameterTrials(data)));
  const pupilError = pupilForecastError(data, H);

  const nLeaf = model.nLeaf;
  const nL = model.locations.length;
  const nB = model.boards.length;
  const nS = model.subjects.length;
  const nC = model.clusters.length;
  const nSec = model.sectors.length;

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

  return {
    draws: N,
    seed,
    horizon: H,
    varianceScale: vs,
    measures: [...measures],
    params,
    scenario,
    model,
    context,
    trials,
    pupilError,
    terms,
    groups,
    nAcc,
    leafAcc,
    termStart,
    termIndex,
    thresholdFte: options.thresholdFte,
    thresholdPct: options.thresholdPct,
  };
}
