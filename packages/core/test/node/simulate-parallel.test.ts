import { describe, expect, it } from 'vitest';
import { simulate, SIMULATION_MEASURES } from '../../src/index.js';
import type { SimulationResult, StructuralError } from '../../src/index.js';
import { simulateParallel } from '../../src/node/index.js';
import { tinyDataset, tinyParams } from '../fixtures/tiny.js';

// Bit for bit: the bytes of every typed array of the result.
function bytes(a: Float32Array | Float64Array | undefined): string {
  return a ? Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('hex') : 'none';
}
function fingerprint(sim: SimulationResult) {
  return {
    values: bytes(sim.values),
    samples: bytes(sim.samples),
    exceedanceFte: bytes(sim.exceedanceFte),
    exceedancePct: bytes(sim.exceedancePct),
    rest: JSON.stringify({ ...sim, values: 0, samples: 0, exceedanceFte: 0, exceedancePct: 0 }),
  };
}

describe('simulateParallel(tiny, { workers })', () => {
  const data = tinyDataset();
  const params = tinyParams();
  // A hand-made structural error at tiny's base year (2025): the region's total shortage gets ±1 FTE × scale.
  const structural: StructuralError = {
    lastYear: 2025,
    horizon: 2,
    errors: { 'region|total_shortage_fte|1': [-1, 0, 1], 'region|total_shortage_fte|2': [-2, 0, 2] },
    scales: { 'region|R|total_shortage_fte': 0.5 },
    origins: [2023, 2024],
    growth: { 'region|total_shortage_fte': 1 },
  };
  const options = {
    params,
    horizon: 2,
    draws: 160,
    seed: 9,
    measures: [...SIMULATION_MEASURES],
    thresholdFte: 1.5,
    thresholdPct: 3,
    scenario: { bindingRatePp: 10, workingLongerYears: 1 },
    structuralError: structural,
    keepDraws: true,
  };
  const single = simulate(data, options);

  it('simulateParallel(data, { workers: 1 | 2 | 3 }) gives simulate’s result bit for bit', async () => {
    for (const workers of [1, 2, 3]) {
      const pooled = await simulateParallel(data, { ...options, workers });
      expect(fingerprint(pooled)).toEqual(fingerprint(single));
    }
  });

  it('simulateParallel(data, { onProgress }) reports as simulate does: every 50 draws and at the end', async () => {
    const calls: [number, number][] = [];
    await simulateParallel(data, {
      ...options,
      workers: 3,
      onProgress: (done, total) => calls.push([done, total]),
    });
    expect(calls).toEqual([
      [50, 160],
      [100, 160],
      [150, 160],
      [160, 160],
    ]);
  });

  it('simulateParallel(data, { workers: 0 }) throws naming the option; bad simulate options throw as in simulate', async () => {
    await expect(simulateParallel(data, { params, workers: 0 })).rejects.toThrow(
      'simulateParallel: workers 0 is not a whole number',
    );
    await expect(simulateParallel(data, { params, draws: 0 })).rejects.toThrow(
      'simulate: draws 0 is not a whole number',
    );
  });
});
