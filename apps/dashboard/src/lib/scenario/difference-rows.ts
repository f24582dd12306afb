import { findSeries } from './scenario-aggregates';
import type { ScenarioAggregates, ScenarioMeta } from './scenario-types';

/** The units a difference table lists. */
export type DifferenceDimension = 'cluster' | 'board' | 'subject';

/** One row of the difference table: a unit's shortage in the baseline and the scenario (FTE). */
export interface DifferenceRow {
  id: string;
  name: string;
  baseline: number;
  scenario: number;
  /** scenario − baseline, FTE. */
  difference: number;
  /** The difference relative to the baseline's shortage, percent; null when the baseline has none. */
  differencePct: number | null;
}

/** Options of {@link differenceRows}. */
export interface DifferenceRowsOptions {
  meta: ScenarioMeta;
  baseline: ScenarioAggregates;
  scenario: ScenarioAggregates;
  year: number;
  dimension: DifferenceDimension;
  /** The name of a subject in the page's language. */
  subjectName?: (subject: ScenarioMeta['subjects'][number]) => string;
}

/**
 * The total shortage of every cluster, board or subject (the region's, per subject) in one year, in
 * the baseline and the scenario, and their difference; in the order of the units' ids.
 * @param options dataset names, both aggregates, the year and the dimension
 * @returns one row per unit that has a series
 * @example differenceRows({ meta, baseline, scenario, year: 2030, dimension: 'cluster' })[0].difference
 */
export function differenceRows({
  meta,
  baseline,
  scenario,
  year,
  dimension,
  subjectName = (s) => s.name,
}: DifferenceRowsOptions): DifferenceRow[] {
  const t = meta.years.indexOf(year);
  if (t < 0)
    throw new RangeError(`differenceRows: year ${year} is outside ${meta.years[0]}–${meta.years.at(-1)}`);
  const units =
    dimension === 'subject'
      ? meta.subjects.map((s) => ({
          level: 'region' as const,
          unit: meta.region.id,
          subject: s.id,
          id: s.id,
          name: subjectName(s),
        }))
      : (dimension === 'cluster' ? meta.clusters : meta.boards).map((u) => ({
          level: dimension,
          unit: u.id,
          subject: 'all',
          id: u.id,
          name: u.name,
        }));
  return units.flatMap(({ level, unit, subject, id, name }) => {
    const b = findSeries(baseline, level, unit, subject);
    const s = findSeries(scenario, level, unit, subject);
    if (!b || !s) return [];
    const difference = s.shortage[t] - b.shortage[t];
    return [
      {
        id,
        name,
        baseline: b.shortage[t],
        scenario: s.shortage[t],
        difference,
        differencePct: b.shortage[t] > 0 ? (100 * difference) / b.shortage[t] : null,
      },
    ];
  });
}
