import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  calibrate,
  project,
  toDataset,
  simulate,
  simulationSummary,
  simulationQuantile,
  QUANTILE_NAMES,
  SIMULATION_MEASURES,
} from '../../src/index.js';
import type { Dataset, SimulationResult } from '../../src/index.js';
import { loadDataset } from '../../src/node/index.js';
import { tinyDataset, tinyParams } from '../fixtures/tiny.js';

const dir = join(import.meta.dirname, '..', '..', '..', '..', 'data', 'rotterdam');
const present = existsSync(join(dir, 'datapackage.json'));

function expectOrdered(sim: SimulationResult) {
  const Q = sim.quantiles.length;
  for (let i = 0; i < sim.values.length; i += Q)
    for (let q = 1; q < Q; q++) expect(sim.values[i + q]).toBeGreaterThanOrEqual(sim.values[i + q - 1]);
}

function expectCollapsed(sim: SimulationResult, data: Dataset, options: Parameters<typeof project>[1]) {
  const p = project(data, options);
  const G = sim.groups.length;
  const T = sim.years.length;
  const Q = sim.quantiles.length;
  let worst = 0;
  sim.measures.forEach((m, mi) =>
    sim.groups.forEach((g, gi) => {
      for (let t = 0; t < T; t++) {
        const want = p.value(m, sim.years[t], g);
        for (let q = 0; q < Q; q++) {
          const got = sim.values[((mi * G + gi) * T + t) * Q + q];
          worst = Math.max(worst, Math.abs(got - want) / Math.max(1, Math.abs(want)));
        }
      }
    }),
  );
  // draws are stored as 32-bit floats
  expect(worst).toBeLessThan(1e-6);
}

describe('simulate(tiny, options)', () => {
  const data = tinyDataset();
  const params = tinyParams();

  it('gives the same numbers for the same seed and other numbers for another seed', () => {
    const a = simulate(data, { params, horizon: 2, draws: 200, seed: 11 });
    const b = simulate(data, { params, horizon: 2, draws: 200, seed: 11 });
    const c = simulate(data, { params, horizon: 2, draws: 200, seed: 12 });
    expect(Array.from(b.values)).toEqual(Array.from(a.values));
    expect(Array.from(c.values)).not.toEqual(Array.from(a.values));
  });

  it('returns ordered quantiles p5 ≤ p10 ≤ … ≤ p95 for every measure, unit, subject and year', () => {
    const sim = simulate(data, { params, horizon: 2, draws: 300, measures: [...SIMULATION_MEASURES] });
    expect(sim.values.length).toBe(SIMULATION_MEASURES.length * sim.groups.length * 3 * 7);
    expectOrdered(sim);
  });

  it('collapses onto the deterministic projection with varianceScale 0, also under a scenario', () => {
    const scenario = { bindingRatePp: 10, workingLongerYears: 1, extraLateralEntrantsFte: 2 };
    const sim = simulate(data, {
      params,
      horizon: 2,
      draws: 5,
      varianceScale: 0,
      scenario,
      measures: [...SIMULATION_MEASURES],
    });
    expectCollapsed(sim, data, { params, horizon: 2, scenario });
  });

  it('covers about 80 % and 90 % of outcomes of its own process with the p10–p90 and p5–p95 bands', () => {
    // Outcomes of the model's own process: independent draws (another seed). The region's supply and total
    // shortage are continuous in tiny; demand varies once a forecast vintage can be checked against pupils.
    const checked = toDataset({
      ...data,
      pupil_forecast: [
        ...data.pupil_forecast,
        ...['L1', 'L2'].map((l) => ({
          location_id: l,
          base_year: 2024,
          year: 2025,
          variant: 'mid',
          pupils: 300,
        })),
      ],
    });
    const cases = [
      [data, 'supply_fte'],
      [data, 'total_shortage_fte'],
      [checked, 'demand_fte'],
    ] as const;
    for (const [d, measure] of cases) {
      const bands = simulate(d, { params, horizon: 2, draws: 2000, seed: 1 });
      const truth = simulate(d, { params, horizon: 2, draws: 1000, seed: 2, keepDraws: true });
      const G = truth.groups.length;
      const T = truth.years.length;
      const mi = truth.measures.indexOf(measure);
      const g = truth.groups.findIndex((x) => x.level === 'region' && x.subject === 'all');
      const at = ((mi * G + g) * T + 2) * 1000;
      const draws = truth.samples!.subarray(at, at + 1000);
      const q = (name: 'p5' | 'p10' | 'p90' | 'p95') => simulationQuantile(bands, measure, 2027, name);
      const inside = (lo: number, hi: number) =>
        draws.filter((x) => x >= lo && x <= hi).length / draws.length;
      expect(q('p95')).toBeGreaterThan(q('p5'));
      // binomial standard error √(0.16/1000) ≈ 0.013
      expect(Math.abs(inside(q('p10'), q('p90')) - 0.8)).toBeLessThan(0.05);
      expect(Math.abs(inside(q('p5'), q('p95')) - 0.9)).toBeLessThan(0.04);
    }
  });

  it('reports the probability that the shortage exceeds a threshold, as the share of draws', () => {
    const sim = simulate(data, { params, horizon: 2, draws: 400, thresholdFte: 1.5, keepDraws: true });
    const G = sim.groups.length;
    const T = sim.years.length;
    const mi = sim.measures.indexOf('total_shortage_fte');
    sim.groups.forEach((_, g) => {
      for (let t = 0; t < T; t++) {
        const draws = sim.samples!.subarray(((mi * G + g) * T + t) * 400, ((mi * G + g) * T + t + 1) * 400);
        // float32 storage: compare away from the threshold only
        if (draws.some((x) => Math.abs(x - 1.5) < 1e-5)) continue;
        expect(sim.exceedanceFte![g * T + t]).toBeCloseTo(draws.filter((x) => x > 1.5).length / 400, 12);
      }
    });
  });

  it('simulate(data, { onProgress }) reports every 50 draws and at the end, without changing the result', () => {
    const calls: [number, number][] = [];
    const a = simulate(data, {
      params,
      horizon: 2,
      draws: 120,
      seed: 3,
      onProgress: (d, n) => calls.push([d, n]),
    });
    // 120 draws: after 50, 100 and the last one.
    expect(calls).toEqual([
      [50, 120],
      [100, 120],
      [120, 120],
    ]);
    expect(Array.from(a.values)).toEqual(
      Array.from(simulate(data, { params, horizon: 2, draws: 120, seed: 3 }).values),
    );
    const one: number[] = [];
    simulate(data, { params, horizon: 1, draws: 1, onProgress: (d) => one.push(d) });
    expect(one).toEqual([1]);
  });

  it('throws naming a bad option', () => {
    expect(() => simulate(data, { params, draws: 0 })).toThrow('simulate: draws 0 is not a whole number');
    expect(() => simulate(data, { params, measures: ['nope' as 'demand_fte'] })).toThrow(
      'unknown measure "nope"',
    );
  });
});

