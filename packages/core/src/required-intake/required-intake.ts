import { table as aqTable } from 'arquero';
import type { ColumnTable } from 'arquero';
import type { Dataset, DatasetInput } from '../schema/types.js';
import type { ProjectOptions } from '../projection/project.js';
import { prepare } from '../projection/project.js';
import { addGraduateCandidates } from '../flows/graduate-candidates.js';
import { candidateRates, candidateTerms } from '../flows/candidate-terms.js';
import { allocateResult, runKernel } from '../projection/kernel.js';
import type { KernelResult } from '../projection/kernel.js';
import { scenarioLevers } from '../levers/scenario-levers.js';
import type { IntakeChange, Scenario } from '../levers/scenario.js';
import { LEVERS } from '../levers/scenario.js';

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
  /** Upper bound of the extra intake per subject per year that is searched (students, default 5000); the lever's range (+1000 % of the subject's intake) bounds it too. */
  maxExtraIntake?: number;
  /** Precision of the bisection (students, default 0.01). */
  tolerance?: number;
}

/**
 * Why intake alone cannot meet a subject's target: no programme has intake in the subject; the target year
 * comes before extra intake can graduate; the `intakeChangePct` range (−100…1000 %) allows too little extra
 * intake; or graduates cannot fill the openings (entry- or binding-limited, or more than `maxExtraIntake`).
 */
export type IntakeLimit = 'no-programme' | 'study-length' | 'lever-range' | 'openings';

/** Required extra intake of one subject. */
export interface SubjectIntake {
  subject: string;
  /** Extra first-year students a year, from the first year after the base year on (the maximum allowed when infeasible). */
  extraIntake: number;
  /** The same, spread over institute|programme by their intake shares. */
  byProgramme: Record<string, number>;
  /** Percent change of the subject's yearly intake that gives it (always within the lever's range). */
  pct: number;
  feasible: boolean;
  /** When infeasible: the largest excess of shortage over the subject's target (FTE) with the maximum allowed intake. */
  shortfallFte: number;
  reason?: string;
  /** When infeasible: the limit that binds. */
  limit?: IntakeLimit;
  /** Current yearly intake of the subject (students, after the base scenario's intake change). */
  intakeLevel: number;
  /** Largest extra intake a year that is searched: the lever's maximum (+1000 % of `intakeLevel`), at most `maxExtraIntake`. */
  maxExtraIntake: number;
  /** When the lever's range binds: the extra intake a year that would meet the target beyond the range (undefined if even `maxExtraIntake` would not). */
  neededExtraIntake?: number;
}

