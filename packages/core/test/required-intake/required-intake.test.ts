import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LEVERS, project, requiredIntake, validateScenario } from '../../src/index.js';
import type { IntakeTarget, Projection } from '../../src/index.js';
import { tinyDataset, tinyParams } from '../fixtures/tiny.js';
import { arbitraryCase } from '../fixtures/arbitrary.js';

/** Largest excess of a subject's shortage over its share of the target in the target years, read from a projection. */
function subjectExcess(p: Projection, target: IntakeTarget, subject: string, lastYear: number): number {
  const level = target.level ?? 'region';
  const unit = level === 'cluster' ? target.unit! : 'R';
  let worst = -Infinity;
  for (let y = target.fromYear; y <= lastYear; y++) {
    const short = p.value('total_shortage_fte', y, { level, unit, subject });
    const dem = p.value('demand_fte', y, { level, unit, subject });
    const all = p.value('demand_fte', y, { level, unit });
    let cap = Infinity;
    if (target.maxShortagePct !== undefined) cap = (target.maxShortagePct / 100) * dem;
    if (target.maxShortageFte !== undefined)
      cap = Math.min(cap, all > 0 ? (target.maxShortageFte * dem) / all : 0);
    worst = Math.max(worst, short - cap);
  }
  return worst;
}

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

  it('reports a target that needs more than the lever allows as infeasible, with the shortage left at the range maximum', () => {
    // vo-wi has 0.1 students a year: the lever allows at most +1000 % = 1 extra student a year, 0.8 graduates in 2027
    // (L = 1). A 1 % target (0.192 FTE of the 19.2 FTE of vo-wi demand in 2027) needs more than that.
    const params = tinyParams();
    params.intakeLevel = { 'I1|P1|vo-wi': 0.1 };
    const data = tinyDataset();
    const target = { maxShortagePct: 1, fromYear: 2027 };
    const options = { params, horizon: 2 };
    const r = requiredIntake(data, target, options);
    const wi = r.subjects.find((s) => s.subject === 'vo-wi')!;
    const en = r.subjects.find((s) => s.subject === 'vo-en')!;
    expect(wi).toMatchObject({ feasible: false, limit: 'lever-range', pct: LEVERS.intakeChangePct.max });
    expect(wi.intakeLevel).toBeCloseTo(0.1, 12);
    expect(wi.maxExtraIntake).toBeCloseTo(1, 12);
    expect(wi.extraIntake).toBeCloseTo(1, 12);
    expect(wi.neededExtraIntake).toBeGreaterThan(1);
    expect(en).toMatchObject({ feasible: false, limit: 'no-programme', pct: 0 });
    expect(r.feasible).toBe(false);
    expect(r.infeasibleSubjects).toEqual(['vo-wi', 'vo-en']);
    expect(r.summary).toMatch(/intake alone cannot meet the target/);
    expect(r.scenario).toEqual({ intakeChangePct: [{ subject: 'vo-wi', pct: 1000 }] });
    expect(() => validateScenario(r.scenario)).not.toThrow();

    // Independently: the shortage left when the returned scenario (the range's maximum) is projected, and what the
    // needed intake gives.
    const atMax = project(data, { ...options, scenario: r.scenario });
    const sel = { level: 'region' as const, unit: 'R', subject: 'vo-wi' };
    const left = atMax.value('total_shortage_fte', 2027, sel);
    expect(wi.shortfallFte).toBeCloseTo(left - 0.192, 9);
    const leftEn = atMax.value('total_shortage_fte', 2027, { ...sel, subject: 'vo-en' });
    expect(en.shortfallFte).toBeCloseTo(leftEn - 0.228, 9); // 1 % of vo-en's 22.8 FTE
    expect(r.shortfallFte).toBeCloseTo(wi.shortfallFte + en.shortfallFte, 9);
    const needed = project(data, {
      params: { ...params, intakeLevel: { 'I1|P1|vo-wi': 0.1 + (wi.neededExtraIntake ?? 0) } },
      horizon: 2,
    });
    expect(needed.value('total_shortage_fte', 2027, sel)).toBeLessThanOrEqual(0.192 + 1e-6);
  });

  it('expresses the intake change on top of a base scenario’s intake change', () => {
    // With a base scenario of −50 %, vo-wi's intake is 5 a year; the answer must be a percent of those 5.
    const params = tinyParams();
    params.intakeLevel = { 'I1|P1|vo-wi': 1 };
    const scenario = { intakeChangePct: -50 };
    const target = { maxShortagePct: 5, fromYear: 2027 };
    const r = requiredIntake(tinyDataset(), target, { params, horizon: 2, scenario });
    const wi = r.subjects.find((s) => s.subject === 'vo-wi')!;
    expect(wi.intakeLevel).toBeCloseTo(0.5, 12);
    expect(wi.feasible).toBe(true);
    expect(wi.pct).toBeCloseTo((100 * wi.extraIntake) / 0.5, 9);
    const p = project(tinyDataset(), { params, horizon: 2, scenario: r.scenario });
    expect(subjectExcess(p, target, 'vo-wi', 2027)).toBeLessThanOrEqual(1e-9);
  });

  it('returns a scenario that project accepts, and meets the target or leaves exactly the reported shortfall', () => {
    const targetArb = fc.record({
      kind: fc.constantFrom('pct', 'fte'),
      amount: fc.double({ min: 0, max: 15, noNaN: true }),
      fromYear: fc.integer({ min: 2026, max: 2029 }),
      cluster: fc.constantFrom(undefined, 'C1', 'C2'),
      prior: fc.option(fc.double({ min: -90, max: 300, noNaN: true }), { nil: undefined }),
      maxExtraIntake: fc.constantFrom(5, 50, 5000),
    });
    fc.assert(
      fc.property(arbitraryCase, targetArb, ({ data, params }, t) => {
        const target: IntakeTarget = {
          fromYear: t.fromYear,
          ...(t.kind === 'pct' ? { maxShortagePct: t.amount } : { maxShortageFte: t.amount }),
          ...(t.cluster ? { level: 'cluster' as const, unit: t.cluster } : {}),
        };
        const scenario = t.prior === undefined ? undefined : { intakeChangePct: t.prior };
        const options = { params, horizon: 4, scenario, maxExtraIntake: t.maxExtraIntake };
        const r = requiredIntake(data, target, options);
        validateScenario(r.scenario);
        const p = project(data, { params, horizon: 4, scenario: r.scenario }); // never throws
        for (const s of r.subjects) {
          expect(s.pct).toBeLessThanOrEqual(LEVERS.intakeChangePct.max);
          expect(s.extraIntake).toBeLessThanOrEqual(s.maxExtraIntake + 1e-9);
          const e = subjectExcess(p, target, s.subject, 2029);
          if (s.feasible) expect(e).toBeLessThanOrEqual(1e-6);
          else {
            expect(s.shortfallFte).toBeGreaterThan(0);
            expect(s.shortfallFte).toBeCloseTo(e, 6);
          }
        }
        expect(r.feasible).toBe(r.subjects.every((s) => s.feasible));
        expect(r.shortfallFte).toBeCloseTo(
          r.subjects.reduce((a, s) => a + s.shortfallFte, 0),
          9,
        );
      }),
    );
  });
});
