import type { Model } from '../model/model.js';
import { scenarioLevers } from '../levers/scenario-levers.js';

/** Context for graduate candidates: the parts of the model needed to turn intake into candidates. */
export interface CandidateContext {
  model: Model;
  boardIndex: Map<string, number>;
  subjectIndex: Map<string, number>;
  /** Placement shares per key after boards joining. */
  placementShare: Record<string, Record<string, number>>;
  bindingRate: Record<string, number>;
  ftePerHire: { own: number; other: number };
}

/**
 * The graduate candidates of a prepared model as linear terms, so that completion, entry and binding rates
 * can be redrawn without rebuilding keys: per institute|programme|subject key the subject, the programme
 * index, the intake that graduates in each projected year and the boards where graduates were placed.
 */
export interface CandidateTerms {
  /** `institute|programme` of each programme index. */
  programmes: string[];
  /** Per key: subject index, programme index, intake per year [t] (0 = none), placed boards and shares. */
  keys: {
    subject: number;
    programme: number;
    intake: Float64Array;
    boards: Int32Array;
    shares: Float64Array;
  }[];
}

/** Completion and entry rates per programme index, binding rates per board index, before the scenario's levers. */
export interface CandidateRates {
  completion: Float64Array;
  entry: Float64Array;
  binding: Float64Array;
}

/**
 * Add the graduate candidates of candidate terms to binding and pool arrays (pool slot 0), after the scenario's
 * rate levers and before the FTE factor.
 * graduates(t) = intake(t) · completion; bound = graduates placed at b · binding(b); pool = entry · (graduates − bound).
 * @param context candidate context (model, FTE per hire)
 * @param terms from candidateTerms
 * @param rates calibrated or drawn rates
 * @param binding added to, [(t·nBoard + board)·nSubject + subject]
 * @param pool added to, [(t·nSubject + subject)·4 + 0]
 */
export function addGraduateCandidates(
  context: CandidateContext,
  terms: CandidateTerms,
  rates: CandidateRates,
  binding: Float64Array,
  pool: Float64Array,
): void {
  const { model } = context;
  const levers = scenarioLevers(model.scenario);
  const nB = model.boards.length;
  const nS = model.subjects.length;
  const H = model.horizon;
  const own = context.ftePerHire.own;
  const other = context.ftePerHire.other;
  const bindingShare = new Float64Array(nB);
  for (const k of terms.keys) {
    const completion = levers.completionRate(rates.completion[k.programme]);
    const entry = levers.entryRate(rates.entry[k.programme]);
    for (let j = 0; j < k.boards.length; j++)
      bindingShare[j] = k.shares[j] * levers.bindingRate(rates.binding[k.boards[j]]);
    const s = k.subject;
    for (let t = 1; t <= H; t++) {
      const intake = k.intake[t];
      if (intake === 0) continue;
      const graduates = intake * completion;
      let bound = 0;
      for (let j = 0; j < k.boards.length; j++) {
        const heads = graduates * bindingShare[j];
        bound += heads;
        binding[(t * nB + k.boards[j]) * nS + s] += heads * own;
      }
      pool[(t * nS + s) * 4] += entry * (graduates - bound) * other;
    }
  }
}