/** Result of requiredIntake. */
export interface RequiredIntakeResult {
  feasible: boolean;
  totalExtraIntake: number;
  /** Excess over the target (FTE) that intake alone cannot remove: the sum of the subjects' shortfalls (0 when feasible). */
  shortfallFte: number;
  /** Subjects whose target intake alone cannot meet within the lever's range. */
  infeasibleSubjects: string[];
  /** One sentence: the target is met by intake, or intake alone cannot meet it and by how much. */
  summary: string;
  subjects: SubjectIntake[];
  /** Extra intake per institute (summed over subjects and programmes). */
  byInstitute: Record<string, number>;
  /** A scenario that applies the extra intake (intake change per subject, within the lever's range: it always passes validateScenario). */
  scenario: Scenario;
  /** Table: subject, extra_intake, pct, feasible, shortfall_fte, limit, max_extra_intake. */
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
  const { model, context, terms } = prepare(input, options);
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
  // Intake per subject as it stands under the base scenario: the percent lever scales these levels, so the
  // extra intake is spread over them and expressed as a percent of their sum.
  const levers = scenarioLevers(model.scenario);
  const rates = candidateRates(context, terms);
  const levelBySubject = new Map<string, Map<string, number>>();
  const rawBySubject = new Map<string, number>();
  for (const [key, level] of Object.entries(p.intakeLevel)) {
    const [institute, , s] = key.split('|');
    rawBySubject.set(s, (rawBySubject.get(s) ?? 0) + level);
    const eff = level * levers.intake(institute, s);
    if (!(eff > 0)) continue;
    let m = levelBySubject.get(s);
    if (!m) levelBySubject.set(s, (m = new Map()));
    m.set(key, eff);
  }
  const range = LEVERS.intakeChangePct;
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
    // The lever's range in students a year: +max % of the current intake (and at most the search bound).
    const maxAllowed = Math.min(maxX, (levelSum * range.max) / 100);
    const result: SubjectIntake = {
      subject: id,
      extraIntake: 0,
      byProgramme: {},
      pct: 0,
      feasible: true,
      shortfallFte: 0,
      intakeLevel: levelSum,
      maxExtraIntake: maxAllowed,
    };
    subjects.push(result);
    if (e0 <= 1e-9) continue;
    if (levelSum <= 0) {
      Object.assign(result, {
        feasible: false,
        shortfallFte: e0,
        limit: 'no-programme',
        reason:
          (rawBySubject.get(id) ?? 0) > 0
            ? 'the base scenario sets the intake of this subject to zero, and a percent change cannot raise it'
            : 'no teacher-training programme has intake in this subject',
      });
      continue;
    }
    const unitBinding = new Float64Array(model.binding.length);
    const unitPool = new Float64Array(model.pool.length);
    addGraduateCandidates(
      context,
      candidateTerms(context, (key, cohort) =>
        cohort > base && keys.has(key) ? keys.get(key)! / levelSum : 0,
      ),
      rates,
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
    const bisect = (lo: number, hi: number) => {
      while (hi - lo > tol) {
        const mid = 0.5 * (lo + hi);
        if (run(mid) <= 1e-9) hi = mid;
        else lo = mid;
      }
      return hi;
    };
    const eMax = run(maxAllowed);
    if (eMax > 1e-9) {
      let minL = Infinity;
      for (const key of keys.keys()) minL = Math.min(minL, p.studyLength[key.split('|')[1]] ?? 1);
      const fmt = (x: number) => x.toFixed(1);
      let limit: IntakeLimit;
      let reason: string;
      let needed: number | undefined;
      if (target.fromYear < base + 1 + minL) {
        limit = 'study-length';
        reason = `extra intake from ${base + 1} graduates from ${base + 1 + minL} on, after ${target.fromYear}`;
      } else if (maxAllowed < maxX && run(maxX) <= 1e-9) {
        limit = 'lever-range';
        needed = bisect(maxAllowed, maxX);
        reason =
          `needs ${fmt(needed)} extra students a year (+${Math.round((100 * needed) / levelSum)} %), more than ` +
          `the intakeChangePct range allows (+${range.max} % of ${fmt(levelSum)} = ${fmt(maxAllowed)} a year)`;
      } else {
        limit = 'openings';
        reason = `graduates cannot fill the openings (entry- or binding-limited) with up to ${fmt(maxX)} extra students a year`;
      }
      Object.assign(result, { feasible: false, extraIntake: maxAllowed, shortfallFte: eMax, limit, reason });
      if (needed !== undefined) result.neededExtraIntake = needed;
    } else result.extraIntake = Math.min(maxAllowed, bisect(0, maxX)); // the answer lies within the range
    result.pct = Math.min(range.max, (100 * result.extraIntake) / levelSum);
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
  const totalExtraIntake = subjects.reduce((a, s) => a + s.extraIntake, 0);
  const shortfallFte = infeasible.reduce((a, s) => a + s.shortfallFte, 0);
  const summary =
    infeasible.length === 0
      ? `intake alone meets the target: ${totalExtraIntake.toFixed(1)} extra students a year`
      : `intake alone cannot meet the target: even at the maximum allowed intake ${infeasible.length} ` +
        `subject${infeasible.length === 1 ? '' : 's'} (${infeasible.map((s) => s.subject).join(', ')}) ` +
        `fall${infeasible.length === 1 ? 's' : ''} ${shortfallFte.toFixed(1)} FTE short`;
  return {
    feasible: infeasible.length === 0,
    totalExtraIntake,
    shortfallFte,
    infeasibleSubjects: infeasible.map((s) => s.subject),
    summary,
    subjects,
    byInstitute,
    scenario: { ...base0, intakeChangePct: [...priorList, ...changes] },
    table: aqTable({
      subject: subjects.map((s) => s.subject),
      extra_intake: subjects.map((s) => s.extraIntake),
      pct: subjects.map((s) => s.pct),
      feasible: subjects.map((s) => s.feasible),
      shortfall_fte: subjects.map((s) => s.shortfallFte),
      limit: subjects.map((s) => s.limit ?? null),
      max_extra_intake: subjects.map((s) => s.maxExtraIntake),
    }),
  };
}
