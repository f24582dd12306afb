import type { Dataset } from '../schema/types.js';
import type { Params } from '../calibrate/params.js';
import type { Scenario } from '../levers/scenario.js';
import type { CandidateContext, CandidateTerms } from '../flows/graduate-candidates.js';
import { candidateRates, candidateTerms, plannedIntake, writeCandidates } from '../flows/candidate-terms.js';
import { projectPupils } from '../demand/project-pupils.js';
import { projectDemand } from '../demand/project-demand.js';
import { boardsJoining } from '../levers/boards-joining.js';
import { supplyRates } from '../supply/supply-rates.js';
import type { Model } from './model.js';
import { modelStructure } from './structure.js';
import { matchingArrays } from './matching-arrays.js';
import type { Structure } from './structure.js';

const pupilCache = new WeakMap<Structure, Map<string, Float64Array>>();

/** Options of prepareModel. */
export interface PrepareOptions {
  horizon: number;
  scenario?: Scenario;
}

/** A prepared model, its candidate context and the graduate candidates as linear terms (for simulate's redraws). */
export interface PreparedModel {
  model: Model;
  context: CandidateContext;
  terms: CandidateTerms;
}

/**
 * Build the kernel's index maps and typed arrays from a dataset, parameters and a scenario.
 * @param data normalised dataset
 * @param params parameters (calibrated, possibly overridden)
 * @param options horizon and scenario
 * @returns the prepared model, its candidate context and candidate terms
 * @example
 * const { model } = prepareModel(data, calibrate(data), { horizon: 15 });
 */
export function prepareModel(data: Dataset, params: Params, options: PrepareOptions): PreparedModel {
  const scenario = options.scenario ?? {};
  const H = options.horizon;
  const base = params.baseYear;
  const years = Array.from({ length: H + 1 }, (_, t) => base + t);
  const {
    regions,
    clusters,
    boards,
    subjects,
    sectors,
    locations,
    boardIndex,
    subjectIndex,
    locationIndex,
    nS,
    nB,
    locationBoard,
    locationCluster,
    clusterRegion,
    subjectSector,
    nLeaf,
    leafLocation,
    leafSubject,
    leafBoard,
    leafSector,
    stock0,
    subjectLeaves,
  } = modelStructure(data, params);
  const hiddenShare = new Float64Array(nLeaf);
  for (let c = 0; c < nLeaf; c++) {
    hiddenShare[c] = params.hiddenShare[locations[leafLocation[c]]]?.[subjects[leafSubject[c]]] ?? 0;
  }

  // Pupils depend only on the dataset, the variant and the horizon: cache them with the structure.
  const structure = modelStructure(data, params);
  let pupilsByVariant = pupilCache.get(structure);
  if (!pupilsByVariant) pupilCache.set(structure, (pupilsByVariant = new Map()));
  const variant = scenario.pupilForecastVariant ?? 'mid';
  let pupils = pupilsByVariant.get(`${variant}|${H}`);
  if (!pupils) {
    pupils = projectPupils(data, { baseYear: base, horizon: H, locationIndex, variant });
    pupilsByVariant.set(`${variant}|${H}`, pupils);
  }

  const { perPupil, fixedDemand, demand } = projectDemand(data, params, {
    horizon: H,
    pupils,
    leafLocation,
    leafSubject,
    ratioChange: scenario.pupilTeacherRatioChange ?? 0,
  });

  const { exitRate, pensionRate, hoursChange, ageingShare, fteFactor, inflowAge } = supplyRates(
    params,
    scenario,
    {
      sectors,
      stock0,
      leafSector,
    },
  );

  const model: Model = {
    baseYear: base,
    horizon: H,
    years,
    locations,
    boards,
    clusters,
    regions,
    subjects,
    sectors,
    locationBoard,
    locationCluster,
    clusterRegion,
    subjectSector,
    nLeaf,
    leafLocation,
    leafSubject,
    leafBoard,
    leafSector,
    subjectLeaves,
    stock0,
    pupils,
    perPupil,
    fixedDemand,
    demand,
    hiddenShare,
    exitRate,
    pensionRate,
    hoursChange,
    ageingShare,
    fteFactor,
    binding: new Float64Array((H + 1) * nB * nS),
    pool: new Float64Array((H + 1) * nS * 4),
    inflowAge,
    ...matchingArrays(params, {
      locations,
      locationCluster,
      clusters,
      subjects,
      sectors,
      leafLocation,
      leafSubject,
    }),
    exitMultiplier: Float64Array.from(boards, (b) => params.exitMultiplier?.[b] ?? 1),
    params,
    scenario,
  };

  let demandBS: Map<string, number> | undefined;
  const demandOf = (key: string) => {
    if (!demandBS) {
      demandBS = new Map();
      for (let c = 0; c < nLeaf; c++) {
        const k = `${boards[leafBoard[c]]}|${subjects[leafSubject[c]]}`;
        demandBS.set(k, (demandBS.get(k) ?? 0) + demand[c]);
      }
    }
    return demandBS.get(key) ?? 0;
  };
  const { placementShare: shares, bindingRate } = boardsJoining(data, params, {
    boards: scenario.boardsJoining ?? [],
    demandByBoardSubject: demandOf,
  });
  const context: CandidateContext = {
    model,
    boardIndex,
    subjectIndex,
    placementShare: shares,
    bindingRate,
    ftePerHire: { own: params.startFte.own_placement ?? 0.8, other: params.startFte.other_graduate ?? 0.8 },
  };
  // Observed intake up to the base year, the projected level (× scenario factor) after it.
  const terms = candidateTerms(context, plannedIntake(data, params, scenario));
  writeCandidates(context, terms, candidateRates(context, terms), model.binding, model.pool);
  // Other pool sources are yearly FTE levels; extra lateral entrants are spread over subjects by their level.
  const lat = params.inflowLevel.lateral_entrant ?? {};
  const extra = scenario.extraLateralEntrantsFte;
  let latTotal = 0;
  for (const s of subjects) latTotal += lat[s] ?? 0;
  for (let s = 0; s < nS; s++) {
    const id = subjects[s];
    model.poolBase[s * 4 + 1] = lat[id] ?? 0;
    model.poolBase[s * 4 + 2] = params.inflowLevel.returner?.[id] ?? 0;
    model.poolBase[s * 4 + 3] = params.inflowLevel.other?.[id] ?? 0;
    let extraS = 0;
    if (typeof extra === 'number') extraS = latTotal > 0 ? (extra * (lat[id] ?? 0)) / latTotal : extra / nS;
    else if (extra) extraS = extra[id] ?? 0;
    for (let t = 1; t <= H; t++) {
      const o = (t * nS + s) * 4;
      model.pool[o + 1] += (lat[id] ?? 0) + extraS;
      model.pool[o + 2] += params.inflowLevel.returner?.[id] ?? 0;
      model.pool[o + 3] += params.inflowLevel.other?.[id] ?? 0;
    }
  }
  // The average-FTE lever scales every inflow as well (writeCandidates scaled the graduates).
  for (let s = 0; s < nS; s++) {
    const f = fteFactor[subjectSector[s]];
    if (f === 1) continue;
    for (let t = 1; t <= H; t++) for (let k = 1; k < 4; k++) model.pool[(t * nS + s) * 4 + k] *= f;
  }
  return { model, context, terms };
}
