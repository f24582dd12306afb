import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { explainChange, project, DRIVERS } from '../../src/index.js';
import { tinyDataset, tinyParams } from '../fixtures/tiny.js';
import { arbitraryCase } from '../fixtures/arbitrary.js';
import { rowsOf } from '../fixtures/rows.js';

fc.configureGlobal({ seed: 20251001, numRuns: 100 });

describe('explainChange(projection, options)', () => {
  it('explains the tiny region’s 2026 shortage change by hand', () => {
    const t = explainChange(project(tinyDataset(), { params: tinyParams(), horizon: 2 }));
    const at = (d: string) => rowsOf(t).find((r) => r.year === 2026 && r.driver === d)?.value as number;
    // Demand +2 (L1 pupils +20 at 1/10 FTE per pupil); ratio unchanged.
    expect(at('pupils')).toBeCloseTo(2, 10);
    expect(at('ratio')).toBeCloseTo(0, 10);
    expect(at('pension')).toBeCloseTo(0.9, 10);
    expect(at('other_exits')).toBeCloseTo(0.1 * 40, 10); // 10 % of the whole 2025 stock
    expect(at('inflow_own_placement')).toBeCloseTo(-2, 10);
    // Graduates fill 1 − exp(−3/1.7) of the 1.7 FTE of vo-wi openings left after binding (docs/model.md).
    const fill = 1 - Math.exp(-3 / 1.7);
    expect(at('inflow_other_graduate')).toBeCloseTo(-1.7 * fill, 10);
    expect(at('inflow_lateral_entrant')).toBeCloseTo(-0.8, 10);
    expect(at('inflow_returner')).toBeCloseTo(-0.8, 10);
    // 2 + 0.9 + 4 − 2 − 1.7·fill − 0.8 − 0.8: no leaf is in surplus.
    const total = 1.6 + 1.7 * (1 - fill);
    expect(at('surplus')).toBeCloseTo(0, 10);
    expect(at('total')).toBeCloseTo(total, 10);
    const sum = DRIVERS.reduce((s, d) => s + at(d), 0);
    expect(sum).toBeCloseTo(total, 10);
  });

  it('drivers sum exactly to the change, per cluster and board, every year', () => {
    fc.assert(
      fc.property(
        arbitraryCase,
        fc.constantFrom('region', 'cluster', 'board', 'location') as fc.Arbitrary<
          'region' | 'cluster' | 'board' | 'location'
        >,
        ({ data, params }, level) => {
          const p = project(data, { params, horizon: 4 });
          const rows = rowsOf(explainChange(p, { level }));
          const sums = new Map<string, number>();
          const totals = new Map<string, number>();
          for (const r of rows) {
            const k = `${r.unit}|${r.year}`;
            if (r.driver === 'total') totals.set(k, r.value as number);
            else sums.set(k, (sums.get(k) ?? 0) + (r.value as number));
          }
          for (const [k, total] of totals) {
            const [unit, year] = k.split('|');
            const expected =
              p.value('total_shortage_fte', Number(year), { level, unit }) -
              p.value('total_shortage_fte', Number(year) - 1, { level, unit });
            if (Math.abs(total - expected) > 1e-9 || Math.abs((sums.get(k) ?? 0) - total) > 1e-9)
              return false;
          }
          return totals.size > 0;
        },
      ),
    );
  });
});
