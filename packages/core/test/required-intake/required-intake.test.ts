import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { project, requiredIntake } from '../../src/index.js';
import { tinyDataset, tinyParams } from '../fixtures/tiny.js';
import { arbitraryCase } from '../fixtures/arbitrary.js';

fc.configureGlobal({ seed: 20251001, numRuns: 40 });

describe('requiredIntake(data, target, options)', () => {
  it('says when the target year comes before extra intake can graduate', () => {
    const params = tinyParams();
    params.studyLength = { P1: 4 };
    const r = requiredIntake(tinyDataset(), { maxShortageFte: 0, fromYear: 2027 }, { params, horizon: 3 });
    expect(r.feasible).toBe(false);
    const wi = r.subjects.find((s) => s.subject === 'vo-en');
    expect(wi?.feasible).toBe(false);
    expect(wi?.reason).toMatch(/no teacher-training programme/);
    expect(r.shortfallFte).toBeGreaterThan(0);
  });

  it('reports no extra intake when the target is already met', () => {
    const r = requiredIntake(
      tinyDataset(),
      { maxShortagePct: 50, fromYear: 2026 },
      { params: tinyParams(), horizon: 2 },
    );
    expect(r.feasible).toBe(true);
    expect(r.totalExtraIntake).toBe(0);
  });

  it('the required intake, applied as a scenario, meets the target', () => {
    fc.assert(
      fc.property(arbitraryCase, fc.double({ min: 0, max: 10, noNaN: true }), ({ data, params }, pct) => {
        const target = { maxShortagePct: pct, fromYear: 2027 };
        const r = requiredIntake(data, target, { params, horizon: 4, maxExtraIntake: 300 });
        if (!r.feasible) return r.shortfallFte > 0;
        if (r.subjects.some((s) => s.pct > 1000)) return true; // beyond the lever's range
        const p = project(data, { params, horizon: 4, scenario: r.scenario });
        for (let y = 2027; y <= 2029; y++) {
          for (const s of ['vo-wi', 'vo-en']) {
            const sel = { level: 'region' as const, unit: 'R', subject: s };
            if (p.value('total_shortage_fte', y, sel) > (pct / 100) * p.value('demand_fte', y, sel) + 1e-6)
              return false;
          }
        }
        return true;
      }),
    );
  });
});
