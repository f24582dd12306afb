import { table as aqTable } from 'arquero';
import type { ColumnTable } from 'arquero';
import type { Dataset, DatasetInput } from '../schema/types.js';
import type { ProjectOptions } from '../projection/project.js';
import { prepare } from '../projection/project.js';
import { addGraduateCandidates } from '../flows/graduate-candidates.js';
import { allocateResult, runKernel } from '../projection/kernel.js';
import type { KernelResult } from '../projection/kernel.js';
import type { IntakeChange, Scenario } from '../scenario/scenario.js';

/** A shortage target: at most `maxShortageFte` FTE or at most `maxShortagePct` % of demand, in every year from `fromYear` on. */
export interface IntakeTarget {
  maxShortageFte?: number;
  maxShortagePct?: number;
  fromYear: number;
  /** `region` (default) or `cluster`. */
  level?: 'region' | 'cluster';
  /** Cluster id when level is `cluster`. */
  unit?: string;
}

/** Options of requiredIntake. */
export interface RequiredIntakeOptions extends ProjectOptions {
  /** Upper bound of the extra intake per subject per year that is searched (students, default 5000). */
  maxExtraIntake?: number;
  /** Precision of the bisection (students, default 0.01). */
  tolerance?: number;
}

/** Required extra intake of one subject. */
export interface SubjectIntake {
  subject: string;
  /** Extra first-year students a year, from the first year after the base year on. */
  extraIntake: number;
  /** The same, spread over institute|programme by their intake shares. */
  byProgramme: Record<string, number>;
  /** Percent change of the subject's yearly intake that gives it. */
  pct: number;
  feasible: boolean;
  /** When infeasible: the largest excess of shortage over the subject's target (FTE) with the maximum intake. */
  shortfallFte: number;
  reason?: string;
}

/** Result of requiredIntake. */
export interface RequiredIntakeResult {
  feasible: boolean;
  totalExtraIntake: number;
  /** Largest excess over the target (FTE) that intake alone cannot remove (0 when feasible). */
  shortfallFte: number;
  subjects: SubjectIntake[];
  /** Extra intake per institute (summed over subjects and programmes). */
  byInstitute: Record<string, number>;
  /** A scenario that applies the extra intake (intake change per subject). */
  scenario: Scenario;
  /** Table: subject, extra_intake, pct, feasible, shortfall_fte. */
  table: ColumnTable;
}

/**
 * Smallest extra intake per subject (and per institute) that brings the total shortage down to a target
 * from a given year on, or the shortfall when intake alone cannot. The target is shared out over subjects
 * in proportion to their demand (an FTE target) or applied to each subject (a percent target); each
 * subject's extra intake is found by bisection, which is valid because the shortage never rises with intake.
 * @param input dataset
 * @param target shortage target
 * @param options params, horizon, a base scenario, search bounds
 * @returns extra intake per subject and institute, feasibility and a scenario that applies it
 * @example
 * requiredIntake(data, { maxShortagePct: 2, fromYear: 2034 }).subjects.filter((s) => s.extraIntake > 0);
 */
