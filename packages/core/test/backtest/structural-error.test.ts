import { describe, expect, it } from 'vitest';
import {
  centredErrors,
  growthExponent,
  horizonErrors,
  pooledErrors,
  randomWalkFloor,
  structuralError,
} from '../../src/backtest/structural-error.js';
import type { Dataset } from '../../src/index.js';
import { seriesDataset } from '../fixtures/series.js';

describe('growthExponent(byHorizon)', () => {
  it('growthExponent(errors that double from h1 to h2 to h4) is 1', () => {
    // mean |e|: 1 at h1, 2 at h2, 4 at h4 → log-log slope 1.
    expect(growthExponent([[1, -1, 1], [2, -2, 2], [], [4, -4, 4]])).toBeCloseTo(1, 12);
  });
  it('growthExponent(errors that grow as √h) is 0.5', () => {
    // mean |e| 1 at h1 and 2 at h4: slope ln 2 / ln 4 = 0.5.
    expect(growthExponent([[1, 1, -1], [], [], [2, -2, 2]])).toBeCloseTo(0.5, 12);
  });
  it('growthExponent(flat or shrinking errors) is clamped to 0.5; with one horizon it is 1', () => {
    expect(
      growthExponent([
        [3, 3, 3],
        [1, 1, 1],
      ]),
    ).toBe(0.5);
    expect(growthExponent([[1, 2, 3]])).toBe(1);
    expect(
      growthExponent([
        [1, 2],
        [1, 2],
      ]),
    ).toBe(1); // fewer than three errors per horizon
  });
});

describe('centredErrors(sorted)', () => {
  it('centredErrors([1, 2, 6]) subtracts the median 2', () => {
    expect(centredErrors([1, 2, 6])).toEqual([-1, 0, 4]);
  });
  it('centredErrors([-3, -1, 0.5, 0.5]) subtracts the type-7 median −0.25', () => {
    // median of an even count: halfway between −1 and 0.5
    expect(centredErrors([-3, -1, 0.5, 0.5])).toEqual([-2.75, -0.75, 0.75, 0.75]);
  });
});

describe('randomWalkFloor(h)', () => {
  it('randomWalkFloor(1) is √(π/2), the sd of a normal step with mean absolute size 1', () => {
    expect(randomWalkFloor(1)).toBeCloseTo(1.2533141373155, 12);
  });
  it('randomWalkFloor(4) is twice randomWalkFloor(1) (a random walk grows as √h)', () => {
    expect(randomWalkFloor(4)).toBeCloseTo(2.506628274631, 11);
  });
});

describe('horizonErrors(perYear, gamma, h, floor)', () => {
  it('horizonErrors([-1, 0.5, 0.5], 1, 2, false) multiplies by h^γ = 2', () => {
    expect(horizonErrors([-1, 0.5, 0.5], 1, 2, false)).toEqual([-2, 1, 1]);
  });
  it('horizonErrors([-0.5, 0.5], 0.5, 4, true) stretches rms 1 up to the floor √(π/2)·2', () => {
    // 4^0.5 = 2 gives ±1 (rms 1); the floor 2.5066 asks for a factor 2.5066 ÷ 0.5 = 5.0133 on ±0.5
    const e = horizonErrors([-0.5, 0.5], 0.5, 4, true);
    expect(e[0]).toBeCloseTo(-2.506628274631, 11);
    expect(e[1]).toBeCloseTo(2.506628274631, 11);
  });
  it('horizonErrors([-3, 3], 1, 1, true) leaves errors wider than the floor as they are', () => {
    expect(horizonErrors([-3, 3], 1, 1, true)).toEqual([-3, 3]);
  });
});

describe('the worked example of docs/model.md (Structural error)', () => {
  // pooled e ÷ k: −1.5, −1, 0.5, 0.5; median −0.25; rms of the centred errors √0.8125 = 0.9014
  const centred = centredErrors([-1.5, -1, 0.5, 0.5]);
  it('horizonErrors(centred, 1, 2, true) takes h^γ = 2 over the floor √π ÷ 0.9014 = 1.966', () => {
    expect(horizonErrors(centred, 1, 2, true)).toEqual([-2.5, -1.5, 1.5, 1.5]);
  });
  it('horizonErrors(centred, 1, 1, true) takes the floor √(π/2) ÷ 0.9014 = 1.3904 over h^γ = 1', () => {
    const e = horizonErrors(centred, 1, 1, true);
    expect(e[0]).toBeCloseTo(-1.25 * 1.390427, 5);
    expect(e[3]).toBeCloseTo(0.75 * 1.390427, 5);
  });
});

describe('pooledErrors(own, level, measureHorizon, minErrors)', () => {
  const own = new Map([
    ['region|demand_fte|1', [0.5]],
    ['cluster|demand_fte|1', [1, -1]],
    ['board|demand_fte|1', [2]],
    ['subject|demand_fte|1', [3, 4, 5]],
    ['region|supply_fte|1', [9]],
  ]);
  it('pooledErrors(own, region, demand_fte|1, 3) appends the clusters’ two errors and stops at three', () => {
    expect(pooledErrors(own, 'region', 'demand_fte|1', 3)).toEqual([0.5, 1, -1]);
  });
  it('pooledErrors(own, region, demand_fte|1, 4) goes on to the boards: 1 + 2 + 1 errors', () => {
    expect(pooledErrors(own, 'region', 'demand_fte|1', 4)).toEqual([0.5, 1, -1, 2]);
  });
  it('pooledErrors(own, subject, demand_fte|1, 3) keeps the subjects’ own three errors', () => {
    expect(pooledErrors(own, 'subject', 'demand_fte|1', 3)).toEqual([3, 4, 5]);
  });
  it('pooledErrors(own, board, demand_fte|1, 5) pools whole levels: board 1, cluster 2, subject 3 = 6 errors', () => {
    expect(pooledErrors(own, 'board', 'demand_fte|1', 5)).toEqual([2, 1, -1, 3, 4, 5]);
  });
});

/** The workforce of 2024 (the year after the origin 2023) times 1.5, plus 1. */
function perturb2024(data: Dataset): Dataset {
  return {
    ...data,
    workforce: data.workforce.map((r) =>
      r.year === 2024 ? { ...r, headcount: r.headcount * 1.5 + 1, fte: r.fte * 1.5 + 1 } : r,
    ),
  };
}

describe('structuralError(data, { lastYear }) does not see the years after lastYear', () => {
  const data = seriesDataset();
  it('structuralError(perturbed 2024, { lastYear: 2023 }) equals structuralError(data, { lastYear: 2023 })', () => {
    const a = structuralError(data, { lastYear: 2023 });
    const b = structuralError(perturb2024(data), { lastYear: 2023 });
    expect(a.errors['region|supply_fte|1'].length).toBeGreaterThan(0);
    expect(b).toEqual(a);
  });
  it('structuralError(perturbed 2024, { lastYear: 2024 }) differs: the perturbation reaches the errors', () => {
    const a = structuralError(data, { lastYear: 2024 });
    const b = structuralError(perturb2024(data), { lastYear: 2024 });
    expect(b.scales).not.toEqual(a.scales);
  });
});
