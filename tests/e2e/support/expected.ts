import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCsv } from './csv';

export const repositoryRoot = resolve(fileURLToPath(new URL('../../..', import.meta.url)));

/** The dataset the dashboard was built from (the build reads the same variable). */
export const dataDir = resolve(repositoryRoot, process.env.OPGAVE_DATA_DIR ?? join('data', 'rotterdam'));

/** A cluster's figures for one year, summed here straight from the CSV files. */
export interface ExpectedCluster {
  clusterId: string;
  name: string;
  pupils: number;
  teacherFte: number;
}

/**
 * Sums pupils (pupils.csv) and qualified teacher FTE (workforce.csv) per cluster via
 * locations.csv, for the latest year in pupils.csv — by hand, without the dashboard's code.
 * @returns the latest year, the earliest year and the clusters in clusters.csv order
 */
export function expectedClusters(): {
  latestYear: number;
  firstYear: number;
  clusters: ExpectedCluster[];
  totalPupils: number;
} {
  const clusterOf = new Map(
    readCsv(join(dataDir, 'locations.csv')).map((row) => [row.location_id, row.cluster_id]),
  );
  const pupils = readCsv(join(dataDir, 'pupils.csv'));
  const years = pupils.map((row) => Number(row.year));
  const latestYear = Math.max(...years);
  const firstYear = Math.min(...years);
  const clusters: ExpectedCluster[] = readCsv(join(dataDir, 'clusters.csv')).map((row) => ({
    clusterId: row.cluster_id,
    name: row.name,
    pupils: 0,
    teacherFte: 0,
  }));
  const byId = new Map(clusters.map((cluster) => [cluster.clusterId, cluster]));
  for (const row of pupils) {
    if (Number(row.year) !== latestYear) continue;
    const cluster = byId.get(clusterOf.get(row.location_id) ?? '');
    if (cluster) cluster.pupils += Number(row.pupils);
  }
  for (const row of readCsv(join(dataDir, 'workforce.csv'))) {
    if (Number(row.year) !== latestYear) continue;
    const cluster = byId.get(clusterOf.get(row.location_id) ?? '');
    if (cluster) cluster.teacherFte += Number(row.fte);
  }
  const totalPupils = clusters.reduce((sum, cluster) => sum + cluster.pupils, 0);
  return { latestYear, firstYear, clusters, totalPupils };
}

/**
 * Reads a number as the page shows it in Dutch (`12.345`, `1.234,5`, `−2,0%`).
 * @param text the shown text
 * @returns the number
 * @example parseDutchNumber('1.234,5') // 1234.5
 */
export function parseDutchNumber(text: string): number {
  const value = Number(
    text.trim().replace(/\./g, '').replace(',', '.').replace('−', '-').replace(/[%\s]/g, ''),
  );
  if (Number.isNaN(value)) throw new Error(`parseDutchNumber: "${text}" is not a number`);
  return value;
}
