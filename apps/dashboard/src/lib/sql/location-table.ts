import { csvField } from '@opgave/contract';
import type { SchemaField } from './create-table-from-csv';

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

/** Columns of the table `locations`: one row per school location and model year. */
export const LOCATION_FIELDS: SchemaField[] = [
  { name: 'location', type: 'string' },
  { name: 'board', type: 'string' },
  { name: 'cluster', type: 'string' },
  { name: 'municipality_code', type: 'string' },
  { name: 'municipality', type: 'string' },
  { name: 'year', type: 'integer' },
  { name: 'pupils', type: 'number' },
  { name: 'demand_fte', type: 'number' },
  { name: 'total_shortage_fte', type: 'number' },
];

/**
 * Writes the model's locations as CSV for DuckDB, a row per location and year from the base year, numbers
 * in full.
 * @param locations the worker's locations
 * @param baseYear the year of each location's first value
 * @returns CSV text with a header
 * @example locationCsv(result.locations, result.baseYear)
 */
export function locationCsv(locations: readonly LocationInput[], baseYear: number): string {
  const lines = [LOCATION_FIELDS.map((f) => f.name).join(',')];
  for (const l of locations) {
    const head = [l.id, l.board, l.cluster, l.municipalityCode, l.municipality]
      .map((text) => csvField(text))
      .join(',');
    l.demandFte.forEach((demand, t) => {
      lines.push(`${head},${baseYear + t},${l.pupils},${demand},${l.totalShortageFte[t] ?? 0}`);
    });
  }
  return `${lines.join('\n')}\n`;
}
