import type { ColumnData } from '$lib/db/connector';

/** A school location as the model's worker sends it (`SiteLocation`), the fields the table keeps. */
export interface LocationInput {
  id: string;
  board: string;
  cluster: string;
  municipalityCode: string;
  municipality: string;
  pupils: number;
  demandFte: number[];
  totalShortageFte: number[];
}

/**
 * The model's locations as the columns of the table `locations`: a row per location and model year from
 * the base year (location, board, cluster, municipality_code, municipality, year, pupils, demand_fte,
 * total_shortage_fte).
 * @param locations the worker's locations
 * @param baseYear the year of each location's first value
 * @returns the columns, loaded as Arrow
 * @example await db.insertColumns('locations', locationColumns(result.locations, result.baseYear))
 */
export function locationColumns(locations: readonly LocationInput[], baseYear: number): ColumnData[] {
  const rows = locations.flatMap((l) =>
    l.demandFte.map((demand, t) => ({ l, year: baseYear + t, demand, shortage: l.totalShortageFte[t] ?? 0 })),
  );
  return [
    { name: 'location', type: 'string', values: rows.map((r) => r.l.id) },
    { name: 'board', type: 'string', values: rows.map((r) => r.l.board) },
    { name: 'cluster', type: 'string', values: rows.map((r) => r.l.cluster) },
    { name: 'municipality_code', type: 'string', values: rows.map((r) => r.l.municipalityCode) },
    { name: 'municipality', type: 'string', values: rows.map((r) => r.l.municipality) },
    { name: 'year', type: 'integer', values: rows.map((r) => r.year) },
    { name: 'pupils', type: 'number', values: rows.map((r) => r.l.pupils) },
    { name: 'demand_fte', type: 'number', values: rows.map((r) => r.demand) },
    { name: 'total_shortage_fte', type: 'number', values: rows.map((r) => r.shortage) },
  ];
}
