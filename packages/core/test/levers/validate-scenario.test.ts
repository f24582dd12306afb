import { describe, expect, it } from 'vitest';
import { validateScenario, runScenario, project, LEVERS } from '../../src/index.js';
import { tinyDataset, tinyParams } from '../fixtures/tiny.js';
import { rowsOf } from '../fixtures/rows.js';

describe('validateScenario(scenario)', () => {
  it('accepts every lever within its range and is JSON-serialisable', () => {
    const s = {
      name: 'all levers',
      intakeChangePct: [{ institute: 'I1', subject: 'vo-wi', pct: 20 }],
      completionRatePp: 5,
      bindingRatePp: 10,
      entryRatePp: -5,
      earlyCareerExitReductionPct: 25,
      ftePerTeacherChange: 0.05,
      workingLongerYears: 1,
      extraLateralEntrantsFte: 3,
      pupilTeacherRatioChange: -0.5,
      pupilForecastVariant: 'high' as const,
      boardsJoining: ['B2'],
    };
    expect(validateScenario(JSON.parse(JSON.stringify(s)))).toEqual(s);
  });
  it('names the lever, the value and the allowed range', () => {
    expect(() => validateScenario({ bindingRatePp: 80 })).toThrow(
      'scenario lever bindingRatePp: 80 is outside the allowed range -50 to 50 (percentage points)',
    );
    expect(() => validateScenario({ intakeChangePct: [{ pct: -150 }] })).toThrow(
      'scenario lever intakeChangePct[0].pct: -150 is outside the allowed range -100 to 1000 (%)',
    );
    expect(() => validateScenario({ workingLongerYears: '2' })).toThrow(
      'scenario lever workingLongerYears: "2" is outside the allowed range 0 to 5 (years)',
    );
    expect(() => validateScenario({ pupilForecastVariant: 'max' })).toThrow(
      'scenario lever pupilForecastVariant: "max" is not one of low, mid, high',
    );
    expect(() => validateScenario({ speed: 1 })).toThrow('scenario lever speed: unknown lever');
  });
  it('lists a unit and a range for every numeric lever', () => {
    for (const spec of Object.values(LEVERS)) expect(spec.min).toBeLessThan(spec.max);
  });
});

describe('runScenario(data, scenario, options)', () => {
  const params = tinyParams();
  const run = (s: Parameters<typeof runScenario>[1]) => runScenario(tinyDataset(), s, { params, horizon: 2 });

  it('binding +50 pp doubles B1’s bound graduates (0.5 → 1: 4 placed → 4 bound)', () => {
    const { scenario } = run({ bindingRatePp: 50 });
    // 2026: B1 opening for vo-wi is 2.9; 4 candidates → 2.9 hired.
    expect(
      scenario.value('inflow_own_placement_fte', 2026, { level: 'board', unit: 'B1', subject: 'vo-wi' }),
    ).toBeCloseTo(2.9, 10);
  });
  it('pupil-teacher ratio +10 (L1 10 → 20) halves L1’s demand from 2026', () => {
    const { scenario, difference } = run({ pupilTeacherRatioChange: 5 });
    expect(scenario.value('demand_fte', 2026, { level: 'location', unit: 'L1' })).toBeCloseTo(220 / 15, 10);
    expect(scenario.value('demand_fte', 2025, { level: 'location', unit: 'L1' })).toBeCloseTo(20, 10);
    const row = rowsOf(difference).find(
      (r) =>
        r.level === 'location' &&
        r.unit === 'L2' &&
        r.subject === 'all' &&
        r.year === 2026 &&
        r.measure === 'demand_fte',
    );
    expect(row?.value).toBeCloseTo(400 / 25 - 20, 10);
  });
  it('a low pupil forecast uses the low variant (0.9 × mid in the fixture)', () => {
    const { scenario } = run({ pupilForecastVariant: 'low' });
    expect(scenario.value('demand_fte', 2026)).toBeCloseTo(0.9 * 42, 10);
  });
  it('working one year longer lowers the pension rate 0.5 → 1 / (1/0.5 + 1) = 1/3', () => {
    const { scenario } = run({ workingLongerYears: 1 });
    expect(scenario.value('outflow_pension_fte', 2026)).toBeCloseTo(1.8 / 3, 10);
  });
  it('extra lateral entrants go to the subjects with lateral entrants (all to vo-en here)', () => {
    const { scenario } = run({ extraLateralEntrantsFte: 10 });
    // en: the lateral level 0.8 + 10 = 13.5 × the calibrated 0.8 scales its half of the hazard −ln 0.5: openings
    // 2 + 1.2 stay open with probability 0.5^(13.5·0.5 + 0.5) = 0.5^7.25, half of that unqualified.
    expect(
      scenario.value('total_shortage_fte', 2026, { level: 'region', unit: 'R', subject: 'vo-en' }),
    ).toBeCloseTo(3.2 * 0.5 ** 7.25, 10);
    expect(
      scenario.value('inflow_lateral_entrant_fte', 2026, { level: 'region', unit: 'R', subject: 'vo-en' }),
    ).toBeCloseTo((3.2 * (1 - 0.5 ** 7.25) * 6.75) / 7.25, 10);
  });
  it('a joining board receives placements and binds at the members’ rate', () => {
    const { scenario } = run({ boardsJoining: ['B2'] });
    // vo-wi: member demand B1 10, joiner B2 8 → B2 gets 0.5 · 8/18 of the graduates, B1 0.5 · 10/18; B2 binds at 0.5.
    // 2026: B2's opening 0.8 ≤ 8 · (0.5 · 8/18) · 0.5 = 0.889 bound candidates.
    expect(
      scenario.value('inflow_own_placement_fte', 2026, { level: 'board', unit: 'B2', subject: 'vo-wi' }),
    ).toBeCloseTo(0.8, 10);
    expect(() => project(tinyDataset(), { params, horizon: 2, scenario: { boardsJoining: ['B9'] } })).toThrow(
      'boardsJoining: unknown board "B9"',
    );
  });
  it('+0.1 FTE per teacher raises the stock once, as negative hours outflow', () => {
    const { scenario } = run({ ftePerTeacherChange: 0.1 });
    // ftePerHead is 1 in every band, so the factor is 1.1 on the stock after exits (2026: 36 − 3.6 − 0.9 = 35.1... see below).
    // stock after exits and pension: L1 wi 8.1, L2 wi 7.2, L1 en 9, L2 en 10.8 = 35.1 → hours outflow −3.51.
    expect(scenario.value('outflow_hours_fte', 2026)).toBeCloseTo(-3.51, 10);
  });
});
