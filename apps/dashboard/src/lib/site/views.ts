import type { BandRow, DriverRow, SeriesRow, SiteResult, SiteUnit } from '$lib/model/site-types';
import type { WaterfallStep } from '@opgave/charts';

/** The unit a view is about: a board, else a cluster, else the region. */
export function focusUnit(result: SiteResult, clusterId: string | null, boardId: string | null): SiteUnit {
  const find = (level: string, id: string | null) =>
    id === null ? undefined : result.units.find((u) => u.level === level && u.id === id);
  return find('board', boardId) ?? find('cluster', clusterId) ?? result.units[0];
}

/** The key of a unit's series: `level|unit|subject`. */
export function seriesKey(unit: Pick<SiteUnit, 'level' | 'id'>, subject: string): string {
  return `${unit.level}|${unit.id}|${subject}`;
}

/**
 * Every year the site shows, measured and projected: the first measured year to the horizon.
 * @param result the model's first and last year
 * @returns the years, ascending
 * @example siteYears({ historyStart: 2014, lastYear: 2016 }) // [2014, 2015, 2016]
 */
export function siteYears(result: Pick<SiteResult, 'historyStart' | 'lastYear'>): number[] {
  return Array.from({ length: result.lastYear - result.historyStart + 1 }, (_, i) => result.historyStart + i);
}

/**
 * The one year a single-year view shows: the filter's `to`, else the base year + 5, kept within the
 * model's years (base year to horizon).
 * @param result the model's base and last year
 * @param to the year range’s end from the URL, if any (null or undefined: none)
 * @returns the year
 * @example shownYear({ baseYear: 2025, lastYear: 2040 }, undefined) // 2030
 */
export function shownYear(result: Pick<SiteResult, 'baseYear' | 'lastYear'>, to?: number | null): number {
  return Math.min(Math.max(to ?? headlineYears(result)[1], result.baseYear), result.lastYear);
}

/** The headline years: the base year, in 5 and in 10 years (within the horizon). */
export function headlineYears(result: Pick<SiteResult, 'baseYear' | 'lastYear'>): number[] {
  return [0, 5, 10].map((k) => Math.min(result.baseYear + k, result.lastYear));
}

/**
 * One value per year: measured before the base year, the model's from it.
 * @param history measured rows of one series
 * @param forecast the model's rows of the same series
 * @returns rows by year, each year once
 * @example yearly(historyRows, forecastRows).map((r) => r.year)
 */
export function yearly(history: readonly SeriesRow[] = [], forecast: readonly SeriesRow[] = []): SeriesRow[] {
  const start = forecast[0]?.year ?? Infinity;
  return [...history.filter((r) => r.year < start), ...forecast];
}

/**
 * Sums the drivers of a unit from `from` to `to` into a waterfall: the model's shortage in `from`, each
 * driver's contribution over the years `from + 1 … to`, and the shortage in `to`.
 * @param drivers driver rows of one unit (explainChange)
 * @param forecast the unit's forecast rows (subject `all`)
 * @param from first year (≥ base year)
 * @param to last year
 * @param names display name of each driver
 * @param endLabels labels of the two totals
 * @returns the steps, drivers in the model's order, those that are zero left out
 */
export function waterfallSteps(
  drivers: readonly DriverRow[],
  forecast: readonly SeriesRow[],
  from: number,
  to: number,
  names: Record<string, string>,
): WaterfallStep[] {
  const start = forecast.find((r) => r.year === from)?.totalShortageFte ?? 0;
  const end = forecast.find((r) => r.year === to)?.totalShortageFte ?? 0;
  const sums = new Map<string, number>();
  for (const d of drivers) {
    if (d.driver === 'total' || d.year <= from || d.year > to) continue;
    sums.set(d.driver, (sums.get(d.driver) ?? 0) + d.value);
  }
  return [
    { label: String(from), value: start, kind: 'total' },
    ...[...sums]
      .filter(([, v]) => Math.abs(v) >= 0.05)
      .map(([driver, value]): WaterfallStep => ({ label: names[driver] ?? driver, value, kind: 'change' })),
    { label: String(to), value: end, kind: 'total' },
  ];
}

/** The p10–p90 band of a series in a year, if simulated. */
export function bandAt(bands: readonly BandRow[] | undefined, year: number): BandRow | undefined {
  return bands?.find((b) => b.year === year);
}

/** Sorts rows by a number, largest first, and keeps `n`. */
export function largest<T>(rows: readonly T[], value: (row: T) => number, n = Infinity): T[] {
  return [...rows].sort((a, b) => value(b) - value(a)).slice(0, n);
}
