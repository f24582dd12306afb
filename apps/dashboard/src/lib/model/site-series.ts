import type { BandRow, SeriesRow, UnitLevel } from './site-types';

/** Measured FTE of one location, subject and year (`historicalDemand` of `@opgave/core`). */
export interface MeasuredCell {
  qualified: number;
  unqualified: number;
  unfilled: number;
}

/**
 * Sums measured demand (qualified + unqualified + unfilled FTE), supply (qualified) and the shortage
 * (unqualified + unfilled) per unit, subject key (the subject, `all-<sector>`, `all`) and year.
 * @param cells map `location|subject|year` → measured FTE
 * @param unitsOf the units each location counts towards
 * @param sectorOf the sector of each subject
 * @param options.to the last year to keep (the base year)
 * @returns rows ordered by level, unit, subject and year
 * @example aggregateHistory(historicalDemand(data), units, sectors, { to: 2025 })
 */
export function aggregateHistory(
  cells: Iterable<[string, MeasuredCell]>,
  unitsOf: ReadonlyMap<string, readonly { level: UnitLevel; unit: string }[]>,
  sectorOf: ReadonlyMap<string, string>,
  { to = Infinity }: { to?: number } = {},
): SeriesRow[] {
  const sums = new Map<
    string,
    { level: UnitLevel; unit: string; subject: string; year: number } & MeasuredCell
  >();
  for (const [key, cell] of cells) {
    const [location, subject, yearText] = key.split('|');
    const year = Number(yearText);
    if (!(year <= to)) continue;
    const subjects = [subject, `all-${sectorOf.get(subject) ?? ''}`, 'all'];
    for (const { level, unit } of unitsOf.get(location) ?? []) {
      for (const s of subjects) {
        const k = `${level}|${unit}|${s}|${year}`;
        let sum = sums.get(k);
        if (!sum)
          sums.set(k, (sum = { level, unit, subject: s, year, qualified: 0, unqualified: 0, unfilled: 0 }));
        sum.qualified += cell.qualified;
        sum.unqualified += cell.unqualified;
        sum.unfilled += cell.unfilled;
      }
    }
  }
  return [...sums.values()]
    .map(({ level, unit, subject, year, qualified, unqualified, unfilled }) => {
      const demandFte = qualified + unqualified + unfilled;
      const totalShortageFte = unqualified + unfilled;
      return {
        level,
        unit,
        subject,
        year,
        demandFte,
        supplyFte: qualified,
        totalShortageFte,
        hiddenShortageFte: unqualified,
        unfilledFte: unfilled,
        shortagePct: demandFte > 0 ? (100 * totalShortageFte) / demandFte : 0,
      };
    })
    .sort(
      (a, b) =>
        a.level.localeCompare(b.level) ||
        a.unit.localeCompare(b.unit) ||
        a.subject.localeCompare(b.subject) ||
        a.year - b.year,
    );
}

/**
 * Indexes rows by `level|unit|subject` for quick look-up of a unit's series.
 * @param rows series rows (measured or the model's)
 * @returns map from `level|unit|subject` to the rows by year
 * @example indexSeries(result.forecast).get('cluster|R01-C1|all')
 */
export function indexSeries<T extends { level: string; unit: string; subject: string }>(
  rows: readonly T[],
): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const row of rows) {
    const key = `${row.level}|${row.unit}|${row.subject}`;
    let list = index.get(key);
    if (!list) index.set(key, (list = []));
    list.push(row);
  }
  return index;
}

/**
 * The band of a measure of a unit and subject, by year.
 * @param bands simulated rows
 * @param key `level|unit|subject`
 * @param measure e.g. `total_shortage_fte`
 * @returns the rows by year (empty when the simulation did not report that group)
 * @example bandSeries(bands, 'region|R01|all', 'total_shortage_fte')
 */
export function bandSeries(bands: readonly BandRow[], key: string, measure: string): BandRow[] {
  return bands
    .filter((b) => b.measure === measure && `${b.level}|${b.unit}|${b.subject}` === key)
    .sort((a, b) => a.year - b.year);
}
