import type { Dataset } from '../schema/types.js';

/** Add `value` to `map[key]` (creating it at 0). */
export function addTo(map: Map<string, number>, key: string, value: number): void {
  map.set(key, (map.get(key) ?? 0) + value);
}

/** `a / b`, or `fallback` when `b` is not positive. */
export function ratio(a: number, b: number, fallback = 0): number {
  return b > 0 ? a / b : fallback;
}

/** Lookup tables shared by the estimators. */
export interface Lookups {
  subjectSector: Map<string, string>;
  locationSector: Map<string, string>;
  locationBoard: Map<string, string>;
  boardSector: Map<string, string>;
}

/**
 * Lookups from ids to sectors and boards.
 * @example
 * lookupsOf(data).subjectSector.get('vo-wi'); // → 'vo'
 */
export function lookupsOf(data: Dataset): Lookups {
  return {
    subjectSector: new Map(data.subjects.map((s) => [s.subject_id, s.sector])),
    locationSector: new Map(data.locations.map((l) => [l.location_id, l.sector])),
    locationBoard: new Map(data.locations.map((l) => [l.location_id, l.board_id])),
    boardSector: new Map(data.boards.map((b) => [b.board_id, b.sector])),
  };
}
