import type { ColumnData } from '$lib/db/connector';

/** One row of the model's results as the pages store them (`SeriesRow` of the site's worker). */
export interface ForecastRow {
  level: string;
  unit: string;
  subject: string;
  year: number;
  demandFte: number;
  supplyFte: number;
  totalShortageFte: number;
  shortagePct: number;
}

/**
 * The model's rows as the columns of the table `forecast` (loaded as Arrow, no CSV in between), so
 * the table holds exactly the worker's values.
 * @param rows the model's rows
 * @returns the columns level, unit, subject, year, demand_fte, supply_fte, total_shortage_fte, shortage_pct
 * @example await db.insertColumns('forecast', forecastColumns(result.forecast))
 */
export function forecastColumns(rows: readonly ForecastRow[]): ColumnData[] {
  return [
    { name: 'level', type: 'string', values: rows.map((r) => r.level) },
    { name: 'unit', type: 'string', values: rows.map((r) => r.unit) },
    { name: 'subject', type: 'string', values: rows.map((r) => r.subject) },
    { name: 'year', type: 'integer', values: rows.map((r) => r.year) },
    { name: 'demand_fte', type: 'number', values: rows.map((r) => r.demandFte) },
    { name: 'supply_fte', type: 'number', values: rows.map((r) => r.supplyFte) },
    { name: 'total_shortage_fte', type: 'number', values: rows.map((r) => r.totalShortageFte) },
    { name: 'shortage_pct', type: 'number', values: rows.map((r) => r.shortagePct) },
  ];
}

/** A subject's shortage in one unit and year, as {@link subjectShortageSql} returns it. */
export interface SubjectShortage {
  level: string;
  unit: string;
  subject: string;
  totalShortageFte: number;
  shortagePct: number;
}

/**
 * The shortage of every subject (not the sector totals) of the region and the clusters in one year.
 * @param year the year
 * @returns SQL over the table `forecast`
 * @example await db.query<SubjectShortage>(subjectShortageSql(2030))
 */
export function subjectShortageSql(year: number): string {
  if (!Number.isInteger(year)) throw new Error(`subjectShortageSql: year ${year} is not a whole number`);
  return `
SELECT level, unit, subject, total_shortage_fte AS "totalShortageFte", shortage_pct AS "shortagePct"
FROM forecast
WHERE year = ${year} AND level IN ('region', 'cluster') AND subject NOT LIKE 'all%'
ORDER BY subject, level DESC, unit`;
}
