import type { Scenario } from './scenario.js';
import { LEVERS } from './scenario.js';

const KNOWN = new Set([...Object.keys(LEVERS), 'name', 'pupilForecastVariant', 'boardsJoining']);

function checkNumber(lever: string, path: string, value: unknown): void {
  const spec = LEVERS[lever];
  if (typeof value !== 'number' || !Number.isFinite(value) || value < spec.min || value > spec.max) {
    throw new RangeError(
      `scenario lever ${path}: ${JSON.stringify(value)} is outside the allowed range ${spec.min} to ${spec.max} (${spec.unit})`,
    );
  }
}

/**
 * Check a scenario: every lever known, every value a number in its allowed range.
 * Throws an error naming the lever, the value and the allowed range.
 * @param scenario a plain object of levers
 * @returns the same scenario, typed
 * @example
 * validateScenario({ bindingRatePp: 10 }); // ok
 * validateScenario({ bindingRatePp: 80 }); // RangeError: scenario lever bindingRatePp: 80 is outside the allowed range -50 to 50 (percentage points)
 */
export function validateScenario(scenario: unknown): Scenario {
  if (scenario == null) return {};
  if (typeof scenario !== 'object' || Array.isArray(scenario)) {
    throw new TypeError(`scenario: expected an object of levers, got ${JSON.stringify(scenario)}`);
  }
  const s = scenario as Record<string, unknown>;
  for (const [key, value] of Object.entries(s)) {
    if (!KNOWN.has(key))
      throw new RangeError(`scenario lever ${key}: unknown lever (known: ${[...KNOWN].join(', ')})`);
    if (value === undefined) continue;
    if (key === 'name') {
      if (typeof value !== 'string')
        throw new TypeError(`scenario lever name: ${JSON.stringify(value)} is not a string`);
    } else if (key === 'pupilForecastVariant') {
      if (value !== 'low' && value !== 'mid' && value !== 'high') {
        throw new RangeError(
          `scenario lever pupilForecastVariant: ${JSON.stringify(value)} is not one of low, mid, high`,
        );
      }
    } else if (key === 'boardsJoining') {
      if (!Array.isArray(value) || value.some((b) => typeof b !== 'string')) {
        throw new TypeError(
          `scenario lever boardsJoining: ${JSON.stringify(value)} is not a list of board ids`,
        );
      }
    } else if (key === 'intakeChangePct' && Array.isArray(value)) {
      value.forEach((c: unknown, i) => {
        if (typeof c !== 'object' || c === null)
          throw new TypeError(`scenario lever intakeChangePct[${i}]: ${JSON.stringify(c)} is not an object`);
        checkNumber(key, `intakeChangePct[${i}].pct`, (c as { pct?: unknown }).pct);
      });
    } else if (key === 'extraLateralEntrantsFte' && typeof value === 'object' && value !== null) {
      for (const [subject, v] of Object.entries(value))
        checkNumber(key, `extraLateralEntrantsFte.${subject}`, v);
    } else checkNumber(key, key, value);
  }
  return s as Scenario;
}
