import type { Dataset } from '../schema/types.js';
import type { CandidateContext } from './graduate-candidates.js';
import { clamp01, intakeFactor } from './graduate-candidates.js';

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

/**
 * Collect the candidate terms of a prepared model (mirrors addGraduateCandidates and prepareModel's intake rule:
 * observed intake for cohorts up to the base year, the intake level × scenario factor after it).
 * @param data dataset
 * @param context candidate context from prepare
 * @returns the terms
 * @example
 * const terms = candidateTerms(data, prepare(data).context);
 */
export function candidateTerms(data: Dataset, context: CandidateContext): CandidateTerms {
  const { model, boardIndex, subjectIndex } = context;
  const p = model.params;
  const base = model.baseYear;
  const observed = new Map<string, number>();
  for (const r of data.intake) {
    const key = `${r.institute_id}|${r.programme_id}|${r.subject_id}|${r.year}`;
    observed.set(key, (observed.get(key) ?? 0) + r.intake);
  }
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
    for (let t = 1; t <= model.horizon; t++) {
      const cohort = base + t - L;
      intake[t] =
        cohort <= base
          ? (observed.get(`${key}|${cohort}`) ?? 0)
          : (p.intakeLevel[key] ?? 0) * Math.max(0, intakeFactor(model.scenario, institute, subject));
    }
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
 * Write the graduate candidates for drawn rates into binding and pool arrays (pool slot 0 only; other slots
 * untouched). Mirrors addGraduateCandidates, including scenario percentage points and the FTE factor.
 * @param context candidate context (model, FTE per hire)
 * @param terms from candidateTerms
 * @param rates completion and entry per programme index, binding per board index (before scenario points)
 * @param binding output [(t·nBoard + board)·nSubject + subject], zeroed here
 * @param pool output [(t·nSubject + subject)·4 + 0] set here
 */
export function writeCandidates(
  context: CandidateContext,
  terms: CandidateTerms,
  rates: { completion: Float64Array; entry: Float64Array; binding: Float64Array },
  binding: Float64Array,
  pool: Float64Array,
): void {
  const { model } = context;
  const sc = model.scenario;
  const nB = model.boards.length;
  const nS = model.subjects.length;
  const H = model.horizon;
  const cpp = (sc.completionRatePp ?? 0) / 100;
  const epp = (sc.entryRatePp ?? 0) / 100;
  const bpp = (sc.bindingRatePp ?? 0) / 100;
  const own = context.ftePerHire.own;
  const other = context.ftePerHire.other;
  binding.fill(0);
  for (let t = 0; t <= H; t++) for (let s = 0; s < nS; s++) pool[(t * nS + s) * 4] = 0;
  const bindingShare = new Float64Array(nB);
  for (const k of terms.keys) {
    const completion = clamp01(rates.completion[k.programme] + cpp);
    const entry = clamp01(rates.entry[k.programme] + epp);
    for (let j = 0; j < k.boards.length; j++)
      bindingShare[j] = k.shares[j] * clamp01(rates.binding[k.boards[j]] + bpp);
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
  for (let s = 0; s < nS; s++) {
    const f = model.fteFactor[model.subjectSector[s]];
    if (f === 1) continue;
    for (let t = 1; t <= H; t++) {
      pool[(t * nS + s) * 4] *= f;
      for (let b = 0; b < nB; b++) binding[(t * nB + b) * nS + s] *= f;
    }
  }
}
