import { expect, test } from 'vitest';
import type { ClusterYear } from '$lib/model/cluster-overview';
import { rowsOfYear, totalsByYear } from './summaries';

const row = (clusterId: string, year: number, pupils: number, teacherFte: number): ClusterYear => ({
  clusterId,
  clusterName: clusterId,
  year,
  pupils,
  locations: 1,
  teacherFte,
  teacherHeadcount: 0,
});
const series = [row('A', 2025, 100, 6), row('B', 2025, 50, 3.5), row('A', 2024, 90, 6)];

test('totalsByYear(series, null) sums all clusters per year, by year', () => {
  expect(totalsByYear(series, null).map((t) => [t.year, t.pupils, t.teacherFte])).toEqual([
    [2024, 90, 6],
    [2025, 150, 9.5],
  ]);
});

test('totalsByYear(series, id) keeps one cluster', () => {
  expect(totalsByYear(series, 'B').map((t) => [t.year, t.pupils])).toEqual([[2025, 50]]);
});

test('rowsOfYear(series, year) maps cluster id to its row', () => {
  expect(rowsOfYear(series, 2024).get('A')?.pupils).toBe(90);
  expect(rowsOfYear(series, 2024).has('B')).toBe(false);
});
