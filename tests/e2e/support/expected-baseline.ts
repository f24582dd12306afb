import { calibrate, project } from '@opgave/core';
import type { Measure } from '@opgave/core';
import { loadDataset } from '@opgave/core/node';
import { dataDir } from './expected';

/** One unit's expected figures, from @opgave/core run in Node. */
export interface ExpectedUnit {
  /** Cluster id; `''` for the region (all clusters), as the page's `data-cluster` attributes have it. */
  clusterId: string;
  name: string;
  /** Value of a model measure in a year. */
  value(measure: Measure, year: number): number;
}

/**
 * The baseline as `@opgave/core` computes it in Node for the dataset the site was built from:
 * `loadDataset` → `calibrate` → `project(data, { horizon: 15, params })`, independent of the browser.
 * @returns the base year, the headline years (now, +5, +10), the region and the clusters by id
 */
export async function expectedBaseline() {
  const data = await loadDataset(dataDir);
  const params = calibrate(data);
  const projection = project(data, { horizon: 15, params });
  const unit = (level: 'region' | 'cluster', id: string, clusterId: string, name: string): ExpectedUnit => ({
    clusterId,
    name,
    value: (measure, year) => projection.value(measure, year, { level, unit: id }),
  });
  const region = data.regions[0];
  const clusters = [...data.clusters]
    .sort((a, b) => a.cluster_id.localeCompare(b.cluster_id))
    .map((c) => unit('cluster', c.cluster_id, c.cluster_id, c.name));
  const baseYear = projection.baseYear;
  return {
    baseYear,
    years: [baseYear, baseYear + 5, baseYear + 10] as const,
    region: unit('region', region.region_id, '', 'Alle clusters'),
    clusters,
  };
}

/**
 * Checks a shown number against the model's value, allowing for the display's rounding.
 * @param shown the number read from the page
 * @param expected the model's value
 * @param decimals decimals shown (FTE and % both show one)
 * @returns whether they agree to the shown precision
 */
export function agreesToShown(shown: number, expected: number, decimals = 1): boolean {
  return Math.abs(shown - expected) <= 0.5 * 10 ** -decimals + 1e-9;
}
