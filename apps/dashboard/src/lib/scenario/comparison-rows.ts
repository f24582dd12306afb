import { findSeries } from './scenario-aggregates';
import type { ScenarioAggregates, ScenarioMeta } from './scenario-types';

/** One row of the comparison: a unit in a year, the baseline's shortage and each scenario's (FTE). */
export interface ComparisonRow {
  level: 'region' | 'cluster';
  unit: string;
  name: string;
  year: number;
  baseline: number;
  /** Each compared scenario's total shortage, in the order given (null when not computed yet). */
  scenarios: (number | null)[];
}

/** Options of {@link comparisonRows}. */
export interface ComparisonRowsOptions {
  meta: ScenarioMeta;
  baseline: ScenarioAggregates;
  /** The compared scenarios' aggregates, null while one is computed. */
  scenarios: readonly (ScenarioAggregates | null)[];
  /** The region's name in the page's language. */
  regionName: string;
  /** Years after the base year (default the base year, +5 and +10, within the horizon). */
  offsets?: readonly number[];
}

/**
 * The comparison table: the region and each cluster, in the base year, 5 and 10 years on, with the
 * baseline's and every scenario's total shortage.
 * @param options dataset names, the baseline and the scenarios' aggregates
 * @returns rows by unit, then year
 * @example comparisonRows({ meta, baseline, scenarios: [a, b], regionName: 'Regio' })[1].scenarios
 */
export function comparisonRows({
  meta,
  baseline,
  scenarios,
  regionName,
  offsets = [0, 5, 10],
}: ComparisonRowsOptions): ComparisonRow[] {
  const units = [
    { level: 'region' as const, unit: meta.region.id, name: regionName },
    ...meta.clusters.map((c) => ({ level: 'cluster' as const, unit: c.id, name: c.name })),
  ];
  const indices = offsets.filter((o) => o < meta.years.length);
  return units.flatMap(({ level, unit, name }) => {
    const b = findSeries(baseline, level, unit);
    if (!b) return [];
    return indices.map((t) => ({
      level,
      unit,
      name,
      year: meta.years[t],
      baseline: b.shortage[t],
      scenarios: scenarios.map((s) => (s ? (findSeries(s, level, unit)?.shortage[t] ?? null) : null)),
    }));
  });
}
