import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/index.js';
import { spareBuffer } from '../../src/uncertainty/spare-buffer.js';
import { tinyDataset, tinyParams } from '../fixtures/tiny.js';

describe('spareBuffer(create)', () => {
  it('take(bytes) gives the buffer given back when it is large enough, else a new one of that size', () => {
    const spare = spareBuffer((bytes) => new ArrayBuffer(bytes));
    const first = spare.take(64);
    expect(first.byteLength).toBe(64);
    spare.give(first);
    expect(spare.take(32)).toBe(first);
    spare.give(first);
    const larger = spare.take(128);
    expect(larger).not.toBe(first);
    expect(larger.byteLength).toBe(128);
  });

  it('take(bytes) twice without a give gives two buffers', () => {
    const spare = spareBuffer((bytes) => new ArrayBuffer(bytes));
    spare.give(new ArrayBuffer(64));
    expect(spare.take(64)).not.toBe(spare.take(64));
  });
});

describe('simulate(data, options) on reused samples', () => {
  const data = tinyDataset();
  const params = tinyParams();

  it('gives the same result after a larger call and from inside another call’s onProgress', () => {
    const options = { params, horizon: 2, draws: 60, seed: 4, keepDraws: true };
    const alone = simulate(data, options);
    simulate(data, { params, horizon: 3, draws: 300, seed: 5 });
    const after = simulate(data, options);
    let inner: ReturnType<typeof simulate> | undefined;
    const outer = simulate(data, { ...options, onProgress: () => (inner ??= simulate(data, options)) });
    for (const sim of [after, inner!, outer]) {
      expect(Array.from(sim.values)).toEqual(Array.from(alone.values));
      expect(Array.from(sim.samples!)).toEqual(Array.from(alone.samples!));
    }
  });
});
