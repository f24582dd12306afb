import { validateScenario, type Scenario } from '@opgave/core';
import type { ScenarioMeta } from './scenario-types';

/** Why a scenario from a link or a file cannot be used; the page words it in the reader's language. */
export interface ScenarioProblem {
  code: 'encoding' | 'json' | 'invalid' | 'unknown-unit' | 'format' | 'too-many' | 'empty' | 'too-large';
  /** The detail, as the core or the check words it (e.g. the lever, the value and the range). */
  detail: string;
}

/** A scenario that passed every check, or why not. */
export type Checked<T> = { ok: true; value: T } | { ok: false; problem: ScenarioProblem };

/**
 * Checks a value read from a link or a file: the core's `validateScenario` (every lever known and in
 * range), a name of at most 80 characters, and, when the dataset is known, boards, subjects and
 * institutes that exist in it.
 * @param value anything parsed from JSON
 * @param meta the dataset's units, if known
 * @returns the scenario, or the problem
 * @example checkScenario({ bindingRatePp: 80 }).ok // false
 */
export function checkScenario(value: unknown, meta?: ScenarioMeta): Checked<Scenario> {
  let scenario: Scenario;
  try {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
      throw new TypeError(`expected an object of levers, got ${short(value)}`);
    scenario = validateScenario(value);
  } catch (error) {
    return { ok: false, problem: { code: 'invalid', detail: (error as Error).message } };
  }
  if (scenario.name !== undefined && scenario.name.length > 80)
    return { ok: false, problem: { code: 'invalid', detail: 'name: longer than 80 characters' } };
  if (meta) {
    const unknown = unknownUnits(scenario, meta);
    if (unknown) return { ok: false, problem: { code: 'unknown-unit', detail: unknown } };
  }
  return { ok: true, value: scenario };
}

function unknownUnits(scenario: Scenario, meta: ScenarioMeta): string | null {
  const boards = new Set(meta.boards.map((b) => b.id));
  const subjects = new Set(meta.subjects.map((s) => s.id));
  const institutes = new Set(meta.institutes.map((i) => i.id));
  for (const b of scenario.boardsJoining ?? [])
    if (!boards.has(b)) return `boardsJoining: unknown board ${JSON.stringify(b)}`;
  if (Array.isArray(scenario.intakeChangePct))
    for (const [i, c] of scenario.intakeChangePct.entries()) {
      if (c.subject !== undefined && !subjects.has(c.subject))
        return `intakeChangePct[${i}]: unknown subject ${JSON.stringify(c.subject)}`;
      if (c.institute !== undefined && !institutes.has(c.institute))
        return `intakeChangePct[${i}]: unknown institute ${JSON.stringify(c.institute)}`;
    }
  const lateral = scenario.extraLateralEntrantsFte;
  if (typeof lateral === 'object' && lateral !== null)
    for (const s of Object.keys(lateral))
      if (!subjects.has(s)) return `extraLateralEntrantsFte: unknown subject ${JSON.stringify(s)}`;
  return null;
}

/**
 * A value shortened for a message: JSON, at most 60 characters.
 * @param value anything
 * @returns the text
 * @example short('abc') // '"abc"'
 */
export function short(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
