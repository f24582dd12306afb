import type { DuoFileKind } from '@opgave/import';

/**
 * Whether a DUO file needs its reference year from the reader when its name has none: pupil counts are of
 * one 1 October; DUO's locations file has no year and hbo/wo files carry their years as columns.
 * @param kind what DUO file it is
 * @returns true for the pupils files
 * @example needsYear('pupils-per-location') // true
 */
export function needsYear(kind: DuoFileKind): boolean {
  return kind === 'pupils-per-location' || kind === 'pupils-per-location-total';
}
