import type { SeriesRow, SiteResult } from './site-types';
import type { BaselinePoint, BaselineUnit, Phase } from '@opgave/charts';

/**
 * Turns a unit's rows of the site model (subject `all`) into baseline points.
 * @param rows measured or projected rows of one unit, any order
 * @param phase whether they are measured (`history`) or the model's (`forecast`)
 * @returns the points by year
 * @example toPoints(historyIndex.get('region|R01|all') ?? [], 'history')
 */
export function toPoints(rows: readonly SeriesRow[], phase: Phase): BaselinePoint[] {
  return [...rows]
    .sort((a, b) => a.year - b.year)
    .map((row) => ({
      year: row.year,
      phase,
      demandFte: row.demandFte,
      supplyFte: row.supplyFte,
      totalShortageFte: row.totalShortageFte,
      hiddenShortageFte: row.hiddenShortageFte,
      unfilledFte: row.unfilledFte,
      shortagePct: row.shortagePct,
    }));
}

/**
 * The baseline series of the region and of every cluster (all subjects), read from the site model's
 * result: measured through the base year, the model's from the base year to the last year.
 * @param result the site model's result (`SiteResult`)
 * @returns the region first, then the clusters by id
 * @example baselineUnits(siteModel.result).find((u) => u.unitId === 'R01-C1')?.forecast
 */
export function baselineUnits(
  result: Pick<SiteResult, 'units' | 'history' | 'forecast' | 'baseYear'>,
): BaselineUnit[] {
  const rowsOf = (rows: readonly SeriesRow[]) => {
    const byUnit = new Map<string, SeriesRow[]>();
    for (const row of rows) {
      if (row.subject !== 'all' || row.level === 'board') continue;
      const key = `${row.level}|${row.unit}`;
      let list = byUnit.get(key);
      if (!list) byUnit.set(key, (list = []));
      list.push(row);
    }
    return byUnit;
  };
  const history = rowsOf(result.history.filter((row) => row.year <= result.baseYear));
  const forecast = rowsOf(result.forecast);
  const units = result.units.filter((unit) => unit.level !== 'board');
  return [
    ...units.filter((unit) => unit.level === 'region'),
    ...units.filter((unit) => unit.level === 'cluster').sort((a, b) => a.id.localeCompare(b.id)),
  ].map((unit) => ({
    level: unit.level as 'region' | 'cluster',
    unitId: unit.id,
    name: unit.name,
    history: toPoints(history.get(`${unit.level}|${unit.id}`) ?? [], 'history'),
    forecast: toPoints(forecast.get(`${unit.level}|${unit.id}`) ?? [], 'forecast'),
  }));
}
