import { quoteLiteral } from './identifiers';
import type { ForecastRow } from './forecast-table';

/** Options of {@link subjectRowsSql}. */
export interface SubjectRowsOptions {
  level: 'region' | 'cluster' | 'board';
  unit: string;
  year: number;
  /** The subjects to rank, in the order that breaks ties (the dataset's order). */
  subjects: readonly string[];
  /** Rows to keep (default all). */
  limit?: number;
}

/**
 * The model's rows of one unit's subjects in one year, the largest shortage (FTE) first; ties keep the
 * order of `subjects`. Regio's ten subjects and the subject tables of the cluster and board pages.
 * @param options unit, year, subjects and how many
 * @returns SQL over the table `forecast`, rows as {@link ForecastRow}
 * @example await db.query<ForecastRow>(subjectRowsSql({ level: 'region', unit: 'R01', year: 2030, subjects, limit: 10 }))
 */
export function subjectRowsSql({ level, unit, year, subjects, limit }: SubjectRowsOptions): string {
  if (!Number.isInteger(year)) throw new Error(`subjectRowsSql: year ${year} is not a whole number`);
  if (limit !== undefined && !(Number.isInteger(limit) && limit >= 0))
    throw new Error(`subjectRowsSql: limit ${limit} is not a whole number ≥ 0`);
  if (subjects.length === 0) return `SELECT * FROM forecast WHERE false`;
  const list = `[${subjects.map(quoteLiteral).join(', ')}]`;
  return `
SELECT level, unit, subject, year, demand_fte AS "demandFte", supply_fte AS "supplyFte",
  total_shortage_fte AS "totalShortageFte", shortage_pct AS "shortagePct"
FROM forecast
WHERE level = ${quoteLiteral(level)} AND unit = ${quoteLiteral(unit)} AND year = ${year}
  AND list_contains(${list}, subject)
ORDER BY total_shortage_fte DESC, list_position(${list}, subject)${limit !== undefined ? `\nLIMIT ${limit}` : ''}`;
}

export type { ForecastRow };
