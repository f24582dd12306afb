import { quoteLiteral } from './identifiers';

/** A municipality's school locations summed in one year. */
export interface MunicipalityShortage {
  code: string;
  name: string;
  demand: number;
  shortage: number;
  pupils: number;
  schools: number;
  /** Shortage as % of demand (0 without demand). */
  pct: number;
}

/** Options of {@link municipalityShortageSql}. */
export interface MunicipalityShortageOptions {
  year: number;
  cluster?: string | null;
  board?: string | null;
}

/**
 * The model's demand and shortage of the school locations summed per municipality in one year, the
 * largest shortage (% of demand) first, for Kaart's table and map.
 * @param options the year and an optional cluster or board
 * @returns SQL over the table `locations`, rows as {@link MunicipalityShortage}
 * @example await db.query<MunicipalityShortage>(municipalityShortageSql({ year: 2030 }))
 */
export function municipalityShortageSql({ year, cluster, board }: MunicipalityShortageOptions): string {
  if (!Number.isInteger(year)) throw new Error(`municipalityShortageSql: year ${year} is not a whole number`);
  const where = [
    `year = ${year}`,
    ...(cluster != null ? [`cluster = ${quoteLiteral(cluster)}`] : []),
    ...(board != null ? [`board = ${quoteLiteral(board)}`] : []),
  ].join(' AND ');
  return `
SELECT municipality_code AS code, first(municipality ORDER BY location) AS name,
  sum(demand_fte) AS demand, sum(total_shortage_fte) AS shortage, sum(pupils) AS pupils,
  count(*)::DOUBLE AS schools,
  CASE WHEN sum(demand_fte) > 0 THEN 100 * sum(total_shortage_fte) / sum(demand_fte) ELSE 0 END AS pct
FROM locations
WHERE ${where}
GROUP BY municipality_code
ORDER BY pct DESC, min(location)`;
}
