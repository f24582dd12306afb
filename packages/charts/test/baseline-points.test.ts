import { describe, expect, test } from 'vitest';
import { pointAt, yearlyPoints } from '../src/baseline-points.js';
import type { BaselineUnit } from '../src/baseline-unit.js';

describe('pointAt and yearlyPoints', () => {
  const point = (year: number, phase: 'history' | 'forecast', total: number) => ({
    year,
    phase,
    demandFte: 100,
    supplyFte: 100 - total,
    totalShortageFte: total,
    hiddenShortageFte: total,
    unfilledFte: 0,
    shortagePct: total,
  });
  const unit: BaselineUnit = {
    level: 'region',
    unitId: 'R',
    name: 'R',
    history: [point(2024, 'history', 1), point(2025, 'history', 2)],
    forecast: [point(2025, 'forecast', 3), point(2026, 'forecast', 4)],
  };

  test('pointAt(unit, year) prefers the model from the base year on', () => {
    expect(pointAt(unit, 2024)?.totalShortageFte).toBe(1);
    expect(pointAt(unit, 2025)?.phase).toBe('forecast');
    expect(pointAt(unit, 2025)?.totalShortageFte).toBe(3);
    expect(pointAt(unit, 2030)).toBeUndefined();
  });

  test('yearlyPoints(unit) has every year once: measured before the base year, the model from it', () => {
    expect(yearlyPoints(unit).map((p) => [p.year, p.phase])).toEqual([
      [2024, 'history'],
      [2025, 'forecast'],
      [2026, 'forecast'],
    ]);
  });
});