describe('simulationSummary(result, { level, unit, subject, measures })', () => {
  it('gives plain rows with the quantiles per unit, measure and year', () => {
    const sim = simulate(tinyDataset(), { params: tinyParams(), horizon: 2, draws: 100, thresholdPct: 3 });
    const rows = simulationSummary(sim, { level: 'cluster', measures: ['total_shortage_fte'] });
    expect(rows.map((r) => `${r.unit} ${r.year}`)).toEqual([
      'C1 2025',
      'C1 2026',
      'C1 2027',
      'C2 2025',
      'C2 2026',
      'C2 2027',
    ]);
    for (const r of rows) {
      expect(r.p5).toBeLessThanOrEqual(r.p95);
      expect(r.p50).toBe(simulationQuantile(sim, 'total_shortage_fte', r.year, 'p50', r));
      expect(r.exceedancePct).toBeGreaterThanOrEqual(0);
      expect(Object.keys(r)).toEqual(expect.arrayContaining([...QUANTILE_NAMES]));
    }
    expect(structuredClone(sim).values).toEqual(sim.values); // postable from a Web Worker
  });
});

describe.skipIf(!present)('simulate(rotterdam, options)', async () => {
  const data = present ? await loadDataset(dir) : (undefined as unknown as Dataset);
  const params = present ? calibrate(data) : undefined;

  it('collapses onto the deterministic projection with varianceScale 0 at every level', () => {
    const sim = simulate(data, { params, draws: 3, varianceScale: 0 });
    expect(new Set(sim.groups.map((g) => g.level))).toEqual(
      new Set(['region', 'cluster', 'board', 'location']),
    );
    expectCollapsed(sim, data, { params });
  });

  it('widens the bands with the horizon and keeps the deterministic projection inside the 90 % band', () => {
    const sim = simulate(data, { params, draws: 100 });
    expectOrdered(sim);
    const p = project(data, { params });
    const width = (y: number) =>
      simulationQuantile(sim, 'demand_fte', y, 'p95') - simulationQuantile(sim, 'demand_fte', y, 'p5');
    expect(width(2040)).toBeGreaterThan(width(2027));
    for (const y of [2026, 2030, 2040]) {
      const v = p.value('total_shortage_fte', y);
      expect(v).toBeGreaterThanOrEqual(simulationQuantile(sim, 'total_shortage_fte', y, 'p5'));
      expect(v).toBeLessThanOrEqual(simulationQuantile(sim, 'total_shortage_fte', y, 'p95'));
    }
  });
});
