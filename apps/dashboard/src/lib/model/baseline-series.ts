import type { Measure, Projection, SeriesSelector } from '@opgave/core';
import type { BaselinePoint, BaselineUnit } from './types';

/** Measured FTE of one location, subject and year, as `historicalDemand` of `@opgave/core` returns it. */
export interface HistoricalCell {
  qualified: number;
  unqualified: number;
  unfilled: number;
}

/**
 * Sums measured demand, supply and shortage per unit and year. Demand is qualified + unqualified +
 * unfilled FTE, supply the qualified FTE, the hidden shortage the unqualified FTE.
 * @param cells map `location|subject|year` → measured FTE (`historicalDemand(data)`)
 * @param unitsOf the units (e.g. cluster and region ids) each location counts towards
 * @param options.to the last year to keep (the base year)
 * @returns per unit id, the points by year
 * @example historyByUnit(historicalDemand(data), new Map([['L1', ['C1', 'R01']]]), { to: 2025 }).get('C1')
 */
export function historyByUnit(
  cells: Iterable<[string, HistoricalCell]>,
  unitsOf: ReadonlyMap<string, readonly string[]>,
  { to = Infinity }: { to?: number } = {},
): Map<string, BaselinePoint[]> {
  const sums = new Map<string, Map<number, HistoricalCell>>();
  for (const [key, cell] of cells) {
    const [location, , yearText] = key.split('|');
    const year = Number(yearText);
    if (!(year <= to)) continue;
    for (const unit of unitsOf.get(location) ?? []) {
      let byYear = sums.get(unit);
      if (!byYear) sums.set(unit, (byYear = new Map()));
      const sum = byYear.get(year) ?? { qualified: 0, unqualified: 0, unfilled: 0 };
      sum.qualified += cell.qualified;
      sum.unqualified += cell.unqualified;
      sum.unfilled += cell.unfilled;
      byYear.set(year, sum);
    }
  }
  const out = new Map<string, BaselinePoint[]>();
  for (const [unit, byYear] of sums) {
    out.set(
      unit,
      [...byYear]
        .sort(([a], [b]) => a - b)
        .map(([year, s]) => {
          const demandFte = s.qualified + s.unqualified + s.unfilled;
          const totalShortageFte = s.unqualified + s.unfilled;
          return {
            year,
            phase: 'history',
            demandFte,
            supplyFte: s.qualified,
            totalShortageFte,
            hiddenShortageFte: s.unqualified,
            unfilledFte: s.unfilled,
            shortagePct: demandFte > 0 ? (100 * totalShortageFte) / demandFte : 0,
          };
        }),
    );
  }
  return out;
}

/**
 * The model's points of one unit for every projected year, the base year first.
 * @param projection a projection of `@opgave/core` (only `years` and `value` are read)
 * @param selector the unit: level and id (subject: all)
 * @returns one point per year of the projection
 * @example forecastPoints(project(data, { horizon: 15 }), { level: 'cluster', unit: 'R01-C1' })
 */
export function forecastPoints(
  projection: Pick<Projection, 'years' | 'value'>,
  selector: SeriesSelector,
): BaselinePoint[] {
  const at = (measure: Measure, year: number) => projection.value(measure, year, selector);
  return projection.years.map((year) => ({
    year,
    phase: 'forecast',
    demandFte: at('demand_fte', year),
    supplyFte: at('supply_fte', year),
    totalShortageFte: at('total_shortage_fte', year),
    hiddenShortageFte: at('hidden_shortage_fte', year),
    unfilledFte: at('unfilled_fte', year),
    shortagePct: at('shortage_pct', year),
  }));
}

/**
 * The point of a unit in a year: the model's from the base year on, else the measured one.
 * @param unit a unit's series
 * @param year a year
 * @returns the point, or `undefined` when the year is outside both series
 * @example pointAt(region, 2030)?.totalShortageFte
 */
export function pointAt(unit: BaselineUnit, year: number): BaselinePoint | undefined {
  return unit.forecast.find((p) => p.year === year) ?? unit.history.find((p) => p.year === year);
}

/**
 * The points to show one per year (tooltips, tables): measured before the base year, the model's from it.
 * @param unit a unit's series
 * @returns points by year, without the base year twice
 * @example yearlyPoints(region).length // 2040 − 2014 + 1
 */
export function yearlyPoints(unit: BaselineUnit): BaselinePoint[] {
  const start = unit.forecast[0]?.year ?? Infinity;
  return [...unit.history.filter((p) => p.year < start), ...unit.forecast];
}
