import { quoteLiteral } from './identifiers';

/** One board's shortage in a year: measured before the model's first year, the model's from it. */
export interface BoardYear {
  board: string;
  year: number;
  totalShortageFte: number;
  shortagePct: number;
}

/** Options of {@link boardYearsSql}. */
export interface BoardYearsOptions {
  /** The boards, in the order of the rows. */
  boards: readonly string[];
  /** A subject id, `all-<sector>` or `all`. */
  subject: string;
  from: number;
  to: number;
}

/**
 * The shortage of boards by year for the heatmap and board table of Regio: per board the measured
 * years (table `history`) before its first year in `forecast`, then the model's years.
 * @param options boards, subject key and years
 * @returns SQL over the tables `history` and `forecast`, rows as {@link BoardYear}, by board then year
 * @example await db.query<BoardYear>(boardYearsSql({ boards: ['B01'], subject: 'all', from: 2014, to: 2040 }))
 */
export function boardYearsSql({ boards, subject, from, to }: BoardYearsOptions): string {
  for (const [name, year] of [
    ['from', from],
    ['to', to],
  ] as const)
    if (!Number.isInteger(year)) throw new Error(`boardYearsSql: ${name} ${year} is not a whole number`);
  if (boards.length === 0) return `SELECT * FROM forecast WHERE false`;
  const list = `[${boards.map(quoteLiteral).join(', ')}]`;
  const where = `level = 'board' AND subject = ${quoteLiteral(subject)} AND list_contains(${list}, unit)`;
  return `
WITH f AS (SELECT * FROM forecast WHERE ${where}),
  h AS (SELECT * FROM history WHERE ${where}),
  start AS (SELECT unit, min(year) AS first FROM f GROUP BY unit),
  rows AS (
    SELECT h.* FROM h LEFT JOIN start USING (unit) WHERE start.first IS NULL OR h.year < start.first
    UNION ALL SELECT * FROM f)
SELECT unit AS board, year, total_shortage_fte AS "totalShortageFte", shortage_pct AS "shortagePct"
FROM rows
WHERE year BETWEEN ${from} AND ${to}
ORDER BY list_position(${list}, unit), year`;
}
