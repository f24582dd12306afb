import { ALL, type Projection } from '@opgave/core';
import type { AggregateLevel, AggregateSeries, ScenarioAggregates } from './scenario-types';

/**
 * The series the scenario studio shows, from a projection: the region by every subject and sector
 * total, and each cluster's and board's total, shortage and demand (FTE) by year.
 *
 * Summed here from the leaves, two measures into these groups only, rather than through
 * `projection.sums()`, which sums all twelve leaf measures into every location, board, cluster and region
 * group and builds a text key per leaf and group: that was most of a lever's time in the worker. The
 * leaves are added in the same order as `sums()` adds them, so the figures are the same to the last bit.
 * @param projection a projection of the baseline or a scenario
 * @returns the aggregates (a few hundred numbers, cheap to post)
 * @example scenarioAggregates(project(data, { scenario })).series[0].shortage
 */
export function scenarioAggregates(projection: Projection): ScenarioAggregates {
  const { model, result } = projection;
  const { nLeaf, subjects, sectors } = model;
  const T = model.horizon + 1;
  // Integer keys: a region's subjects, then its sector totals and its total; clusters; boards.
  const nRegionKeys = subjects.length + sectors.length + 1;
  const regionBase = (r: number) => r * nRegionKeys;
  const clusterBase = model.regions.length * nRegionKeys;
  const boardBase = clusterBase + model.clusters.length;
  const seriesOfKey = new Int32Array(boardBase + model.boards.length).fill(-1);
  const groups: Pick<AggregateSeries, 'level' | 'unit' | 'subject'>[] = [];
  const keys = new Int32Array(nLeaf * 5);

  const seriesIndex = (key: number, level: AggregateLevel, unit: string, subject: string) => {
    if (seriesOfKey[key] < 0) {
      seriesOfKey[key] = groups.length;
      groups.push({ level, unit, subject });
    }
    return seriesOfKey[key];
  };
  // In the order in which sums() first meets the groups: per leaf its board, cluster, then region.
  for (let c = 0; c < nLeaf; c++) {
    const l = model.leafLocation[c];
    const b = model.locationBoard[l];
    const cl = model.locationCluster[l];
    const r = model.clusterRegion[cl];
    const region = model.regions[r];
    const s = model.leafSubject[c];
    const sector = model.leafSector[c];
    keys[c * 5] = seriesIndex(boardBase + b, 'board', model.boards[b], ALL);
    keys[c * 5 + 1] = seriesIndex(clusterBase + cl, 'cluster', model.clusters[cl], ALL);
    keys[c * 5 + 2] = seriesIndex(regionBase(r) + s, 'region', region, subjects[s]);
    keys[c * 5 + 3] = seriesIndex(
      regionBase(r) + subjects.length + sector,
      'region',
      region,
      `${ALL}-${sectors[sector]}`,
    );
    keys[c * 5 + 4] = seriesIndex(regionBase(r) + nRegionKeys - 1, 'region', region, ALL);
  }

  const shortage = result.values.total_shortage_fte;
  const demand = result.values.demand_fte;
  const shortageSums = new Float64Array(groups.length * T);
  const demandSums = new Float64Array(groups.length * T);
  for (let t = 0; t < T; t++) {
    const offset = t * nLeaf;
    for (let c = 0; c < nLeaf; c++) {
      const x = shortage[offset + c];
      const d = demand[offset + c];
      for (let k = c * 5; k < c * 5 + 5; k++) {
        const at = keys[k] * T + t;
        if (x !== 0) shortageSums[at] += x;
        if (d !== 0) demandSums[at] += d;
      }
    }
  }
  const series = groups.map((group, g) => ({
    ...group,
    shortage: Array.from(shortageSums.subarray(g * T, (g + 1) * T)),
    demand: Array.from(demandSums.subarray(g * T, (g + 1) * T)),
  }));
  return { series };
}

/**
 * Finds a series of the aggregates.
 * @param aggregates the aggregates
 * @param level region, cluster or board
 * @param unit the unit's id
 * @param subject a subject, a sector total or `all` (default)
 * @returns the series, or undefined
 * @example findSeries(aggregates, 'region', 'R01')?.shortage[5]
 */
export function findSeries(
  aggregates: ScenarioAggregates,
  level: AggregateLevel,
  unit: string,
  subject = 'all',
): AggregateSeries | undefined {
  return aggregates.series.find((s) => s.level === level && s.unit === unit && s.subject === subject);
}
