import type { Scenario } from '../levers/scenario.js';
import type { Model } from '../model/model.js';

/** Intake of one institute|programme|subject key in a cohort year, before scenario factors. */
export type IntakeFunction = (key: string, cohortYear: number) => number;

/** Clamp to [0, 1]. */
export function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}

/** Factor on the intake of an institute and subject from the intakeChangePct lever. */
export function intakeFactor(scenario: Scenario, institute: string, subject: string): number {
  const c = scenario.intakeChangePct;
  if (c === undefined) return 1;
  if (typeof c === 'number') return 1 + c / 100;
  let f = 1;
  for (const x of c) {
    if (
      (x.institute === undefined || x.institute === institute) &&
      (x.subject === undefined || x.subject === subject)
    )
      f *= 1 + x.pct / 100;
  }
  return f;
}

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
 * Add the graduate candidates produced by an intake function to binding and pool arrays.
 * graduates(t) = intake(t − L) · completion; bound = graduates placed at b · binding(b); pool = entry · (graduates − bound).
 */
export function addGraduateCandidates(
  ctx: CandidateContext,
  intakeOf: IntakeFunction,
  binding: Float64Array,
  pool: Float64Array,
): void {
  const { model, boardIndex, subjectIndex } = ctx;
  const p = model.params;
  const sc = model.scenario;
  const nB = model.boards.length;
  const nS = model.subjects.length;
  const keys = new Set([...Object.keys(p.intakeLevel), ...Object.keys(ctx.placementShare)]);
  for (const key of keys) {
    const [institute, programme, subject] = key.split('|');
    const s = subjectIndex.get(subject);
    if (s === undefined) continue;
    const L = p.studyLength[programme] ?? 1;
    const completion = clamp01(
      (p.completionRate[institute]?.[programme] ?? 0) + (sc.completionRatePp ?? 0) / 100,
    );
    const entry = clamp01((p.entryRate[institute]?.[programme] ?? 0) + (sc.entryRatePp ?? 0) / 100);
    const placed: number[] = [];
    const bindingShare: number[] = [];
    for (const [board, share] of Object.entries(ctx.placementShare[key] ?? {})) {
      const b = boardIndex.get(board);
      if (b === undefined || share === 0) continue;
      placed.push(b);
      bindingShare.push(share * clamp01((ctx.bindingRate[board] ?? 0) + (sc.bindingRatePp ?? 0) / 100));
    }
    for (let t = 1; t <= model.horizon; t++) {
      const cohort = model.baseYear + t - L;
      const intake = intakeOf(key, cohort);
      if (intake === 0) continue;
      const graduates = intake * completion;
      let bound = 0;
      for (let j = 0; j < placed.length; j++) {
        const heads = graduates * bindingShare[j];
        bound += heads;
        binding[(t * nB + placed[j]) * nS + s] += heads * ctx.ftePerHire.own;
      }
      pool[(t * nS + s) * 4] += entry * (graduates - bound) * ctx.ftePerHire.other;
    }
  }
}
