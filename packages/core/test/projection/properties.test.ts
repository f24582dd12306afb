import { describe, it } from 'vitest';
import fc from 'fast-check';
import { project, runScenario, MEASURES, LEAF_MEASURES } from '../../src/index.js';
import type { Params, Projection } from '../../src/index.js';
import { arbitraryCase } from '../fixtures/arbitrary.js';

fc.configureGlobal({ seed: 20251001, numRuns: 150 });
const H = 5;
const close = (a: number, b: number, eps = 1e-9) =>
  Math.abs(a - b) <= eps * Math.max(1, Math.abs(a), Math.abs(b));

function regionSeries(p: Projection, m: Parameters<Projection['series']>[0]) {
  return p.series(m, { level: 'region', unit: 'R' });
}

describe('project(data, { params, horizon }) properties', () => {
  it('conserves the stock: supply(t) = supply(t−1) − outflow(t) + inflow(t) in every leaf', () => {
    fc.assert(
      fc.property(arbitraryCase, ({ data, params }) => {
        const p = project(data, { params, horizon: H });
        const v = p.result.values;
        const n = p.model.nLeaf;
        for (let t = 1; t <= H; t++) {
          for (let c = 0; c < n; c++) {
            const i = t * n + c;
            const out = v.outflow_pension_fte[i] + v.outflow_other_fte[i] + v.outflow_hours_fte[i];
            const inn =
              v.inflow_own_placement_fte[i] +
              v.inflow_other_graduate_fte[i] +
              v.inflow_lateral_entrant_fte[i] +
              v.inflow_returner_fte[i] +
              v.inflow_other_fte[i];
            if (!close(v.supply_fte[i], v.supply_fte[i - n] - out + inn)) return false;
            let age = 0;
            for (let a = 0; a < 10; a++) age += p.result.stockByAge[i * 10 + a];
            if (!close(age, v.supply_fte[i])) return false;
          }
        }
        return true;
      }),
    );
  });

  it('adds up: locations to boards to clusters to the region, subjects to the total', () => {
    fc.assert(
      fc.property(arbitraryCase, ({ data, params }) => {
        const p = project(data, { params, horizon: H });
        for (const m of MEASURES) {
          if (m === 'shortage_pct') continue;
          for (const y of p.years) {
            const region = p.value(m, y, { level: 'region', unit: 'R' });
            const boards = ['B1', 'B2'].reduce((s, b) => s + p.value(m, y, { level: 'board', unit: b }), 0);
            const clusters = ['C1', 'C2'].reduce(
              (s, c) => s + p.value(m, y, { level: 'cluster', unit: c }),
              0,
            );
            const locations = ['L1', 'L2', 'L3'].reduce(
              (s, l) => s + p.value(m, y, { level: 'location', unit: l }),
              0,
            );
            const subjects = ['vo-wi', 'vo-en'].reduce(
              (s, x) => s + p.value(m, y, { level: 'region', unit: 'R', subject: x }),
              0,
            );
            if (![boards, clusters, locations, subjects].every((x) => close(x, region))) return false;
          }
        }
        return true;
      }),
    );
  });

  it('splits the total shortage into hidden and unfilled, never below zero', () => {
    fc.assert(
      fc.property(arbitraryCase, ({ data, params }) => {
        const v = project(data, { params, horizon: H }).result.values;
        for (let i = 0; i < v.total_shortage_fte.length; i++) {
          if (v.total_shortage_fte[i] < 0 || v.hidden_shortage_fte[i] < 0 || v.unfilled_fte[i] < -1e-12)
            return false;
          if (!close(v.hidden_shortage_fte[i] + v.unfilled_fte[i], v.total_shortage_fte[i])) return false;
          if (!close(v.total_shortage_fte[i], Math.max(0, v.demand_fte[i] - v.supply_fte[i]))) return false;
        }
        return true;
      }),
    );
  });

  it('more intake never raises the shortage (any leaf, any year)', () => {
    fc.assert(
      fc.property(arbitraryCase, fc.double({ min: 0, max: 200, noNaN: true }), ({ data, params }, pct) => {
        const a = project(data, { params, horizon: H });
        const b = project(data, { params, horizon: H, scenario: { intakeChangePct: pct } });
        const x = a.result.values.total_shortage_fte;
        const y = b.result.values.total_shortage_fte;
        for (let i = 0; i < x.length; i++) if (y[i] > x[i] + 1e-9) return false;
        return true;
      }),
    );
  });

  const sharedAgeProfile = (p: Params) =>
    Object.fromEntries(Object.keys(p.inflowAgeShare).map((k) => [k, p.inflowAgeShare.own_placement]));
  const addingLevers = {
    intakeChangePct: fc.double({ min: 0, max: 200, noNaN: true }),
    completionRatePp: fc.double({ min: 0, max: 50, noNaN: true }),
    bindingRatePp: fc.double({ min: 0, max: 50, noNaN: true }),
    entryRatePp: fc.double({ min: 0, max: 50, noNaN: true }),
    earlyCareerExitReductionPct: fc.double({ min: 0, max: 100, noNaN: true }),
    workingLongerYears: fc.double({ min: 0, max: 5, noNaN: true }),
    extraLateralEntrantsFte: fc.double({ min: 0, max: 50, noNaN: true }),
  };
  for (const [lever, values] of Object.entries(addingLevers)) {
    it(`project(data, { scenario: { ${lever} ≥ 0 } }) never raises the shortage (any leaf, any year)`, () => {
      fc.assert(
        fc.property(arbitraryCase, values, ({ data, params: p }, x) => {
          // Hires of every source share one age profile, as calibrate estimates it (hires carry no age).
          const params = { ...p, inflowAgeShare: sharedAgeProfile(p) };
          const a = project(data, { params, horizon: H });
          const b = project(data, { params, horizon: H, scenario: { [lever]: x } });
          const before = a.result.values.total_shortage_fte;
          const after = b.result.values.total_shortage_fte;
          for (let i = 0; i < before.length; i++) if (after[i] > before[i] + 1e-9) return false;
          return true;
        }),
        { numRuns: 300 },
      );
    });
  }

  it('working later never raises the cumulative outflow, and never the outflow in the first year', () => {
    fc.assert(
      fc.property(arbitraryCase, fc.double({ min: 0, max: 5, noNaN: true }), ({ data, params }, years) => {
        const a = regionSeries(project(data, { params, horizon: H }), 'outflow_fte');
        const b = regionSeries(
          project(data, { params, horizon: H, scenario: { workingLongerYears: years } }),
          'outflow_fte',
        );
        if (b[1] > a[1] + 1e-9) return false;
        let ca = 0;
        let cb = 0;
        for (let t = 1; t <= H; t++) {
          ca += a[t];
          cb += b[t];
          if (cb > ca + 1e-9) return false;
        }
        return true;
      }),
    );
  });

  it('an empty scenario equals the baseline exactly', () => {
    fc.assert(
      fc.property(arbitraryCase, ({ data, params }) => {
        const { baseline, scenario, difference } = runScenario(data, {}, { params, horizon: 3 });
        for (const m of LEAF_MEASURES) {
          const x = baseline.result.values[m];
          const y = scenario.result.values[m];
          for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
        }
        return (difference.array('value') as Float64Array).every((v) => v === 0);
      }),
      { numRuns: 30 },
    );
  });
});