export function requiredIntake(
  input: DatasetInput | Dataset,
  target: IntakeTarget,
  options: RequiredIntakeOptions = {},
): RequiredIntakeResult {
  if (target.maxShortageFte === undefined && target.maxShortagePct === undefined) {
    throw new RangeError('requiredIntake: target needs maxShortageFte or maxShortagePct');
  }
  const { model, context } = prepare(input, options);
  const H = model.horizon;
  const base = model.baseYear;
  const t0 = target.fromYear - base;
  if (!Number.isInteger(t0) || t0 < 1 || t0 > H) {
    throw new RangeError(`requiredIntake: fromYear ${target.fromYear} is outside ${base + 1}–${base + H}`);
  }
  const level = target.level ?? 'region';
  let inUnit: (c: number) => boolean = () => true;
  if (level === 'cluster') {
    const k = model.clusters.indexOf(target.unit ?? '');
    if (k < 0) throw new RangeError(`requiredIntake: unknown cluster "${target.unit}"`);
    inUnit = (c) => model.locationCluster[model.leafLocation[c]] === k;
  }
  const nLeaf = model.nLeaf;
  const nS = model.subjects.length;
  const baseline = allocateResult(model);
  runKernel(model, baseline);
  const demandAll = new Float64Array(H + 1);
  for (let t = 0; t <= H; t++)
    for (let c = 0; c < nLeaf; c++) if (inUnit(c)) demandAll[t] += baseline.values.demand_fte[t * nLeaf + c];

  const p = model.params;
  const levelBySubject = new Map<string, Map<string, number>>();
  for (const [key, level] of Object.entries(p.intakeLevel)) {
    const s = key.split('|')[2];
    let m = levelBySubject.get(s);
    if (!m) levelBySubject.set(s, (m = new Map()));
    m.set(key, level);
  }
  const maxX = options.maxExtraIntake ?? 5000;
  const tol = options.tolerance ?? 0.01;
  const trial = allocateResult(model);
  const subjects: SubjectIntake[] = [];
  const byInstitute: Record<string, number> = {};
  const changes: IntakeChange[] = [];
  const excess = (s: number, r: KernelResult): number => {
    let worst = -Infinity;
    for (let t = t0; t <= H; t++) {
      let tot = 0;
      let dem = 0;
      for (const c of model.subjectLeaves[s]) {
        if (!inUnit(c)) continue;
        tot += r.values.total_shortage_fte[t * nLeaf + c];
        dem += r.values.demand_fte[t * nLeaf + c];
      }
      let cap = Infinity;
      if (target.maxShortagePct !== undefined) cap = (target.maxShortagePct / 100) * dem;
      if (target.maxShortageFte !== undefined)
        cap = Math.min(cap, demandAll[t] > 0 ? (target.maxShortageFte * dem) / demandAll[t] : 0);
      worst = Math.max(worst, tot - cap);
    }
    return worst;
  };
  for (let s = 0; s < nS; s++) {
    const id = model.subjects[s];
    const leaves = Array.from(model.subjectLeaves[s]).filter(inUnit);
    if (leaves.length === 0) continue;
    const e0 = excess(s, baseline);
    const keys = levelBySubject.get(id) ?? new Map<string, number>();
    let levelSum = 0;
    for (const v of keys.values()) levelSum += v;
    const result: SubjectIntake = {
      subject: id,
      extraIntake: 0,
      byProgramme: {},
      pct: 0,
      feasible: true,
      shortfallFte: 0,
    };
    subjects.push(result);
    if (e0 <= 1e-9) continue;
    if (levelSum <= 0) {
      Object.assign(result, {
        feasible: false,
        shortfallFte: e0,
        reason: 'no teacher-training programme has intake in this subject',
      });
      continue;
    }
    const unitBinding = new Float64Array(model.binding.length);
    const unitPool = new Float64Array(model.pool.length);
    addGraduateCandidates(
      context,
      (key, cohort) => (cohort > base && keys.has(key) ? keys.get(key)! / levelSum : 0),
      unitBinding,
      unitPool,
    );
    const f = model.fteFactor[model.subjectSector[s]];
    const bindingX = model.binding.slice();
    const poolX = model.pool.slice();
    const run = (x: number) => {
      for (let i = 0; i < bindingX.length; i++) bindingX[i] = model.binding[i] + x * f * unitBinding[i];
      for (let i = 0; i < poolX.length; i++) poolX[i] = model.pool[i] + x * f * unitPool[i];
      runKernel(model, trial, [s], bindingX, poolX);
      return excess(s, trial);
    };
    const eMax = run(maxX);
    if (eMax > 1e-9) {
      let minL = Infinity;
      for (const key of keys.keys()) minL = Math.min(minL, p.studyLength[key.split('|')[1]] ?? 1);
      const reason =
        target.fromYear < base + 1 + minL
          ? `extra intake from ${base + 1} graduates from ${base + 1 + minL} on, after ${target.fromYear}`
          : 'graduates cannot fill the openings (entry- or binding-limited)';
      Object.assign(result, { feasible: false, extraIntake: maxX, shortfallFte: eMax, reason });
    } else {
      let lo = 0;
      let hi = maxX;
      while (hi - lo > tol) {
        const mid = 0.5 * (lo + hi);
        if (run(mid) <= 1e-9) hi = mid;
        else lo = mid;
      }
      result.extraIntake = hi;
    }
    result.pct = (100 * result.extraIntake) / levelSum;
    for (const [key, v] of keys) {
      const x = (result.extraIntake * v) / levelSum;
      result.byProgramme[key] = x;
      const institute = key.split('|')[0];
      byInstitute[institute] = (byInstitute[institute] ?? 0) + x;
    }
    changes.push({ subject: id, pct: result.pct });
  }
  const base0 = options.scenario ?? {};
  const prior = base0.intakeChangePct;
  const priorList: IntakeChange[] =
    prior === undefined ? [] : typeof prior === 'number' ? [{ pct: prior }] : prior;
  const infeasible = subjects.filter((s) => !s.feasible);
  return {
    feasible: infeasible.length === 0,
    totalExtraIntake: subjects.reduce((a, s) => a + s.extraIntake, 0),
    shortfallFte: infeasible.reduce((a, s) => a + s.shortfallFte, 0),
    subjects,
    byInstitute,
    scenario: { ...base0, intakeChangePct: [...priorList, ...changes] },
    table: aqTable({
      subject: subjects.map((s) => s.subject),
      extra_intake: subjects.map((s) => s.extraIntake),
      pct: subjects.map((s) => s.pct),
      feasible: subjects.map((s) => s.feasible),
      shortfall_fte: subjects.map((s) => s.shortfallFte),
    }),
  };
}
