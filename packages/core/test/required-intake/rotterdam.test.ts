/**
 * On the Rotterdam data, requiredIntake returns scenarios that project accepts, including a target that some
 * small subjects can only meet beyond the intake lever's range (+1000 %).
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { LEVERS, project, requiredIntake, runScenario, validateScenario } from '../../src/index.js';
import type { Dataset, IntakeTarget } from '../../src/index.js';
import { loadDataset } from '../../src/node/index.js';

const dir = join(import.meta.dirname, '..', '..', '..', '..', 'data', 'rotterdam');
const present = existsSync(join(dir, 'datapackage.json'));

describe.skipIf(!present)('requiredIntake(rotterdam, target, options)', () => {
  let data: Dataset;
  const load = async () => (data ??= await loadDataset(dir));
  const targets: IntakeTarget[] = [
    { maxShortagePct: 3, fromYear: 2032 },
    { maxShortageFte: 300, fromYear: 2035 },
    { maxShortagePct: 3, fromYear: 2032, level: 'cluster', unit: 'R01-C2' },
    { maxShortageFte: 300, fromYear: 2035, level: 'cluster', unit: 'R01-C2' },
    // Needs more than +1000 % for the smallest subjects (vso-ke has 2 students a year).
    { maxShortagePct: 1, fromYear: 2030 },
  ];

  it.each(targets)('returns a scenario that project and runScenario accept: %j', async (target) => {
    const d = await load();
    const r = requiredIntake(d, target);
    expect(() => validateScenario(r.scenario)).not.toThrow();
    for (const s of r.subjects) expect(s.pct).toBeLessThanOrEqual(LEVERS.intakeChangePct.max);
    expect(() => project(d, { scenario: r.scenario })).not.toThrow();
    expect(() => runScenario(d, r.scenario)).not.toThrow();
    expect(r.feasible).toBe(r.infeasibleSubjects.length === 0);
  });

  it('reports the subjects that need more than the lever allows, with their shortfall', async () => {
    const d = await load();
    const target = { maxShortagePct: 1, fromYear: 2030 };
    const r = requiredIntake(d, target);
    expect(r.feasible).toBe(false);
    const capped = r.subjects.filter((s) => s.limit === 'lever-range');
    expect(capped.map((s) => s.subject)).toContain('vso-ke');
    const p = project(d, { scenario: r.scenario });
    for (const s of capped) {
      expect(s.pct).toBe(LEVERS.intakeChangePct.max);
      expect(s.neededExtraIntake).toBeGreaterThan(s.maxExtraIntake);
      let worst = -Infinity;
      for (let y = 2030; y <= 2040; y++) {
        const sel = { level: 'region' as const, unit: 'R01', subject: s.subject };
        worst = Math.max(worst, p.value('total_shortage_fte', y, sel) - 0.01 * p.value('demand_fte', y, sel));
      }
      expect(s.shortfallFte).toBeCloseTo(worst, 6);
    }
  });
});
