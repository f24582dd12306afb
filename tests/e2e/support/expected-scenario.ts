import { calibrate, requiredIntake, runScenario } from '@opgave/core';
import type { IntakeTarget, Scenario } from '@opgave/core';
import { loadDataset } from '@opgave/core/node';
import { dataDir } from './expected';

/** Horizon of the scenario studio's worker (src/lib/scenario/scenario-engine.ts). */
export const STUDIO_HORIZON = 15;

/**
 * What the scenario studio should show, from `@opgave/core` in Node on the dataset the site was built
 * from: `runScenario` and `requiredIntake` with `calibrate(data)` and a horizon of 15 years.
 * @returns the years, units and look-ups of a scenario's and the baseline's total shortage
 * @example const expected = await expectedScenario(); expected.shortage({ bindingRatePp: 10 }, 2030, 'region', 'R01')
 */
export async function expectedScenario() {
  const data = await loadDataset(dataDir);
  const params = calibrate(data);
  const options = { params, horizon: STUDIO_HORIZON };
  const runs = new Map<string, ReturnType<typeof runScenario>>();
  const run = (scenario: Scenario) => {
    const key = JSON.stringify(scenario);
    let result = runs.get(key);
    if (!result) runs.set(key, (result = runScenario(data, scenario, options)));
    return result;
  };
  const baseYear = run({}).baseline.baseYear;
  return {
    baseYear,
    region: data.regions[0].region_id,
    clusters: [...data.clusters].sort((a, b) => a.cluster_id.localeCompare(b.cluster_id)),
    nonMembers: data.boards.filter((b) => !b.partnership_member).map((b) => b.board_id),
    /** The scenario's total shortage (FTE) of a unit in a year, as runScenario gives it. */
    shortage(
      scenario: Scenario,
      year: number,
      level: 'region' | 'cluster' | 'board',
      unit: string,
      subject = 'all',
    ) {
      return run(scenario).scenario.value('total_shortage_fte', year, { level, unit, subject });
    },
    /** The baseline's total shortage (FTE), from the same runScenario call. */
    baseline(
      scenario: Scenario,
      year: number,
      level: 'region' | 'cluster' | 'board',
      unit: string,
      subject = 'all',
    ) {
      return run(scenario).baseline.value('total_shortage_fte', year, { level, unit, subject });
    },
    intake(target: IntakeTarget, scenario: Scenario = {}) {
      return requiredIntake(data, target, { ...options, scenario });
    },
  };
}
