import { expect, test } from 'vitest';
import { aggregateHistory, indexSeries } from './site-series';

test('aggregateHistory(cells, unitsOf, sectorOf) sums per unit the subject, its sector total and the total', () => {
  const cells: [string, { qualified: number; unqualified: number; unfilled: number }][] = [
    ['L1|vo-wi|2024', { qualified: 8, unqualified: 1, unfilled: 1 }],
    ['L1|vo-en|2024', { qualified: 5, unqualified: 0, unfilled: 0 }],
    ['L1|vo-wi|2026', { qualified: 99, unqualified: 0, unfilled: 0 }],
  ];
  const unitsOf = new Map([['L1', [{ level: 'cluster' as const, unit: 'C1' }]]]);
  const sectorOf = new Map([
    ['vo-wi', 'vo'],
    ['vo-en', 'vo'],
  ]);
  const rows = aggregateHistory(cells, unitsOf, sectorOf, { to: 2025 });
  const index = indexSeries(rows);
  // vo-wi: demand 10, shortage 2 = 20 %; all: demand 15, shortage 2
  expect(index.get('cluster|C1|vo-wi')?.[0]).toMatchObject({
    year: 2024,
    demandFte: 10,
    supplyFte: 8,
    totalShortageFte: 2,
    hiddenShortageFte: 1,
    unfilledFte: 1,
    shortagePct: 20,
  });
  expect(index.get('cluster|C1|all-vo')?.[0].demandFte).toBe(15);
  expect(index.get('cluster|C1|all')?.map((r) => r.year)).toEqual([2024]);
});

test('aggregateHistory(cells, unitsOf, sectorOf) sums a region over its clusters and leaves out later years and unknown locations', () => {
  const cell = (qualified: number, unqualified: number, unfilled: number) => ({
    qualified,
    unqualified,
    unfilled,
  });
  const cells: [string, ReturnType<typeof cell>][] = [
    ['L1|vo-wi|2024', cell(10, 1, 0.5)],
    ['L1|vo-en|2024', cell(6, 0, 0.5)],
    ['L2|vo-wi|2024', cell(8, 2, 0)],
    ['L2|vo-wi|2026', cell(99, 0, 0)],
    ['L9|vo-wi|2024', cell(5, 5, 5)],
  ];
  const unitsOf = new Map([
    [
      'L1',
      [
        { level: 'cluster' as const, unit: 'C1' },
        { level: 'region' as const, unit: 'R' },
      ],
    ],
    [
      'L2',
      [
        { level: 'cluster' as const, unit: 'C2' },
        { level: 'region' as const, unit: 'R' },
      ],
    ],
  ]);
  const index = indexSeries(
    aggregateHistory(
      cells,
      unitsOf,
      new Map([
        ['vo-wi', 'vo'],
        ['vo-en', 'vo'],
      ]),
      { to: 2025 },
    ),
  );
  // C1 2024: qualified 16, unqualified 1, unfilled 1 → demand 18, shortage 2 = 11.11 %
  expect(index.get('cluster|C1|all')?.[0]).toMatchObject({
    demandFte: 18,
    supplyFte: 16,
    totalShortageFte: 2,
    hiddenShortageFte: 1,
    unfilledFte: 1,
    shortagePct: (100 * 2) / 18,
  });
  // R 2024 = C1 + C2: demand 18 + 10, shortage 2 + 2; 2026 and L9 are left out
  expect(index.get('region|R|all')).toMatchObject([{ year: 2024, demandFte: 28, totalShortageFte: 4 }]);
  expect(index.get('cluster|C2|all')?.map((r) => r.year)).toEqual([2024]);
  expect([...new Set([...index.keys()].map((k) => k.split('|')[1]))].sort()).toEqual(['C1', 'C2', 'R']);
});

test('aggregateHistory gives 0 % when a year has no demand', () => {
  const rows = aggregateHistory(
    [['L1|vo-wi|2024', { qualified: 0, unqualified: 0, unfilled: 0 }]],
    new Map([['L1', [{ level: 'cluster' as const, unit: 'C1' }]]]),
    new Map([['vo-wi', 'vo']]),
  );
  expect(rows.every((r) => r.shortagePct === 0)).toBe(true);
});
