import { table as aqTable } from 'arquero';
import type { ColumnTable } from 'arquero';
import type { Dataset, DatasetInput } from '../schema/types.js';
import type { Projection } from '../projection/projection.js';
import type { ProjectOptions } from '../projection/project.js';
import { project } from '../projection/project.js';
import type { Scenario } from '../levers/scenario.js';
import { validateScenario } from '../levers/validate-scenario.js';

/** Result of runScenario. */
export interface ScenarioResult {
  baseline: Projection;
  scenario: Projection;
  /** Long table of scenario − baseline (level, unit, subject, year, measure, value); built on first access. */
  difference: ColumnTable;
}

/**
 * Project the baseline and a scenario, and their difference.
 * @param input dataset
 * @param scenario levers (validated first; an invalid lever throws naming lever, value and range)
 * @param options params and horizon (as for project)
 * @returns baseline, scenario and difference
 * @example
 * const { difference } = runScenario(data, { bindingRatePp: 10, workingLongerYears: 1 }, { horizon: 10 });
 */
export function runScenario(
  input: DatasetInput | Dataset,
  scenario: Scenario,
  options: Omit<ProjectOptions, 'scenario'> = {},
): ScenarioResult {
  const levers = validateScenario(scenario);
  const baseline = project(input, { ...options, scenario: {} });
  const alternative = project(input, { ...options, scenario: levers });
  // The long tables cost far more than the two kernel runs: build them only when `difference` is read.
  let difference: ColumnTable | undefined;
  return {
    baseline,
    scenario: alternative,
    get difference() {
      if (!difference) {
        const b = baseline.table();
        const s = alternative.table();
        const bv = b.array('value') as ArrayLike<number>;
        const sv = s.array('value') as ArrayLike<number>;
        const value = new Float64Array(bv.length);
        for (let i = 0; i < value.length; i++) value[i] = sv[i] - bv[i];
        difference = aqTable({
          level: b.array('level'),
          unit: b.array('unit'),
          subject: b.array('subject'),
          year: b.array('year'),
          measure: b.array('measure'),
          value,
        });
      }
      return difference;
    },
  };
}
