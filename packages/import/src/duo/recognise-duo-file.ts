import { normaliseDuoHeader } from './duo-common.js';

/** The DUO open-data files Opgave recognises. */
export type DuoFileKind =
  | 'pupils-per-location'
  | 'pupils-per-location-total'
  | 'locations'
  | 'staff-per-board'
  | 'hbo-enrolment'
  | 'ho-graduates';

/** What {@link recogniseDuoFile} found. */
export interface DuoRecognition {
  kind: DuoFileKind;
  /** Header variant: `BRIN NUMMER` (older) or `INSTELLINGSCODE` (newer). */
  variant: 'brin-nummer' | 'instellingscode';
  /** Year taken from the file name (`…-2019.csv`), or null. */
  year: number | null;
}

/**
 * Recognises a DUO file from its header (and its name for the year): pupils per vo location (01, both
 * header variants), the per-location total (03), vo locations (`vestigingenvo.csv`, `02.-alle-vestigingen-vo.csv`),
 * staff per board (XLSX), and hbo/wo enrolment and graduates (`…gediplomeerden…` in the name) in the older
 * (`CROHO ONDERDEEL`, `YYYY MAN`) and the current layout (`ONDERDEEL`, `GESLACHT`, bare `YYYY`).
 * @param file the file name
 * @param header the header row (any case and spacing)
 * @returns what the file is, or null when it is not a DUO file Opgave knows
 * @example
 * recogniseDuoFile('01.-leerlingen-vo-per-vestiging-naar-onderwijstype-2019.csv', ['BRIN NUMMER', 'VESTIGINGSNUMMER', 'LEER- OF VERBLIJFSJAAR 1 - MAN'])
 * // { kind: 'pupils-per-location', variant: 'brin-nummer', year: 2019 }
 */
export function recogniseDuoFile(file: string, header: readonly string[]): DuoRecognition | null {
  const h = new Set(header.map(normaliseDuoHeader));
  const all = [...h];
  const variant =
    h.has('INSTELLINGSCODE') || h.has('INSTELLINGSCODE ACTUEEL') || h.has('INSTELLINGCODE')
      ? 'instellingscode'
      : 'brin-nummer';
  const years = [...file.matchAll(/(?:^|[^0-9])((?:19|20)\d{2})(?=[^0-9]|$)/g)].map((m) => Number(m[1]));
  const year = years.length > 0 ? years[years.length - 1] : null;
  const hasLocation =
    (h.has('VESTIGINGSCODE') || h.has('VESTIGINGSNUMMER')) &&
    (h.has('INSTELLINGSCODE') || h.has('BRIN NUMMER'));
  if (hasLocation && all.some((c) => c.startsWith('LEER- OF VERBLIJFSJAAR') && /(MAN|VROUW)$/.test(c))) {
    return { kind: 'pupils-per-location', variant, year };
  }
  if (hasLocation && h.has('AANTAL LEERLINGEN')) return { kind: 'pupils-per-location-total', variant, year };
  if (hasLocation && h.has('BEVOEGD GEZAG NUMMER') && (h.has('VESTIGINGSNAAM') || h.has('POSTCODE'))) {
    return { kind: 'locations', variant, year };
  }
  // hbo/wo: `CROHO ONDERDEEL` + `YYYY MAN|VROUW` (older), or `ONDERDEEL` + `GESLACHT` + bare `YYYY` (current)
  const hoYears = all.some((c) => /^\d{4} (MAN|VROUW)$/.test(c)) || all.some((c) => /^(19|20)\d{2}$/.test(c));
  if ((h.has('CROHO ONDERDEEL') || h.has('ONDERDEEL')) && hoYears) {
    const graduates = /gediplomeerd|diploma/i.test(file);
    return { kind: graduates ? 'ho-graduates' : 'hbo-enrolment', variant, year };
  }
  if (
    (h.has('BEVOEGD GEZAG') || h.has('BEVOEGD GEZAG NUMMER')) &&
    all.some((c) => /^PERSONEN \d{4}$/.test(c))
  ) {
    return { kind: 'staff-per-board', variant, year };
  }
  return null;
}
