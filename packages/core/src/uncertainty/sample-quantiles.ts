import { QUANTILES } from './quantile-sorted.js';
import { selectQuantiles } from './select-quantiles.js';

/**
 * The quantiles QUANTILES of each cell's draws, for cells from … to − 1 of simulate's samples.
 * @param samples draws per cell, [cell·draws + d] (used as scratch: each cell's draws are reordered)
 * @param draws number of draws per cell
 * @param values output, [cell·QUANTILES.length + q]
 * @param from first cell
 * @param to the cell after the last one
 * @example
 * const values = new Float64Array(2 * QUANTILES.length);
 * sampleQuantiles(Float32Array.of(1, 2, 3, 5, 5, 5), 3, values, 0, 2); // values → [1.1, 1.2, 1.5, 2, …, 5]
 */
export function sampleQuantiles(
  samples: Float32Array,
  draws: number,
  values: Float64Array,
  from: number,
  to: number,
): void {
  const N = draws;
  const Q = QUANTILES.length;
  for (let cell = from; cell < to; cell++) {
    const v = samples.subarray(cell * N, cell * N + N);
    // Many cells do not vary (the base year; units without a shortage in any draw): skip the selection.
    const first = v[0];
    let constant = true;
    for (let d = 1; d < N; d++)
      if (v[d] !== first) {
        constant = false;
        break;
      }
    if (constant) values.fill(first, cell * Q, cell * Q + Q);
    else selectQuantiles(v, QUANTILES, values, cell * Q);
  }
}
