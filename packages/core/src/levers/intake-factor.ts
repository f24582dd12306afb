import type { Scenario } from './scenario.js';

/**
 * Factor on the intake of an institute and subject from the intakeChangePct lever (the product of every
 * matching change; may be negative, callers clamp it at 0).
 * @param scenario levers
 * @param institute institute id
 * @param subject subject id
 * @returns the factor
 * @example
 * intakeFactor({ intakeChangePct: [{ subject: 'vo-wi', pct: 10 }] }, 'I1', 'vo-wi'); // → 1.1
 */
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
