import type { IntakeChange, Scenario } from '@opgave/core';
import type { NumericLever } from './levers';

/**
 * The value a lever's slider shows: the number, or for a per-subject form of the lever the part that
 * applies to all (intake) or 0 (lateral entrants given per subject).
 * @param scenario the scenario
 * @param key the lever
 * @returns the value, 0 when the lever is not set
 * @example numericValue({ bindingRatePp: 5 }, 'bindingRatePp') // 5
 */
export function numericValue(scenario: Scenario, key: NumericLever): number {
  const value = scenario[key];
  if (typeof value === 'number') return value;
  if (key === 'intakeChangePct' && Array.isArray(value))
    return value.find((c) => c.subject === undefined && c.institute === undefined)?.pct ?? 0;
  return 0;
}

/**
 * A copy of the scenario with a lever's value for all; 0 removes the lever. For the intake the
 * per-subject changes are kept; lateral entrants per subject are replaced by the regional number.
 * @param scenario the scenario
 * @param key the lever
 * @param value the new value
 * @returns the new scenario
 * @example withNumeric({}, 'bindingRatePp', 10) // { bindingRatePp: 10 }
 */
export function withNumeric(scenario: Scenario, key: NumericLever, value: number): Scenario {
  const next: Scenario = { ...scenario };
  const current = scenario[key];
  if (key === 'intakeChangePct' && Array.isArray(current)) {
    const targeted = current.filter((c) => c.subject !== undefined || c.institute !== undefined);
    next.intakeChangePct = value === 0 ? targeted : [{ pct: value }, ...targeted];
    if ((next.intakeChangePct as IntakeChange[]).length === 0) delete next.intakeChangePct;
    return next;
  }
  if (value === 0) delete next[key];
  else next[key] = value;
  return next;
}

/** Which programmes an intake change targets: a subject or an institute (not both: those come from files). */
export type IntakeTarget =
  { subject: string; institute?: undefined } | { institute: string; subject?: undefined };

const targets = (c: IntakeChange, t: IntakeTarget) => c.subject === t.subject && c.institute === t.institute;

/**
 * The intake change of one subject or one institute (its own entry only), 0 if none.
 * @param scenario the scenario
 * @param target `{ subject }` or `{ institute }`
 * @returns the percent change
 * @example targetedIntakePct({ intakeChangePct: [{ subject: 'vo-wi', pct: 20 }] }, { subject: 'vo-wi' }) // 20
 */
export function targetedIntakePct(scenario: Scenario, target: IntakeTarget): number {
  const value = scenario.intakeChangePct;
  if (!Array.isArray(value)) return 0;
  return value.find((c) => targets(c, target))?.pct ?? 0;
}

/**
 * A copy of the scenario with a subject's or an institute's intake change (0 removes it); a regional
 * number becomes the list's entry for all, so both apply (matching entries multiply, as in the core).
 * @param scenario the scenario
 * @param target `{ subject }` or `{ institute }`
 * @param pct the percent change
 * @returns the new scenario
 * @example withTargetedIntake({ intakeChangePct: 10 }, { subject: 'vo-wi' }, 20) // intakeChangePct: [{ pct: 10 }, { subject: 'vo-wi', pct: 20 }]
 */
export function withTargetedIntake(scenario: Scenario, target: IntakeTarget, pct: number): Scenario {
  const value = scenario.intakeChangePct;
  const list: IntakeChange[] =
    value === undefined ? [] : typeof value === 'number' ? [{ pct: value }] : [...value];
  const others = list.filter((c) => !targets(c, target));
  const changes: IntakeChange[] = pct === 0 ? others : [...others, { ...target, pct } as IntakeChange];
  const next: Scenario = { ...scenario };
  if (changes.length === 0) delete next.intakeChangePct;
  else if (changes.length === 1 && changes[0].subject === undefined && changes[0].institute === undefined)
    next.intakeChangePct = changes[0].pct;
  else next.intakeChangePct = changes;
  return next;
}

