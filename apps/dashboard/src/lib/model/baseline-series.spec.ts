import { describe, expect, test } from 'vitest';
import { baselineUnits, toPoints } from './baseline-series';
import type { SeriesRow, SiteUnit } from './site-types';

const row = (
  level: SeriesRow['level'],
  unit: string,
  subject: string,
  year: number,
  total: number,
): SeriesRow => ({
  level,
  unit,
  subject,
  year,
  demandFte: 100,
  supplyFte: 100 - total,
  totalShortageFte: total,
  hiddenShortageFte: total - 1,
  unfilledFte: 1,
  shortagePct: total,
});

describe('baselineUnits', () => {
  const units: SiteUnit[] = [
    { level: 'region', id: 'R', name: 'Regio', clusterIds: ['C1', 'C2'] },
    { level: 'cluster', id: 'C2', name: 'Twee', clusterIds: ['C2'] },
    { level: 'cluster', id: 'C1', name: 'Een', clusterIds: ['C1'] },
    { level: 'board', id: 'B1', name: 'Bestuur', clusterIds: ['C1'] },
  ];
  const history = [
    row('region', 'R', 'all', 2025, 5),
    row('region', 'R', 'all', 2024, 4),
    row('region', 'R', 'vo-wi', 2024, 40),
    row('cluster', 'C1', 'all', 2024, 2),
    row('board', 'B1', 'all', 2024, 9),
  ];
  const forecast = [
    row('region', 'R', 'all', 2026, 7),
    row('region', 'R', 'all', 2025, 6),
    row('region', 'R', 'all-vo', 2025, 60),
    row('cluster', 'C2', 'all', 2025, 3),
  ];

  test('baselineUnits(result) gives the region first, then the clusters by id, without boards', () => {
    const out = baselineUnits({ units, history, forecast, baseYear: 2025 });
    expect(out.map((u) => [u.level, u.unitId, u.name])).toEqual([
      ['region', 'R', 'Regio'],
      ['cluster', 'C1', 'Een'],
      ['cluster', 'C2', 'Twee'],
    ]);
  });

  test('baselineUnits(result) reads the rows of subject “all”, sorted by year, measured and the model’s', () => {
    const [region, c1, c2] = baselineUnits({ units, history, forecast, baseYear: 2025 });
    expect(region.history.map((p) => [p.year, p.phase, p.totalShortageFte])).toEqual([
      [2024, 'history', 4],
      [2025, 'history', 5],
    ]);
    expect(region.forecast.map((p) => [p.year, p.phase, p.totalShortageFte])).toEqual([
      [2025, 'forecast', 6],
      [2026, 'forecast', 7],
    ]);
    expect(region.forecast[0]).toMatchObject({ hiddenShortageFte: 5, unfilledFte: 1, supplyFte: 94 });
    expect(c1.forecast).toEqual([]);
    expect(c2.history).toEqual([]);
  });

  test('baselineUnits(result) leaves out measured years after the base year', () => {
    const [region] = baselineUnits({ units, history, forecast, baseYear: 2024 });
    expect(region.history.map((p) => p.year)).toEqual([2024]);
  });

  test('toPoints(rows, phase) keeps every measure of a row', () => {
    expect(toPoints([row('cluster', 'C1', 'all', 2030, 12)], 'forecast')).toEqual([
      {
        year: 2030,
        phase: 'forecast',
        demandFte: 100,
        supplyFte: 88,
        totalShortageFte: 12,
        hiddenShortageFte: 11,
        unfilledFte: 1,
        shortagePct: 12,
      },
    ]);
  });
});
