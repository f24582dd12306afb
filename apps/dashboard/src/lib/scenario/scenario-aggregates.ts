import type { Projection } from '@opgave/core';
import type { AggregateLevel, AggregateSeries, ScenarioAggregates } from './scenario-types';

/**
 * The series the scenario studio shows, from a projection: the region by every subject and sector
 * total, and each cluster's and board's total, shortage and demand (FTE) by year.
 * @param projection a projection of the baseline or a scenario
 * @returns the aggregates (a few hundred numbers, cheap to post)
 * @example scenarioAggregates(project(data, { scenario })).series[0].shortage
 */
export function scenarioAggregates(projection: Projection): ScenarioAggregates {
  const series: AggregateSeries[] = [];
  for (const group of projection.sums().grouping.groups) {
    const level = group.level as AggregateLevel | 'location';
    if (level === 'location') continue;
    if (level !== 'region' && group.subject !== 'all') continue;
    const selector = { level, unit: group.unit, subject: group.subject };
    series.push({
      level,
      unit: group.unit,
      subject: group.subject,
      shortage: projection.years.map((y) => projection.value('total_shortage_fte', y, selector)),
      demand: projection.years.map((y) => projection.value('demand_fte', y, selector)),
    });
  }
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
