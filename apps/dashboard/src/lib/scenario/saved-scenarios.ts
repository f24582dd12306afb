import type { Scenario } from '@opgave/core';
import { checkScenario } from './scenario-check';

/** Scenarios that can be saved and compared at once. */
export const MAX_SAVED = 4;

/** The localStorage key of the saved scenarios. */
export const SAVED_STORAGE_KEY = 'opgave-scenarios';

/** A scenario with a name, as saved. */
export type NamedScenario = Scenario & { name: string };

/**
 * The saved scenarios from storage; anything unreadable or invalid is left out, never trusted.
 * @param storage localStorage, or a stand-in in tests (undefined: none)
 * @returns at most {@link MAX_SAVED} named scenarios
 * @example loadSaved(localStorage)
 */
export function loadSaved(storage: Pick<Storage, 'getItem'> | undefined): NamedScenario[] {
  let value: unknown;
  try {
    value = JSON.parse(storage?.getItem(SAVED_STORAGE_KEY) ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  return value
    .map((item) => checkScenario(item))
    .flatMap((c) =>
      c.ok && typeof c.value.name === 'string' && c.value.name ? [c.value as NamedScenario] : [],
    )
    .slice(0, MAX_SAVED);
}

/**
 * Writes the saved scenarios; a full or blocked storage is ignored (the list stays for this visit).
 * @param storage localStorage or a stand-in
 * @param scenarios the list
 * @returns whether it was written
 * @example storeSaved(localStorage, [{ name: 'A', bindingRatePp: 5 }])
 */
export function storeSaved(
  storage: Pick<Storage, 'setItem'> | undefined,
  scenarios: readonly NamedScenario[],
): boolean {
  try {
    storage?.setItem(SAVED_STORAGE_KEY, JSON.stringify(scenarios));
    return storage !== undefined;
  } catch {
    return false;
  }
}

/** The result of adding a scenario to the saved list. */
export type AddResult =
  { ok: true; list: NamedScenario[]; replaced: boolean } | { ok: false; reason: 'full' | 'no-name' };

/**
 * Adds a named scenario; one with the same name is replaced, a fifth is refused.
 * @param list the saved scenarios
 * @param scenario the scenario to save
 * @returns the new list, or why not
 * @example addSaved([], { name: 'A', bindingRatePp: 5 }) // { ok: true, list: [{ name: 'A', … }], replaced: false }
 */
export function addSaved(list: readonly NamedScenario[], scenario: Scenario): AddResult {
  const name = scenario.name?.trim() ?? '';
  if (!name) return { ok: false, reason: 'no-name' };
  const named = { ...scenario, name };
  const at = list.findIndex((s) => s.name === name);
  if (at >= 0) return { ok: true, list: list.map((s, i) => (i === at ? named : s)), replaced: true };
  if (list.length >= MAX_SAVED) return { ok: false, reason: 'full' };
  return { ok: true, list: [...list, named], replaced: false };
}

/**
 * Merges imported scenarios into the saved list (same name replaces); refused whole when the result
 * would hold more than {@link MAX_SAVED}. Unnamed scenarios are named "Scenario n".
 * @param list the saved scenarios
 * @param imported the file's scenarios
 * @returns the new list, or `full`
 * @example mergeSaved([], [{ bindingRatePp: 5 }]) // { ok: true, list: [{ name: 'Scenario 1', bindingRatePp: 5 }], … }
 */
export function mergeSaved(list: readonly NamedScenario[], imported: readonly Scenario[]): AddResult {
  let next: NamedScenario[] = [...list];
  for (const [i, scenario] of imported.entries()) {
    const result = addSaved(next, { ...scenario, name: scenario.name?.trim() || `Scenario ${i + 1}` });
    if (!result.ok) return result;
    next = result.list;
  }
  return { ok: true, list: next, replaced: false };
}
