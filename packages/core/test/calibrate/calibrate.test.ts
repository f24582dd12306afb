import { describe, expect, it } from 'vitest';
import { calibrate, project, withParams } from '../../src/index.js';
import { tinyDataset } from '../fixtures/tiny.js';

// Expected values worked out by hand from the rows of tinyDataset().
describe('calibrate(tiny)', () => {
  const p = calibrate(tinyDataset());

  it('estimates exit rates as leavers ÷ last year’s stock (FTE)', () => {
    // other leavers 40-44: 0.8 + 1.2 (2024) + 1.0 (2025) = 3; stock 40-44 in 2023 and 2024: 38 + 38 = 76.
    expect(p.exitRate.vo['40-44']).toBeCloseTo(3 / 76, 12);
    // pension 1.0 in 2025 over the 65+ stock of 2023 and 2024: 2 + 2.
    expect(p.pensionRate.vo).toBeCloseTo(0.25, 12);
  });

  it('estimates binding, completion and entry rates', () => {
    expect(p.bindingRate.B1).toBeCloseTo(4 / 8, 12); // own hires 2 + 2 ÷ B1-placed graduates 4 + 4
    expect(p.completionRate.I1.P1).toBeCloseTo(16 / 20, 12); // graduates 2024–25 ÷ intake 2023–24
    // other-graduate hires 3 a year ÷ unbound graduates 8 − 0.5 · 4 = 6.
    expect(p.entryRate.I1.P1).toBeCloseTo(0.5, 6);
    expect(p.placementShare['I1|P1|vo-wi']).toEqual({ B1: 0.5, '': 0.5 });
    expect(p.intakeLevel['I1|P1|vo-wi']).toBeCloseTo(10, 12);
  });

  it('estimates lesson shares, ratios, the hidden share and inflow levels', () => {
    // Base-year demand shares: L2 en 12 of 8 + 12; L1 en 10 + 75/750 + 0.1 = 10.2 of 10 + 10.2.
    expect(p.lessonShare.L2['vo-en']).toBeCloseTo(0.6, 12);
    expect(p.lessonShare.L1['vo-en']).toBeCloseTo(10.2 / 20.2, 12);
    expect(p.lessonShare.L1['vo-wi']).toBeCloseTo(10 / 20.2, 12);
    // L1 demand 2025: 8 + 2 + 10 qualified + 75/750 unqualified + 0.1 unfilled = 20.2.
    expect(p.pupilTeacherRatio.L1).toBeCloseTo(200 / 20.2, 12);
    // Base year: unqualified 0.1 FTE, unfilled 0.1 FTE.
    expect(p.hiddenShare.L1['vo-en']).toBeCloseTo(0.5, 12);
    expect(p.inflowLevel.lateral_entrant['vo-en']).toBeCloseTo(0.9 / 3, 12);
    expect(p.startFte.other_graduate).toBeCloseTo(((1 + 1.6) * 2) / 6, 12);
    expect(p.ftePerHead.vo['65+']).toBeCloseTo(0.5, 12);
  });

  it('withParams(params, override) overrides any parameter without changing the input', () => {
    const q = withParams(p, { bindingRate: { B1: 0.9 }, exitRate: { vo: { '<25': 0.2 } } });
    expect(q.bindingRate.B1).toBe(0.9);
    expect(q.bindingRate.B2).toBe(p.bindingRate.B2);
    expect(q.exitRate.vo['<25']).toBe(0.2);
    expect(q.exitRate.vo['40-44']).toBe(p.exitRate.vo['40-44']);
    expect(p.bindingRate.B1).toBeCloseTo(0.5, 12);
    const a = project(tinyDataset(), { horizon: 2 });
    const b = project(tinyDataset(), { horizon: 2, params: { bindingRate: { B1: 0 } } });
    expect(b.value('inflow_own_placement_fte', 2026)).toBe(0);
    expect(a.value('inflow_own_placement_fte', 2026)).toBeGreaterThan(0);
  });

  it('project(tiny) with calibrated params reproduces the observed base year in every leaf', () => {
    // 2025: L1 en demand 10.2 vs qualified 10 → shortage 0.2 = 0.1 hidden + 0.1 unfilled; the others have none.
    const q = project(tinyDataset(), { horizon: 2 });
    const at = (
      m: 'demand_fte' | 'total_shortage_fte' | 'hidden_shortage_fte' | 'unfilled_fte',
      unit: string,
      subject: string,
    ) => q.value(m, 2025, { level: 'location', unit, subject });
    expect(at('demand_fte', 'L1', 'vo-en')).toBeCloseTo(10.2, 10);
    expect(at('demand_fte', 'L1', 'vo-wi')).toBeCloseTo(10, 10);
    expect(at('demand_fte', 'L2', 'vo-en')).toBeCloseTo(12, 10);
    expect(at('demand_fte', 'L2', 'vo-wi')).toBeCloseTo(8, 10);
    expect(at('total_shortage_fte', 'L1', 'vo-en')).toBeCloseTo(0.2, 10);
    expect(at('hidden_shortage_fte', 'L1', 'vo-en')).toBeCloseTo(0.1, 10);
    expect(at('unfilled_fte', 'L1', 'vo-en')).toBeCloseTo(0.1, 10);
    expect(q.value('total_shortage_fte', 2025)).toBeCloseTo(0.2, 10);
  });
});
