import type { DuoLocationPupils, DuoLocationRow } from '@opgave/import';

/** A school location of the area with its DUO pupil count. */
export interface AreaLocation {
  brin: string;
  /** BRIN + 2-digit vestigingscode (`18BR00`). */
  locationCode: string;
  name: string;
  municipalityCode: string;
  municipality: string;
  /** `BEVOEGD GEZAG NUMMER`. */
  board: string;
  /** The total, or null when DUO suppressed a cell of it (never 0 for unknown). */
  pupils: number | null;
}

/** A total over locations: known pupils, and how many locations had a suppressed count. */
export interface AreaTotal {
  key: string;
  label: string;
  locations: number;
  pupils: number;
  suppressedLocations: number;
}

/** The area's locations and totals, see {@link areaPupils}. */
export interface AreaPupils {
  locations: AreaLocation[];
  byMunicipality: AreaTotal[];
  byBoard: AreaTotal[];
  /** Known pupils of the area. */
  pupils: number;
  /** Locations of the pupil file that the locations file lacks (their municipality is unknown). */
  unmatched: number;
}

/**
 * Joins DUO pupils per location with DUO's locations file (board, municipality) and keeps the locations
 * of the region definition; totals per municipality and per board, largest first. A suppressed
 * location total stays unknown (null), not 0.
 * @param options `pupils` per location (`duoPupilsPerLocation`), `locations` (`importDuoLocations`),
 *   `region`: the DUO location codes of the region definition (`data/regions/`)
 * @returns the area's locations (by municipality, then name), totals, and the count of unmatched locations
 * @example areaPupils({ pupils, locations, region: ['14QT00'] }).pupils
 */
export function areaPupils({
  pupils,
  locations,
  region,
}: {
  pupils: readonly DuoLocationPupils[];
  locations: readonly DuoLocationRow[];
  region: readonly string[];
}): AreaPupils {
  const where = new Map(locations.map((l) => [l.locationCode, l]));
  const inArea = new Set(region);
  const rows: AreaLocation[] = [];
  let unmatched = 0;
  for (const p of pupils) {
    const l = where.get(p.locationCode);
    if (!l) {
      unmatched++;
      continue;
    }
    if (!inArea.has(p.locationCode)) continue;
    rows.push({
      brin: p.brin,
      locationCode: p.locationCode,
      name: l.name || p.name,
      municipalityCode: l.municipalityCode,
      municipality: titleCase(l.municipality),
      board: l.boardNumber,
      pupils: typeof p.pupils === 'number' ? p.pupils : null,
    });
  }
  rows.sort(
    (a, b) => a.municipality.localeCompare(b.municipality, 'nl') || a.name.localeCompare(b.name, 'nl'),
  );
  return {
    locations: rows,
    byMunicipality: totals(
      rows,
      (r) => r.municipalityCode,
      (r) => r.municipality,
    ),
    byBoard: totals(
      rows,
      (r) => r.board,
      (r) => r.board,
    ),
    pupils: rows.reduce((s, r) => s + (r.pupils ?? 0), 0),
    unmatched,
  };
}

function totals(
  rows: readonly AreaLocation[],
  key: (r: AreaLocation) => string,
  label: (r: AreaLocation) => string,
): AreaTotal[] {
  const out = new Map<string, AreaTotal>();
  for (const r of rows) {
    const k = key(r);
    let t = out.get(k);
    if (!t) out.set(k, (t = { key: k, label: label(r), locations: 0, pupils: 0, suppressedLocations: 0 }));
    t.locations++;
    if (r.pupils === null) t.suppressedLocations++;
    else t.pupils += r.pupils;
  }
  return [...out.values()].sort((a, b) => b.pupils - a.pupils || a.label.localeCompare(b.label, 'nl'));
}

/**
 * Writes a DUO place name (upper case) in title case: `CAPELLE AAN DEN IJSSEL` → `Capelle aan den IJssel`.
 * @param name a name in capitals
 * @returns the name as written in prose
 * @example titleCase('KRIMPEN AAN DEN IJSSEL') // 'Krimpen aan den IJssel'
 */
export function titleCase(name: string): string {
  const small = new Set(['aan', 'den', 'de', 'het', 'op', 'van', 'en', 'ad', 'a/d']);
  return name
    .toLowerCase()
    .split(/\s+/)
    .map((w, i) =>
      i > 0 && small.has(w)
        ? w
        : w.startsWith('ij')
          ? `IJ${w.slice(2)}`
          : w.charAt(0).toUpperCase() + w.slice(1),
    )
    .join(' ');
}
