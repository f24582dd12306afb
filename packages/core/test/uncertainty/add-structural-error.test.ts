import { describe, expect, it } from 'vitest';
import { addStructuralError, createRandom } from '../../src/index.js';
import type { StructuralError } from '../../src/index.js';

// One measure, groups: region total, a region subject, a board × subject (no structural error), 3 years, 2 draws.
const groups = [
  { level: 'region', unit: 'R', subject: 'all' },
  { level: 'region', unit: 'R', subject: 'vo-wi' },
  { level: 'board', unit: 'B', subject: 'vo-wi' },
];
const error = (errors: number[]): StructuralError => ({
  lastYear: 2025,
  horizon: 2,
  origins: [2022, 2023, 2024],
  errors: {
    'region|total_shortage_fte|1': errors,
    'region|total_shortage_fte|2': errors.map((e) => 2 * e),
    'subject|total_shortage_fte|1': errors,
    'subject|total_shortage_fte|2': errors.map((e) => 2 * e),
  },
  scales: { 'region|R|total_shortage_fte': 20, 'subject|R:vo-wi|total_shortage_fte': 4 },
  growth: { 'region|total_shortage_fte': 1, 'subject|total_shortage_fte': 1 },
});
const target = { measures: ['total_shortage_fte'], groups, years: 3, draws: 2, seed: 1 };
const at = (samples: Float32Array, g: number, t: number, d: number) => samples[(g * 3 + t) * 2 + d];

describe('addStructuralError(samples, error, target)', () => {
  it('addStructuralError(samples, error, target) adds scale × error at each horizon, none in the base year', () => {
    // a single error 0.5 per year ahead: the region gets 20·0.5 = 10 at t = 1 and 20·1 = 20 at t = 2
    const samples = new Float32Array(3 * 3 * 2).fill(100);
    addStructuralError(samples, error([0.5]), target);
    for (const d of [0, 1]) {
      expect(at(samples, 0, 0, d)).toBe(100);
      expect(at(samples, 0, 1, d)).toBe(110);
      expect(at(samples, 0, 2, d)).toBe(120);
      // subject of the region: scale 4 → 102, 104
      expect(at(samples, 1, 1, d)).toBe(102);
      expect(at(samples, 1, 2, d)).toBe(104);
      // board × subject groups keep parameter uncertainty only
      expect(at(samples, 2, 2, d)).toBe(100);
    }
  });

  it('addStructuralError(samples, error, target) beyond the error horizon scales the last horizon by t ÷ horizon', () => {
    const samples = new Float32Array(3 * 4 * 2).fill(100);
    addStructuralError(samples, error([0.5]), { ...target, years: 4 });
    // t = 3: errors of h = 2 (1.0) × 3/2 × scale 20 = 30
    expect(samples[(0 * 4 + 3) * 2]).toBe(130);
  });

  it('addStructuralError(samples, error, target) replaces a narrower parameter spread, centred on the draws’ median', () => {
    // region total at t = 1: draws 109 and 111 (sd 1), median 110; errors −2 and 2 with scale 20, so draw d gets
    // 110 + 20·(−2 + 4·u_d), u_d the structural stream's uniforms (seed 1 ^ 0x5eed, the region's are the first two).
    const rng = createRandom((1 ^ 0x5eed) >>> 0);
    const u = [rng.next(), rng.next()];
    expect(40 * Math.abs(u[0] - u[1])).toBeGreaterThan(1); // the structural sd 40·|u₀ − u₁| is the wider
    const samples = new Float32Array(3 * 3 * 2).fill(100);
    samples[(0 * 3 + 1) * 2] = 109;
    samples[(0 * 3 + 1) * 2 + 1] = 111;
    addStructuralError(samples, error([-2, 2]), target);
    for (const d of [0, 1]) expect(at(samples, 0, 1, d)).toBeCloseTo(110 + 20 * (-2 + 4 * u[d]), 4);
    // a single error 0.5 (no spread) against equal draws: both become exactly median 100 + 20·0.5 = 110
    const one = new Float32Array(3 * 3 * 2).fill(100);
    addStructuralError(one, error([0.5]), target);
    expect(at(one, 0, 1, 0)).toBe(110);
    expect(at(one, 0, 1, 1)).toBe(110);
  });

  it('addStructuralError(samples, error, target) keeps parameter draws that are wider than the structural error', () => {
    // draws 0 and 200 (sd 100); errors −0.5 and 0.5 with scale 20 give structural draws within ±10 (sd ≤ 10)
    const samples = new Float32Array(3 * 3 * 2).fill(100);
    samples[(0 * 3 + 1) * 2] = 0;
    samples[(0 * 3 + 1) * 2 + 1] = 200;
    addStructuralError(samples, error([-0.5, 0.5]), target);
    expect(at(samples, 0, 1, 0)).toBe(0);
    expect(at(samples, 0, 1, 1)).toBe(200);
    // t = 2 has equal draws (sd 0): replaced there, within 100 ± 20·1
    expect(Math.abs(at(samples, 0, 2, 0) - 100)).toBeLessThanOrEqual(20);
  });

  it('addStructuralError(samples, error, target) keeps a total shortage at 0 or more', () => {
    const samples = new Float32Array(3 * 3 * 2).fill(5);
    addStructuralError(samples, error([-1]), target);
    expect(at(samples, 0, 1, 0)).toBe(0);
    expect(at(samples, 1, 1, 0)).toBe(1); // 5 − 4
  });

  it('addStructuralError(samples, error, target) leaves samples alone when there are no errors', () => {
    const samples = new Float32Array(3 * 3 * 2).fill(7);
    addStructuralError(samples, error([]), target);
    expect([...samples].every((x) => x === 7)).toBe(true);
  });
});
