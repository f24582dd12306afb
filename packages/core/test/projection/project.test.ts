import { describe, expect, it } from 'vitest';
import { project, MEASURES } from '../../src/index.js';
import { tinyDataset, tinyParams } from '../fixtures/tiny.js';
import { rowsOf } from '../fixtures/rows.js';

// Expected values are worked out by hand from tinyParams() (see docs/model.md, "Worked example").
describe('project(tiny, { params, horizon: 2 })', () => {
  const p = project(tinyDataset(), { params: tinyParams(), horizon: 2 });
  const at = (
    measure: Parameters<typeof p.value>[0],
    year: number,
    unit = 'L1',
    subject = 'vo-wi',
    level: 'location' | 'board' | 'cluster' | 'region' = 'location',
  ) => p.value(measure, year, { level, unit, subject });

  it('computes demand as pupils ÷ ratio × lesson share', () => {
    // L1: 200/10 = 20 → wi 10, en 10; 2026: 220/10 = 22 → 11; 2027: 240/10 = 24 → 12. L2: 400/20 = 20 → en 12; 2027: 360/20 · 0.6 = 10.8.
    expect(at('demand_fte', 2025)).toBeCloseTo(10, 10);
    expect(at('demand_fte', 2026)).toBeCloseTo(11, 10);
    expect(at('demand_fte', 2027)).toBeCloseTo(12, 10);
    expect(at('demand_fte', 2027, 'L2', 'vo-en')).toBeCloseTo(10.8, 10);
    expect(p.value('demand_fte', 2026)).toBeCloseTo(42, 10);
    expect(p.value('expansion_demand_fte', 2026)).toBeCloseTo(2, 10);
  });

  it('applies exits and pension, then fills openings: binding first, then the pool', () => {
    // L1 wi 2026: exits 0.1·(8 + 2) = 1; 65+ left 1.8, pension 0.9; after = 7.2 + 0.9 = 8.1; opening 11 − 8.1 = 2.9.
    expect(at('outflow_other_fte', 2026)).toBeCloseTo(1, 10);
    expect(at('outflow_pension_fte', 2026)).toBeCloseTo(0.9, 10);
    // Cohort 2025: 10 · 0.8 = 8 graduates; 4 placed at B1 · 0.5 = 2 bound; pool 0.5 · (8 − 2) = 3.
    expect(at('inflow_own_placement_fte', 2026)).toBeCloseTo(2, 10);
    expect(at('inflow_other_graduate_fte', 2026)).toBeCloseTo(0.9, 10);
    expect(at('inflow_other_graduate_fte', 2026, 'L2')).toBeCloseTo(0.8, 10);
    expect(at('supply_fte', 2026)).toBeCloseTo(11, 10);
    expect(at('total_shortage_fte', 2026)).toBeCloseTo(0, 10);
  });

  it('shares a short pool in proportion to the openings', () => {
    // en 2026: openings L1 11 − 9 = 2, L2 12 − 10.8 = 1.2; pool 0.8 + 0.8 = 1.6 → fill 1.6 / 3.2 = 0.5.
    expect(at('inflow_lateral_entrant_fte', 2026, 'L1', 'vo-en')).toBeCloseTo(0.5, 10);
    expect(at('inflow_returner_fte', 2026, 'L1', 'vo-en')).toBeCloseTo(0.5, 10);
    expect(at('total_shortage_fte', 2026, 'L1', 'vo-en')).toBeCloseTo(1, 10);
    expect(at('hidden_shortage_fte', 2026, 'L1', 'vo-en')).toBeCloseTo(0.5, 10);
    expect(at('unfilled_fte', 2026, 'L1', 'vo-en')).toBeCloseTo(0.5, 10);
    expect(at('total_shortage_fte', 2026, 'L2', 'vo-en')).toBeCloseTo(0.6, 10);
    expect(p.value('total_shortage_fte', 2026)).toBeCloseTo(1.6, 10);
    expect(p.value('shortage_pct', 2026)).toBeCloseTo((100 * 1.6) / 42, 10);
  });

  it('carries hires of one year into the next year’s stock', () => {
    // L1 wi 2027: stock 7.2 (40-44), 0.9 (65+), 2.9 (<25); exits 1.1; pension 0.5 · 0.81 = 0.405; after 9.495;
    // opening 2.505: 2 bound, 0.505 from the pool.
    expect(at('outflow_other_fte', 2027)).toBeCloseTo(1.1, 10);
    expect(at('outflow_pension_fte', 2027)).toBeCloseTo(0.405, 10);
    expect(at('inflow_other_graduate_fte', 2027)).toBeCloseTo(0.505, 10);
    expect(at('supply_fte', 2027)).toBeCloseTo(12, 10);
    // en 2027: openings L1 12 − 9 = 3, L2 10.8 − 10.26 = 0.54; fill 1.6 / 3.54.
    expect(at('total_shortage_fte', 2027, 'L1', 'vo-en')).toBeCloseTo(3 - (3 * 1.6) / 3.54, 10);
    expect(at('total_shortage_fte', 2027, 'L2', 'vo-en')).toBeCloseTo(0.54 - (0.54 * 1.6) / 3.54, 10);
    expect(p.value('total_shortage_fte', 2027)).toBeCloseTo(1.94, 10);
    expect(p.value('supply_fte', 2027)).toBeCloseTo(40.06, 10);
    expect(p.value('outflow_fte', 2027)).toBeCloseTo(4.445, 10);
    expect(p.value('replacement_demand_fte', 2027)).toBeCloseTo(4.445, 10);
    expect(p.value('inflow_fte', 2027)).toBeCloseTo(4.105, 10);
  });

  it('adds locations up to boards, clusters and the region, and subjects to the total', () => {
    expect(p.value('supply_fte', 2027, { level: 'board', unit: 'B1' })).toBeCloseTo(
      12 + 9 + (3 * 1.6) / 3.54,
      10,
    );
    expect(p.value('demand_fte', 2027, { level: 'cluster', unit: 'C2' })).toBeCloseTo(18, 10);
    expect(p.value('demand_fte', 2027, { level: 'region', unit: 'R', subject: 'all-vo' })).toBeCloseTo(
      42,
      10,
    );
    expect(p.value('demand_fte', 2027, { level: 'region', unit: 'R', subject: 'vo-wi' })).toBeCloseTo(
      19.2,
      10,
    );
  });

  it('returns a long table with level, unit, subject, year, measure, value', () => {
    const t = p.table();
    expect(t.columnNames()).toEqual(['level', 'unit', 'subject', 'year', 'measure', 'value']);
    expect(new Set(t.array('measure') as string[])).toEqual(new Set(MEASURES));
    const row = rowsOf(t).find(
      (r) =>
        r.level === 'region' && r.subject === 'all' && r.year === 2026 && r.measure === 'total_shortage_fte',
    );
    expect(row?.value).toBeCloseTo(1.6, 10);
  });
});
