import { expect, test } from 'vitest';
import { comparisonRows } from './comparison-rows';
import { differenceRows } from './difference-rows';
import type { AggregateSeries, ScenarioAggregates, ScenarioMeta } from './scenario-types';

const meta: ScenarioMeta = {
  baseYear: 2025,
  years: [2025, 2026, 2027],
  region: { id: 'R', name: 'Regio' },
  clusters: [
    { id: 'C1', name: 'Noord' },
    { id: 'C2', name: 'Zuid' },
  ],
  boards: [{ id: 'B1', name: 'Bestuur 1', member: true, sector: 'vo' }],
  subjects: [{ id: 'vo-wi', name: 'Wiskunde', nameEn: 'Mathematics', sector: 'vo' }],
  institutes: [],
};
const series = (level: AggregateSeries['level'], unit: string, shortage: number[], subject = 'all') => ({
  level,
  unit,
  subject,
  shortage,
  demand: shortage.map(() => 100),
});
const baseline: ScenarioAggregates = {
  series: [
    series('region', 'R', [30, 40, 50]),
    series('region', 'R', [10, 20, 30], 'vo-wi'),
    series('cluster', 'C1', [10, 20, 20]),
    series('cluster', 'C2', [20, 0, 30]),
    series('board', 'B1', [5, 6, 7]),
  ],
};
const scenario: ScenarioAggregates = {
  series: [
    series('region', 'R', [30, 35, 41]),
    series('region', 'R', [10, 15, 21], 'vo-wi'),
    series('cluster', 'C1', [10, 15, 14]),
    series('cluster', 'C2', [20, 2, 27]),
    series('board', 'B1', [5, 6, 6]),
  ],
};

test('differenceRows({ dimension: "cluster", year }) gives baseline, scenario, difference and % per cluster', () => {
  expect(differenceRows({ meta, baseline, scenario, year: 2026, dimension: 'cluster' })).toEqual([
    { id: 'C1', name: 'Noord', baseline: 20, scenario: 15, difference: -5, differencePct: -25 },
    // no baseline shortage: no percentage
    { id: 'C2', name: 'Zuid', baseline: 0, scenario: 2, difference: 2, differencePct: null },
  ]);
});

test('differenceRows({ dimension: "subject" | "board" }) reads the region per subject and the boards', () => {
  expect(
    differenceRows({
      meta,
      baseline,
      scenario,
      year: 2027,
      dimension: 'subject',
      subjectName: (s) => s.nameEn,
    }),
  ).toEqual([
    { id: 'vo-wi', name: 'Mathematics', baseline: 30, scenario: 21, difference: -9, differencePct: -30 },
  ]);
  expect(differenceRows({ meta, baseline, scenario, year: 2027, dimension: 'board' })[0].difference).toBe(-1);
  expect(() => differenceRows({ meta, baseline, scenario, year: 2030, dimension: 'board' })).toThrow(
    'year 2030 is outside 2025–2027',
  );
});

test('comparisonRows({ offsets }) lists the region and clusters by year with each scenario, null while computing', () => {
  const rows = comparisonRows({
    meta,
    baseline,
    scenarios: [scenario, null],
    regionName: 'Regio',
    offsets: [0, 2],
  });
  expect(rows.map((r) => [r.name, r.year, r.baseline, ...r.scenarios])).toEqual([
    ['Regio', 2025, 30, 30, null],
    ['Regio', 2027, 50, 41, null],
    ['Noord', 2025, 10, 10, null],
    ['Noord', 2027, 20, 14, null],
    ['Zuid', 2025, 20, 20, null],
    ['Zuid', 2027, 30, 27, null],
  ]);
  // offsets beyond the horizon are left out
  expect(comparisonRows({ meta, baseline, scenarios: [], regionName: 'R' }).map((r) => r.year)).toEqual([
    2025, 2025, 2025,
  ]);
});
