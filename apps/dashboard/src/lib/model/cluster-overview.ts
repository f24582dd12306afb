import type { Dataset } from '@opgave/core';

/** An onderwijsregio. */
export interface Region {
  regionId: string;
  name: string;
}

/** A cluster of the partnership, with the number of its school locations. */
export interface Cluster {
  clusterId: string;
  name: string;
  regionId: string;
  locations: number;
}

/** Pupils and qualified teacher FTE of one cluster in one year. */
export interface ClusterYear {
  clusterId: string;
  clusterName: string;
  year: number;
  /** Pupils on 1 October, summed over the cluster's locations. */
  pupils: number;
  /** School locations with pupils that year. */
  locations: number;
  /** Qualified teachers' FTE on 1 October (`workforce`). */
  teacherFte: number;
  /** Qualified teachers (persons) on 1 October. */
  teacherHeadcount: number;
}

/** The measured figures of the Regio page's first section: the regions, the clusters and their years. */
export interface ClusterOverview {
  regions: Region[];
  clusters: Cluster[];
  series: ClusterYear[];
}

/** The resources {@link clusterOverview} reads: the model's worker parses these first. */
export const OVERVIEW_RESOURCES = ['regions', 'clusters', 'locations', 'pupils', 'workforce'] as const;

/** The resources {@link clusterOverview} reads. */
export type OverviewInput = Pick<Dataset, (typeof OVERVIEW_RESOURCES)[number]>;

interface Sums {
  pupils: number;
  locations: Set<string>;
  fte: number;
  headcount: number;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Pupils and qualified teacher FTE per cluster and year, the regions and the clusters with their number
 * of locations: the measured figures of the Regio page's first section. The model's worker computes them
 * as soon as it has read the dataset, and only there: DuckDB holds the model's results, not these.
 * @param data the dataset's regions, clusters, locations, pupils and workforce
 * @returns the regions and clusters by id, and a row per cluster and year with pupils or workforce,
 *   by cluster and year; locations without a cluster are left out
 * @example clusterOverview(dataset).series[0] // { clusterId: 'R01-C1', year: 2014, pupils: 21800, … }
 */
export function clusterOverview(data: OverviewInput): ClusterOverview {
  const clusterOf = new Map(data.locations.map((l) => [l.location_id, l.cluster_id]));
  const clusterNames = new Map(data.clusters.map((c) => [c.cluster_id, c.name]));
  const sums = new Map<string, Sums>();
  const sumsOf = (clusterId: string, year: number) => {
    const key = `${clusterId}|${year}`;
    let sum = sums.get(key);
    if (!sum) {
      sum = { pupils: 0, locations: new Set(), fte: 0, headcount: 0 };
      sums.set(key, sum);
    }
    return sum;
  };
  for (const row of data.pupils) {
    const clusterId = clusterOf.get(row.location_id);
    if (clusterId === undefined) continue;
    const sum = sumsOf(clusterId, row.year);
    sum.pupils += row.pupils;
    sum.locations.add(row.location_id);
  }
  for (const row of data.workforce) {
    const clusterId = clusterOf.get(row.location_id);
    if (clusterId === undefined) continue;
    const sum = sumsOf(clusterId, row.year);
    sum.fte += row.fte;
    sum.headcount += row.headcount;
  }
  const series: ClusterYear[] = [];
  for (const [key, sum] of sums) {
    const [clusterId, year] = key.split('|');
    const clusterName = clusterNames.get(clusterId);
    if (clusterName === undefined) continue;
    series.push({
      clusterId,
      clusterName,
      year: Number(year),
      pupils: sum.pupils,
      locations: sum.locations.size,
      teacherFte: Math.round(sum.fte * 1000) / 1000,
      teacherHeadcount: sum.headcount,
    });
  }
  series.sort((a, b) => byText(a.clusterId, b.clusterId) || a.year - b.year);

  const locationCount = new Map<string, number>();
  for (const l of data.locations) locationCount.set(l.cluster_id, (locationCount.get(l.cluster_id) ?? 0) + 1);
  const clusters: Cluster[] = data.clusters
    .map((c) => ({
      clusterId: c.cluster_id,
      name: c.name,
      regionId: c.region_id,
      locations: locationCount.get(c.cluster_id) ?? 0,
    }))
    .sort((a, b) => byText(a.clusterId, b.clusterId));
  const regions: Region[] = data.regions
    .map((r) => ({ regionId: r.region_id, name: r.name }))
    .sort((a, b) => byText(a.regionId, b.regionId));
  return { regions, clusters, series };
}
