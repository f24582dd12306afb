import { describe, expect, it } from 'vitest';
import { createDrawRandom, SIMULATION_MEASURES } from '../../src/index.js';
import { planSimulation } from '../../src/uncertainty/simulation-plan.js';
import { runDraws } from '../../src/uncertainty/run-draws.js';
import { tinyDataset, tinyParams } from '../fixtures/tiny.js';

describe('createDrawRandom(seed, draw)', () => {
  it('gives the same stream for the same seed and draw, and another for another draw or seed', () => {
    const first = (seed: number, draw: number) => {
      const rng = createDrawRandom(seed, draw);
      return Array.from({ length: 4 }, () => rng.next());
    };
    expect(first(7, 3)).toEqual(first(7, 3));
    expect(first(7, 4)).not.toEqual(first(7, 3));
    expect(first(8, 3)).not.toEqual(first(7, 3));
  });

  it('draws uniformly: the mean of the first numbers of 20 000 draws’ streams is 1/2', () => {
    // standard error √(1/12 / 20000) ≈ 0.002
    let sum = 0;
    for (let d = 0; d < 20000; d++) sum += createDrawRandom(1, d).next();
    expect(Math.abs(sum / 20000 - 0.5)).toBeLessThan(0.01);
  });

  it('throws naming a draw that is not a whole number ≥ 0', () => {
    expect(() => createDrawRandom(1, -1)).toThrow('createDrawRandom: draw -1 is not a whole number ≥ 0');
  });
});

describe('runDraws(plan, { from, to, samples })', () => {
  it('writes the same samples and counts whether the draws run at once or in two parts, in either order', () => {
    const plan = planSimulation(tinyDataset(), {
      params: tinyParams(),
      horizon: 2,
      draws: 37,
      seed: 5,
      measures: [...SIMULATION_MEASURES],
      thresholdFte: 1.5,
    });
    const size = plan.measures.length * plan.groups.length * 3 * plan.draws;
    const whole = new Float32Array(size);
    const wholeCounts = new Float64Array(plan.groups.length * 3);
    runDraws(plan, { samples: whole, exceedFte: wholeCounts });
    const parts = new Float32Array(size);
    const partCounts = new Float64Array(plan.groups.length * 3);
    runDraws(plan, { from: 20, to: 37, samples: parts, exceedFte: partCounts });
    runDraws(plan, { from: 0, to: 20, samples: parts, exceedFte: partCounts });
    expect(Array.from(parts)).toEqual(Array.from(whole));
    expect(Array.from(partCounts)).toEqual(Array.from(wholeCounts));
    expect(whole.some((x) => x !== whole[0])).toBe(true);
  });
});
