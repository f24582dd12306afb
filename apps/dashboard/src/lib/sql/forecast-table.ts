import type { SchemaField } from './create-table-from-csv';

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

/** Columns of the table `forecast`, typed for `createTableFromCsv`. */
export const FORECAST_FIELDS: SchemaField[] = [
  { name: 'level', type: 'string' },
  { name: 'unit', type: 'string' },
  { name: 'subject', type: 'string' },
  { name: 'year', type: 'integer' },
  { name: 'demand_fte', type: 'number' },
  { name: 'supply_fte', type: 'number' },
  { name: 'total_shortage_fte', type: 'number' },
  { name: 'shortage_pct', type: 'number' },
];

/**
 * Writes the model's rows as CSV for DuckDB: numbers in full (JavaScript's shortest exact form), so the
 * table holds exactly the worker's values. Ids contain no commas or quotes.
 * @param rows the model's rows
 * @returns CSV text with a header
 * @example forecastCsv([{ level: 'region', unit: 'R01', subject: 'all', year: 2025, … }])
 */
export function forecastCsv(rows: readonly ForecastRow[]): string {
  const lines = [FORECAST_FIELDS.map((f) => f.name).join(',')];
  for (const r of rows) {
    lines.push(
      `${r.level},${r.unit},${r.subject},${r.year},${r.demandFte},${r.supplyFte},${r.totalShortageFte},${r.shortagePct}`,
    );
  }
  return `${lines.join('\n')}\n`;
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
