import type { ClusterYear } from '$lib/model/cluster-overview';

/** Totals of a selection of clusters in one year. */
export interface YearTotals {
  year: number;
  pupils: number;
  teacherFte: number;
  teacherHeadcount: number;
  locations: number;
}

/**
 * Sums pupils and teacher FTE over the clusters in `clusterIds` (all when `null`) per year.
 * @param series rows per cluster and year
 * @param clusterId one cluster id, or `null` for all clusters
 * @returns one row per year, by year
 * @example totalsByYear(series, null).at(-1)?.pupils
 */
export function totalsByYear(series: readonly ClusterYear[], clusterId: string | null): YearTotals[] {
  const byYear = new Map<number, YearTotals>();
  for (const row of series) {
    if (clusterId !== null && row.clusterId !== clusterId) continue;
    const totals = byYear.get(row.year) ?? {
      year: row.year,
      pupils: 0,
      teacherFte: 0,
      teacherHeadcount: 0,
      locations: 0,
    };
    totals.pupils += row.pupils;
    totals.teacherFte += row.teacherFte;
    totals.teacherHeadcount += row.teacherHeadcount;
    totals.locations += row.locations;
    byYear.set(row.year, totals);
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/**
 * The rows of one year.
 * @param series rows per cluster and year
 * @param year a year
 * @returns a map from cluster id to that cluster's row in `year`
 * @example rowsOfYear(series, 2025).get('C1')?.pupils
 */
export function rowsOfYear(series: readonly ClusterYear[], year: number): Map<string, ClusterYear> {
  return new Map(series.filter((row) => row.year === year).map((row) => [row.clusterId, row]));
}
