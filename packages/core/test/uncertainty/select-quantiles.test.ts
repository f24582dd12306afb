import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { quantileSorted, QUANTILES } from '../../src/index.js';
import { selectQuantiles } from '../../src/uncertainty/select-quantiles.js';

fc.configureGlobal({ seed: 20251001, numRuns: 300 });

describe('selectQuantiles(values, probs, out, offset)', () => {
  it('gives the quantiles of the sorted values: [4, 1, 3, 2] → median 2.5, p95 3.85', () => {
    const out = new Float64Array(3);
    selectQuantiles(Float32Array.of(4, 1, 3, 2), [0.5, 0.95], out, 1);
    expect(Array.from(out)).toEqual([0, 2.5, expect.closeTo(3.85, 6)]);
  });

  it('handles skewed values: many zeros and a long tail', () => {
    const v = new Float32Array(1000);
    for (let i = 0; i < 1000; i++) v[i] = i % 3 === 0 ? 0 : Math.fround(Math.exp(i / 50) / 1e6);
    const sorted = Float32Array.from(v).sort();
    const out = new Float64Array(QUANTILES.length);
    selectQuantiles(v, QUANTILES, out, 0);
    expect(Array.from(out)).toEqual(QUANTILES.map((p) => quantileSorted(sorted, p)));
  });

  it('equals quantileSorted of a sorted copy for any values, ties included', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.integer({ min: -5, max: 5 }),
            fc.double({ min: -1e6, max: 1e6, noNaN: true }),
            fc.double({ min: 0, max: 1e-3, noNaN: true }),
          ),
          { minLength: 1, maxLength: 1500 },
        ),
        (xs) => {
          const v = Float64Array.from(xs);
          const sorted = Float64Array.from(xs).sort();
          const out = new Float64Array(QUANTILES.length);
          selectQuantiles(v, QUANTILES, out, 0);
          return QUANTILES.every((p, q) => out[q] === quantileSorted(sorted, p));
        },
      ),
    );
  });
});