/**
 * The extra lateral entrants of one subject when they are given per subject, else 0.
 * @param scenario the scenario
 * @param subject a subject id
 * @returns FTE a year
 * @example subjectLateralFte({ extraLateralEntrantsFte: { 'vo-wi': 3 } }, 'vo-wi') // 3
 */
export function subjectLateralFte(scenario: Scenario, subject: string): number {
  const value = scenario.extraLateralEntrantsFte;
  return typeof value === 'object' && value !== null ? (value[subject] ?? 0) : 0;
}

/**
 * A copy of the scenario with a subject's extra lateral entrants; this turns the lever into its
 * per-subject form (a regional number is dropped), and 0 removes the subject.
 * @param scenario the scenario
 * @param subject a subject id
 * @param fte FTE a year
 * @returns the new scenario
 * @example withSubjectLateral({}, 'vo-wi', 3) // { extraLateralEntrantsFte: { 'vo-wi': 3 } }
 */
export function withSubjectLateral(scenario: Scenario, subject: string, fte: number): Scenario {
  const value = scenario.extraLateralEntrantsFte;
  const bySubject: Record<string, number> = typeof value === 'object' && value !== null ? { ...value } : {};
  if (fte === 0) delete bySubject[subject];
  else bySubject[subject] = fte;
  const next: Scenario = { ...scenario };
  if (Object.keys(bySubject).length === 0) delete next.extraLateralEntrantsFte;
  else next.extraLateralEntrantsFte = bySubject;
  return next;
}

/**
 * A copy of the scenario with a board joining or not.
 * @param scenario the scenario
 * @param board a board id
 * @param joins whether it joins
 * @returns the new scenario (no list when no board joins)
 * @example withBoardJoining({}, 'B0014', true) // { boardsJoining: ['B0014'] }
 */
export function withBoardJoining(scenario: Scenario, board: string, joins: boolean): Scenario {
  const others = (scenario.boardsJoining ?? []).filter((b) => b !== board);
  const list = joins ? [...others, board].sort() : others;
  const next: Scenario = { ...scenario };
  if (list.length === 0) delete next.boardsJoining;
  else next.boardsJoining = list;
  return next;
}

/**
 * A copy of the scenario with a pupil-forecast variant (`mid`, the default, removes the lever).
 * @param scenario the scenario
 * @param variant low, mid or high
 * @returns the new scenario
 * @example withVariant({}, 'high') // { pupilForecastVariant: 'high' }
 */
export function withVariant(scenario: Scenario, variant: 'low' | 'mid' | 'high'): Scenario {
  const next: Scenario = { ...scenario };
  if (variant === 'mid') delete next.pupilForecastVariant;
  else next.pupilForecastVariant = variant;
  return next;
}

/**
 * The levers only, without the name: what a scenario changes.
 * @param scenario the scenario
 * @returns the scenario without `name`
 * @example leversOf({ name: 'A', bindingRatePp: 5 }) // { bindingRatePp: 5 }
 */
export function leversOf(scenario: Scenario): Scenario {
  const { name: _name, ...levers } = scenario;
  return levers;
}

/**
 * Whether two scenarios set the same levers to the same values (the name aside).
 * @param a a scenario
 * @param b another
 * @returns true when they project the same
 * @example sameLevers({ name: 'A', bindingRatePp: 5 }, { bindingRatePp: 5 }) // true
 */
export function sameLevers(a: Scenario, b: Scenario): boolean {
  return leversKey(a) === leversKey(b);
}

/**
 * A key for a scenario's levers: their JSON with keys sorted, the name aside (equal levers, equal key).
 * @param scenario a scenario
 * @returns the key
 * @example leversKey({ name: 'A', workingLongerYears: 1, bindingRatePp: 5 }) // '{"bindingRatePp":5,"workingLongerYears":1}'
 */
export function leversKey(scenario: Scenario): string {
  return canonicalJson(leversOf(scenario));
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}
