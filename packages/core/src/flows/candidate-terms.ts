import type { Dataset } from '../schema/types.js';
import type { Params } from '../calibrate/params.js';
import type { Scenario } from '../levers/scenario.js';
import { scenarioLevers } from '../levers/scenario-levers.js';
import { addGraduateCandidates } from './graduate-candidates.js';
import type { CandidateContext, CandidateRates, CandidateTerms } from './graduate-candidates.js';

/** Intake of one institute|programme|subject key in a cohort year. */
export type IntakeFunction = (key: string, cohortYear: number) => number;

/**
 * The planned intake: observed intake for cohorts up to the base year, the intake level × the scenario's intake
 * factor after it.
 * @param data dataset
 * @param params parameters (base year, intake levels)
 * @param scenario levers
 * @returns intake per key and cohort year
 * @example
 * plannedIntake(data, params, { intakeChangePct: 10 })('I1|P1|vo-wi', params.baseYear + 1); // level × 1.1
 */
export function plannedIntake(data: Dataset, params: Params, scenario: Scenario): IntakeFunction {
  const levers = scenarioLevers(scenario);
  const observed = new Map<string, number>();
  for (const r of data.intake) {
    const key = `${r.institute_id}|${r.programme_id}|${r.subject_id}|${r.year}`;
    observed.set(key, (observed.get(key) ?? 0) + r.intake);
  }
  return (key, cohort) => {
    if (cohort <= params.baseYear) return observed.get(`${key}|${cohort}`) ?? 0;
    const [institute, , subject] = key.split('|');
    return (params.intakeLevel[key] ?? 0) * levers.intake(institute, subject);
  };
}

/**
 * Collect the candidate terms of a prepared model for an intake: every institute|programme|subject key with intake
 * levels or placements, the intake that graduates in each projected year (cohort = year − study length).
 * @param context candidate context from prepareModel
 * @param intakeOf intake per key and cohort year (plannedIntake for the projection)
 * @returns the terms
 * @example
 * const terms = candidateTerms(context, plannedIntake(data, params, scenario));
 */
export function candidateTerms(context: CandidateContext, intakeOf: IntakeFunction): CandidateTerms {
  const { model, boardIndex, subjectIndex } = context;
  const p = model.params;
  const base = model.baseYear;
  const programmes: string[] = [];
  const programmeIndex = new Map<string, number>();
  const keys: CandidateTerms['keys'] = [];
  const all = new Set([...Object.keys(p.intakeLevel), ...Object.keys(context.placementShare)]);
  for (const key of all) {
    const [institute, programme, subject] = key.split('|');
    const s = subjectIndex.get(subject);
    if (s === undefined) continue;
    const ip = `${institute}|${programme}`;
    let pi = programmeIndex.get(ip);
    if (pi === undefined) {
      pi = programmes.length;
      programmes.push(ip);
      programmeIndex.set(ip, pi);
    }
    const L = p.studyLength[programme] ?? 1;
    const intake = new Float64Array(model.horizon + 1);
    for (let t = 1; t <= model.horizon; t++) intake[t] = intakeOf(key, base + t - L);
    const boards: number[] = [];
    const shares: number[] = [];
    for (const [board, share] of Object.entries(context.placementShare[key] ?? {})) {
      const b = boardIndex.get(board);
      if (b === undefined || share === 0) continue;
      boards.push(b);
      shares.push(share);
    }
    keys.push({
      subject: s,
      programme: pi,
      intake,
      boards: Int32Array.from(boards),
      shares: Float64Array.from(shares),
    });
  }
  return { programmes, keys };
}

/**
 * The calibrated completion and entry rates of the terms' programmes and binding rates of the model's boards
 * (after boards joining), before the scenario's levers.
 * @param context candidate context
 * @param terms from candidateTerms
 * @returns the rates
 * @example
 * writeCandidates(context, terms, candidateRates(context, terms), model.binding, model.pool);
 */
export function candidateRates(context: CandidateContext, terms: CandidateTerms): CandidateRates {
  const { model } = context;
  const p = model.params;
  const completion = new Float64Array(terms.programmes.length);
  const entry = new Float64Array(terms.programmes.length);
  terms.programmes.forEach((ip, i) => {
    const [institute, programme] = ip.split('|');
    completion[i] = p.completionRate[institute]?.[programme] ?? 0;
    entry[i] = p.entryRate[institute]?.[programme] ?? 0;
  });
  const binding = Float64Array.from(model.boards, (b) => context.bindingRate[b] ?? 0);
  return { completion, entry, binding };
}

/**
 * Write the graduate candidates for given rates into binding and pool arrays (pool slot 0 only; other slots
 * untouched): the scenario's rate levers, then the FTE factor of the average-FTE lever.
 * @param context candidate context (model, FTE per hire)
 * @param terms from candidateTerms
 * @param rates completion and entry per programme index, binding per board index (before scenario points)
 * @param binding output [(t·nBoard + board)·nSubject + subject], zeroed here
 * @param pool output [(t·nSubject + subject)·4 + 0] set here
 */
export function writeCandidates(
  context: CandidateContext,
  terms: CandidateTerms,
  rates: CandidateRates,
  binding: Float64Array,
  pool: Float64Array,
): void {
  const { model } = context;
  const nB = model.boards.length;
  const nS = model.subjects.length;
  const H = model.horizon;
  binding.fill(0);
  for (let t = 0; t <= H; t++) for (let s = 0; s < nS; s++) pool[(t * nS + s) * 4] = 0;
  addGraduateCandidates(context, terms, rates, binding, pool);
  for (let s = 0; s < nS; s++) {
    const f = model.fteFactor[model.subjectSector[s]];
    if (f === 1) continue;
    for (let t = 1; t <= H; t++) {
      pool[(t * nS + s) * 4] *= f;
      for (let b = 0; b < nB; b++) binding[(t * nB + b) * nS + s] *= f;
    }
  }
}
