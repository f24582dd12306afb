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
    shortagePct: 20,
  });
  expect(index.get('cluster|C1|all-vo')?.[0].demandFte).toBe(15);
  expect(index.get('cluster|C1|all')?.map((r) => r.year)).toEqual([2024]);
});
