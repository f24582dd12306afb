import { describe, it } from 'vitest';
import fc from 'fast-check';
import { prepare } from '../../src/index.js';
import { allocateResult, runKernel } from '../../src/projection/kernel.js';
import { allocateSimulationOutput, runSimulationKernel } from '../../src/uncertainty/simulation-kernel.js';
import { arbitraryCase } from '../fixtures/arbitrary.js';

fc.configureGlobal({ seed: 20251001, numRuns: 150 });
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

describe('runSimulationKernel(model, out)', () => {
  it.each([
    ['hires of each source with their own age profile', false],
    ['one age profile for every source (hires enter the bands a year later in the code)', true],
  ])(
    'equals runKernel for supply, total shortage, outflow and inflow in every leaf and year: %s',
    (_, oneProfile) => {
      fc.assert(
        fc.property(arbitraryCase, ({ data, params: p }) => {
          const params = oneProfile
            ? {
                ...p,
                inflowAgeShare: Object.fromEntries(
                  Object.keys(p.inflowAgeShare).map((k) => [k, p.inflowAgeShare.lateral_entrant]),
                ),
              }
            : p;
          const { model } = prepare(data, { params, horizon: 5 });
          const full = allocateResult(model);
          runKernel(model, full);
          const sim = allocateSimulationOutput(model);
          runSimulationKernel(model, sim);
          const v = full.values;
          for (let i = 0; i < sim.supply.length; i++) {
            const t = Math.floor(i / model.nLeaf);
            const out =
              t === 0 ? 0 : v.outflow_pension_fte[i] + v.outflow_other_fte[i] + v.outflow_hours_fte[i];
            const inn =
              t === 0
                ? 0
                : v.inflow_own_placement_fte[i] +
                  v.inflow_other_graduate_fte[i] +
                  v.inflow_lateral_entrant_fte[i] +
                  v.inflow_returner_fte[i] +
                  v.inflow_other_fte[i];
            if (!close(sim.supply[i], v.supply_fte[i])) return false;
            if (!close(sim.totalShortage[i], v.total_shortage_fte[i])) return false;
            if (!close(sim.outflow[i], out)) return false;
            if (!close(sim.inflow[i], inn)) return false;
          }
          return true;
        }),
      );
    },
  );
});
