import type { Scenario } from '@opgave/core';
import { checkScenario, short, type Checked } from './scenario-check';
import type { ScenarioMeta } from './scenario-types';
import { MAX_SAVED } from './saved-scenarios';

/** The mark of the studio's JSON files. */
export const FILE_FORMAT = 'opgave-scenarios';

/** Files larger than this are refused unread. */
export const MAX_FILE_BYTES = 200_000;

/**
 * The JSON file of a list of scenarios, as exported.
 * @param scenarios the saved scenarios
 * @returns the file's text
 * @example scenariosToJson([{ name: 'A', bindingRatePp: 5 }])
 */
export function scenariosToJson(scenarios: readonly Scenario[]): string {
  return JSON.stringify({ format: FILE_FORMAT, version: 1, scenarios }, null, 2) + '\n';
}

/**
 * Reads a scenario file: the exported format (`{ format, version, scenarios }`), a list of scenarios
 * or one scenario. Every scenario is checked like a link's; the first problem rejects the whole file.
 * @param text the file's text
 * @param meta the dataset's units, if known
 * @returns the scenarios (at most {@link MAX_SAVED}), or the problem (naming the scenario's position)
 * @example parseScenarioFile('{"bindingRatePp": 5}') // { ok: true, value: [{ bindingRatePp: 5 }] }
 */
export function parseScenarioFile(text: string, meta?: ScenarioMeta): Checked<Scenario[]> {
  if (text.length > MAX_FILE_BYTES)
    return { ok: false, problem: { code: 'too-large', detail: `${text.length} characters` } };
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, problem: { code: 'json', detail: (error as Error).message } };
  }
  let list: unknown[];
  if (Array.isArray(value)) list = value;
  else if (value !== null && typeof value === 'object' && 'format' in value) {
    const file = value as { format: unknown; scenarios?: unknown };
    if (file.format !== FILE_FORMAT || !Array.isArray(file.scenarios))
      return {
        ok: false,
        problem: {
          code: 'format',
          detail: `format ${short(file.format)}, expected "${FILE_FORMAT}" with a list "scenarios"`,
        },
      };
    list = file.scenarios;
  } else list = [value];
  if (list.length === 0) return { ok: false, problem: { code: 'empty', detail: 'no scenarios' } };
  if (list.length > MAX_SAVED)
    return { ok: false, problem: { code: 'too-many', detail: `${list.length} > ${MAX_SAVED}` } };
  const scenarios: Scenario[] = [];
  for (const [i, item] of list.entries()) {
    const checked = checkScenario(item, meta);
    if (!checked.ok)
      return {
        ok: false,
        problem: { ...checked.problem, detail: `scenario ${i + 1}: ${checked.problem.detail}` },
      };
    scenarios.push(checked.value);
  }
  return { ok: true, value: scenarios };
}
