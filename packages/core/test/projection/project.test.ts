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

  // vo-wi graduates: cohort 2025 (and the intake level 10 after it) · completion 0.8 = 8; 4 placed at B1 · binding 0.5
  // = 2 bound; the pool 0.5 · (8 − 2) = 3 FTE of candidates fills O·(1 − exp(−3/O)) of the subject's openings O.
  const wiFill2026 = 1 - Math.exp(-3 / 1.7);

  it('applies exits and pension, then fills openings: binding first, then graduates as far as candidates reach', () => {
    // L1 wi 2026: exits 0.1·(8 + 2) = 1; 65+ left 1.8, pension 0.9; after = 7.2 + 0.9 = 8.1; opening 11 − 8.1 = 2.9.
    expect(at('outflow_other_fte', 2026)).toBeCloseTo(1, 10);
    expect(at('outflow_pension_fte', 2026)).toBeCloseTo(0.9, 10);
    // 2 bound hires fill 2 of L1's 2.9; openings left L1 0.9, L2 8 − 7.2 = 0.8: O = 1.7.
    expect(at('inflow_own_placement_fte', 2026)).toBeCloseTo(2, 10);
    expect(at('inflow_other_graduate_fte', 2026)).toBeCloseTo(0.9 * wiFill2026, 10);
    expect(at('inflow_other_graduate_fte', 2026, 'L2')).toBeCloseTo(0.8 * wiFill2026, 10);
    expect(at('supply_fte', 2026)).toBeCloseTo(8.1 + 2 + 0.9 * wiFill2026, 10);
    // What graduates leave open: half taken by unqualified staff (hidden), half unfilled.
    expect(at('total_shortage_fte', 2026)).toBeCloseTo(0.9 * (1 - wiFill2026), 10);
    expect(at('hidden_shortage_fte', 2026)).toBeCloseTo(0.45 * (1 - wiFill2026), 10);
  });

  it('fills openings at the fill rate per opening; unqualified staff take half of the rest', () => {
    // en 2026: openings L1 11 − 9 = 2, L2 12 − 10.8 = 1.2; fill rate 0.5, lateral entrants and returners half each.
    expect(at('inflow_lateral_entrant_fte', 2026, 'L1', 'vo-en')).toBeCloseTo(0.5, 10);
    expect(at('inflow_returner_fte', 2026, 'L1', 'vo-en')).toBeCloseTo(0.5, 10);
    expect(at('total_shortage_fte', 2026, 'L1', 'vo-en')).toBeCloseTo(1, 10);
    expect(at('hidden_shortage_fte', 2026, 'L1', 'vo-en')).toBeCloseTo(0.5, 10);
    expect(at('unfilled_fte', 2026, 'L1', 'vo-en')).toBeCloseTo(0.5, 10);
    expect(at('total_shortage_fte', 2026, 'L2', 'vo-en')).toBeCloseTo(0.6, 10);
    const total = 1.6 + 1.7 * (1 - wiFill2026);
    expect(p.value('total_shortage_fte', 2026)).toBeCloseTo(total, 10);
    expect(p.value('shortage_pct', 2026)).toBeCloseTo((100 * total) / 42, 10);
  });

  it('carries hires and unqualified staff of one year into the next', () => {
    // L1 wi 2027: stock 7.2 (40-44), 0.9 (65+), 2 + 0.9·fill (<25); exits 0.1 of it; pension 0.5 · 0.81 = 0.405.
    const young = 2 + 0.9 * wiFill2026;
    const afterL1 = 6.48 + 0.405 + 0.9 * young;
    expect(at('outflow_other_fte', 2027)).toBeCloseTo(0.1 * (8.1 + young), 10);
    expect(at('outflow_pension_fte', 2027)).toBeCloseTo(0.405, 10);
    expect(at('inflow_own_placement_fte', 2027)).toBeCloseTo(2, 10);
    // Half of 2026's unqualified staff stay, up to the gap; the rest of the gap opens.
    const uL1 = 0.5 * 0.45 * (1 - wiFill2026);
    const oL1 = 12 - afterL1 - 2 - uL1;
    const afterL2 = 0.9 * (7.2 + 0.8 * wiFill2026);
    const uL2 = 0.5 * 0.4 * (1 - wiFill2026);
    const oL2 = 7.2 - afterL2 - uL2;
    const fill = 1 - Math.exp(-3 / (oL1 + oL2));
    expect(at('inflow_other_graduate_fte', 2027)).toBeCloseTo(oL1 * fill, 10);
    expect(at('total_shortage_fte', 2027)).toBeCloseTo(uL1 + oL1 * (1 - fill), 10);
    expect(at('hidden_shortage_fte', 2027)).toBeCloseTo(uL1 + 0.5 * oL1 * (1 - fill), 10);
    // en 2027: L1 after 9, opening 3, 0.25 unqualified stay, 2.75 opens: 1.375 filled, 0.6875 unqualified, 0.6875 unfilled.
    expect(at('total_shortage_fte', 2027, 'L1', 'vo-en')).toBeCloseTo(1.625, 10);
    expect(at('hidden_shortage_fte', 2027, 'L1', 'vo-en')).toBeCloseTo(0.9375, 10);
    // L2: after 0.9 · 11.4 = 10.26, opening 0.54, 0.15 stay, 0.39 opens: 0.195 filled, shortage 0.345.
    expect(at('total_shortage_fte', 2027, 'L2', 'vo-en')).toBeCloseTo(0.345, 10);
    const total = uL1 + oL1 * (1 - fill) + uL2 + oL2 * (1 - fill) + 1.625 + 0.345;
    expect(p.value('total_shortage_fte', 2027)).toBeCloseTo(total, 10);
    expect(p.value('supply_fte', 2027)).toBeCloseTo(42 - total, 10);
  });

  it('keeps the stock: supply(t) = supply(t − 1) − outflow(t) + inflow(t) at every level', () => {
    for (const level of ['location', 'board', 'region'] as const) {
      const units = level === 'location' ? ['L1', 'L2'] : level === 'board' ? ['B1', 'B2'] : ['R'];
      for (const unit of units) {
        const v = (m: Parameters<typeof p.value>[0], y: number) => p.value(m, y, { level, unit });
        expect(v('supply_fte', 2027)).toBeCloseTo(
          v('supply_fte', 2026) - v('outflow_fte', 2027) + v('inflow_fte', 2027),
          10,
        );
      }
    }
  });

  it('adds locations up to boards, clusters and the region, and subjects to the total', () => {
    expect(p.value('supply_fte', 2027, { level: 'board', unit: 'B1' })).toBeCloseTo(
      at('supply_fte', 2027) + at('supply_fte', 2027, 'L1', 'vo-en'),
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
    expect(row?.value).toBeCloseTo(p.value('total_shortage_fte', 2026), 10);
  });
});
