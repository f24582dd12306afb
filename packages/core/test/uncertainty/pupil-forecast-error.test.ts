import { describe, expect, it } from 'vitest';
import { pupilForecastError, toDataset } from '../../src/index.js';
import { tinyDataset } from '../fixtures/tiny.js';

describe('pupilForecastError(data, horizon)', () => {
  it('splits the log errors of earlier vintages into a region-wide and a location part', () => {
    // Vintage 2024 forecast 999 pupils for 2025 at L1 and L2; realised 200 and 400 (k = 1).
    // e = ln(200/999), ln(400/999); region = |mean e|; location = √(mean (e − mean)²) = ln(2)/2.
    const data = tinyDataset();
    data.pupil_forecast = [
      ...data.pupil_forecast,
      ...['L1', 'L2'].map((l) => ({
        location_id: l,
        base_year: 2024,
        year: 2025,
        variant: 'mid',
        pupils: 999,
      })),
    ];
    const err = pupilForecastError(toDataset(data), 3);
    const e1 = Math.log(200 / 999);
    const e2 = Math.log(400 / 999);
    expect(err.source).toBe('vintages');
    expect(err.observedHorizon).toBe(1);
    expect(err.region[0]).toBe(0);
    expect(err.region[1]).toBeCloseTo(Math.abs((e1 + e2) / 2), 12);
    expect(err.local[1]).toBeCloseTo(Math.log(2) / 2, 12);
    // beyond the observed horizon the spread grows with √k
    expect(err.region[3]).toBeCloseTo(err.region[1] * Math.sqrt(3), 12);
    expect(err.local[2]).toBeCloseTo(err.local[1] * Math.SQRT2, 12);
  });

  it('falls back on the error of holding pupils flat when no vintage can be checked', () => {
    const data = { ...tinyDataset(), pupil_forecast: [] };
    data.pupils = data.pupils.map((r) => ({
      ...r,
      pupils: r.location_id === 'L1' ? 100 * (r.year - 2022) : 400,
    }));
    // L1: 100, 200, 300 in 2023–2025. k = 1: origins 2023 (ln 2, 0) and 2024 (ln 1.5, 0).
    const err = pupilForecastError(toDataset(data), 2);
    expect(err.source).toBe('naive');
    const m1 = Math.log(2) / 2;
    const m2 = Math.log(1.5) / 2;
    expect(err.region[1]).toBeCloseTo(Math.sqrt((m1 * m1 + m2 * m2) / 2), 12);
    expect(err.local[1]).toBeCloseTo(Math.sqrt((2 * m1 * m1 + 2 * m2 * m2) / 4), 12);
    // k = 2: origin 2023 only, ln 3 at L1
    expect(err.region[2]).toBeCloseTo(Math.log(3) / 2, 12);
  });
});
