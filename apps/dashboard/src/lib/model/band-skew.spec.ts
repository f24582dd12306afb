import { describe, expect, test } from 'vitest';
import { bandSkew } from './band-skew';

describe('bandSkew', () => {
  test('bandSkew({ p10: 200, p50: 220, p90: 300 }) leans up: 80 fte above the centre, 20 below', () => {
    expect(bandSkew({ p10: 200, p50: 220, p90: 300 })).toEqual({ direction: 'up', above: 80, below: 20 });
  });
  test('bandSkew({ p10: 100, p50: 190, p90: 210 }) leans down: 20 fte above, 90 below', () => {
    expect(bandSkew({ p10: 100, p50: 190, p90: 210 })).toEqual({ direction: 'down', above: 20, below: 90 });
  });
  test('bandSkew(band) is null while neither side is 1.25 times the other (40 against 50 and 50 against 40)', () => {
    expect(bandSkew({ p10: 150, p50: 200, p90: 240 })).toBeNull();
    expect(bandSkew({ p10: 160, p50: 200, p90: 250 })).toBeNull();
    // 51 > 1.25 × 40 = 50: just skewed
    expect(bandSkew({ p10: 160, p50: 200, p90: 251 })?.direction).toBe('up');
  });
  test('bandSkew(band) of a band of width 0 is null', () => {
    expect(bandSkew({ p10: 5, p50: 5, p90: 5 })).toBeNull();
  });
});
