import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { unitsFromCsv } from './units-from-csv';

/**
 * Reads the clusters or boards of the dataset copied into `static/data/rotterdam/` (build time only:
 * the ids of the prerendered pages and their names for the page titles).
 * @param resource `clusters` or `boards`
 * @returns id and name of each, in file order
 * @example readUnits('clusters') // [{ id: 'R01-C1', name: 'Cluster Noord' }, …]
 */
export function readUnits(resource: 'clusters' | 'boards'): { id: string; name: string }[] {
  const text = readFileSync(resolve('static/data/rotterdam', `${resource}.csv`), 'utf8');
  return unitsFromCsv(text, resource === 'clusters' ? 'cluster_id' : 'board_id');
}
