import { formatCsv } from '@opgave/contract';
import { decodeText } from './decode-text.js';
import { parseCsv } from './parse-csv.js';
import { makeProblem } from './problem.js';
import { sniffCsvDialect } from './sniff-csv-dialect.js';
import type { Problem, RawTable, TableSchema } from './types.js';
import { validateTable } from './validate-table.js';
import { SUPPRESSED, type DuoCount } from './duo/duo-common.js';
import type { DuoLocationRow } from './duo/import-duo-locations.js';

/** Where one DUO location belongs in the region. */
export interface RegionLocation {
  /** DUO location code: BRIN + 2 digits (`00AH00`). */
  duoLocation: string;
  /** Opgave `location_id` (default: the DUO code). */
  locationId: string;
  boardId: string;
  clusterId: string;
  sector: 'vo' | 'vso' | 'mbo';
  name: string;
  /** CBS municipality code (`GM0599`), '' when the definition does not say. */
  municipalityCode: string;
  /** Municipality as DUO writes it (`ROTTERDAM`), '' when the definition does not say. */
  municipality: string;
  /** DUO's place name (`HOOGVLIET ROTTERDAM`), '' when the definition does not say. */
  place: string;
}

/** A region definition: which DUO locations belong to which board, cluster and sector. */
export interface RegionDefinition {
  file: string;
  locations: RegionLocation[];
}

/** The columns of a region-definition CSV. */
export const REGION_DEFINITION_SCHEMA: TableSchema = {
  fields: [
    {
      name: 'duo_location',
      type: 'string',
      constraints: { required: true, pattern: '^[0-9A-Z]{4}[0-9]{2}$' },
    },
    { name: 'location_id', type: 'string' },
    { name: 'board_id', type: 'string', constraints: { required: true } },
    { name: 'cluster_id', type: 'string', constraints: { required: true } },
    { name: 'sector', type: 'string', constraints: { required: true, enum: ['vo', 'vso', 'mbo'] } },
    { name: 'name', type: 'string' },
    { name: 'municipality_code', type: 'string', constraints: { pattern: '^GM[0-9]{4}$' } },
    { name: 'municipality', type: 'string' },
    { name: 'place', type: 'string' },
  ],
  primaryKey: ['duo_location'],
};

/** Result of {@link parseRegionDefinition}. */
export type RegionDefinitionResult =
  | { ok: true; definition: RegionDefinition; errors: Problem[]; warnings: Problem[] }
  | { ok: false; errors: Problem[]; warnings: Problem[] };

/**
 * Reads a region definition: a small CSV (`duo_location,location_id,board_id,cluster_id,sector,name,
 * municipality_code,municipality,place`; all but `duo_location`, `board_id`, `cluster_id` and `sector`
 * optional; lines starting with `#` are comments, for the definition's source) or JSON (`{ "locations": [{ "duo_location": …, … }] }` or an array of
 * such objects). Validated like any table: unknown sectors, bad codes and duplicates are errors.
 * @param bytes the file's bytes
 * @param file the file name (`.json` is read as JSON)
 * @returns the definition, or the problems
 * @example
 * parseRegionDefinition(new TextEncoder().encode('duo_location,board_id,cluster_id,sector\n00AH00,41810,R01-C1,vo\n'), 'region.csv')
 */
export function parseRegionDefinition(bytes: Uint8Array, file: string): RegionDefinitionResult {
  const { text } = decodeText(bytes);
  let table: RawTable;
  const structural: Problem[] = [];
  if (/\.json$/i.test(file) || /^\s*[[{]/.test(text)) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (e) {
      const err = makeProblem(
        file,
        0,
        '',
        '',
        'JSON',
        `is not valid JSON (${e instanceof Error ? e.message : String(e)})`,
      );
      return { ok: false, errors: [err], warnings: [] };
    }
    const list = Array.isArray(data) ? data : (data as { locations?: unknown })?.locations;
    if (!Array.isArray(list)) {
      const err = makeProblem(file, 0, '', '', 'an array "locations"', 'has no list of locations');
      return { ok: false, errors: [err], warnings: [] };
    }
    const header = REGION_DEFINITION_SCHEMA.fields.map((f) => f.name);
    const records = list.map((x) =>
      x !== null && typeof x === 'object' ? (x as Record<string, unknown>) : {},
    );
    table = {
      header,
      columns: header.map((h) =>
        records.map((r) => (r[h] === undefined || r[h] === null ? '' : String(r[h]))),
      ),
      rowCount: records.length,
      // JSON has no rows: number the entries 2, 3, … as if the first were below a header
      rowNumbers: Int32Array.from(records, (_, i) => i + 2),
    };
  } else {
    const parsed = parseCsv(text, { delimiter: sniffCsvDialect(text).delimiter, file });
    table = parsed;
    structural.push(...parsed.problems);
  }
  const v = validateTable(table, REGION_DEFINITION_SCHEMA, { file });
  const errors = [...structural, ...v.errors];
  if (errors.length > 0) return { ok: false, errors, warnings: v.warnings };
  const col = (name: string) => v.columns[name] as (string | null)[];
  const locations: RegionLocation[] = [];
  for (let i = 0; i < v.rowCount; i++) {
    const duoLocation = col('duo_location')[i]!.toUpperCase();
    locations.push({
      duoLocation,
      locationId: col('location_id')[i] ?? duoLocation,
      boardId: col('board_id')[i]!,
      clusterId: col('cluster_id')[i]!,
      sector: col('sector')[i] as RegionLocation['sector'],
      name: col('name')[i] ?? '',
      municipalityCode: col('municipality_code')[i] ?? '',
      municipality: (col('municipality')[i] ?? '').toUpperCase(),
      place: (col('place')[i] ?? '').toUpperCase(),
    });
  }
  return { ok: true, definition: { file, locations }, errors: [], warnings: v.warnings };
}

/** A DUO pupil figure per location: from {@link duoPupilsPerLocation} or the 03 totals file. */
export interface DuoLocationFigure {
  locationCode: string;
  pupils: DuoCount;
}

/** Result of {@link duoPupilsToOpgave}. */
export interface OpgavePupilsFromDuo {
  /** Opgave `pupils` rows: one per region location found in the DUO file. */
  rows: { location_id: string; year: number; pupils: number }[];
  /** Region locations the DUO file does not list (warnings). */
  missing: RegionLocation[];
  /** Region locations whose DUO total is suppressed: no row is written for them (warnings). */
  suppressed: RegionLocation[];
  /** DUO locations outside the region definition (informative, not problems). */
  outside: number;
  warnings: Problem[];
}

/**
 * Turns DUO pupils per location into Opgave `pupils` rows for the locations of a region definition
 * (`location_id`, `year`, `pupils`). Several DUO locations mapped to one `location_id` are added up.
 * Locations it cannot match and suppressed totals are reported as warnings, never written as 0.
 * @param figures DUO pupils per location
 * @param definition the region definition
 * @param options the reference year and the DUO file name for messages
 * @returns rows and what could not be matched
 * @example
 * const { rows, missing } = duoPupilsToOpgave(duoPupilsPerLocation(r.rows), definition, { year: 2019, file: r.provenance.file });
 */
export function duoPupilsToOpgave(
  figures: readonly DuoLocationFigure[],
  definition: RegionDefinition,
  options: { year: number; file?: string },
): OpgavePupilsFromDuo {
  const file = options.file ?? definition.file;
  const byCode = new Map(figures.map((f) => [f.locationCode.toUpperCase(), f]));
  const totals = new Map<string, number>();
  const missing: RegionLocation[] = [];
  const suppressed: RegionLocation[] = [];
  const warnings: Problem[] = [];
  const suppressedIds = new Set<string>();
  for (const loc of definition.locations) {
    const f = byCode.get(loc.duoLocation);
    if (!f) {
      missing.push(loc);
      warnings.push(
        makeProblem(
          file,
          0,
          '',
          loc.duoLocation,
          `a location of ${definition.file}`,
          `location ${loc.duoLocation} (${loc.locationId}) of the region definition is not in this file`,
          'warning',
        ),
      );
      continue;
    }
    if (f.pupils === SUPPRESSED) {
      suppressed.push(loc);
      suppressedIds.add(loc.locationId);
      warnings.push(
        makeProblem(
          file,
          0,
          '',
          loc.duoLocation,
          'a published count',
          `pupils of location ${loc.duoLocation} are partly suppressed by DUO; no pupils row is written for ${loc.locationId}`,
          'warning',
        ),
      );
      continue;
    }
    totals.set(loc.locationId, (totals.get(loc.locationId) ?? 0) + f.pupils);
  }
  const inRegion = new Set(definition.locations.map((l) => l.duoLocation));
  const rows = [...totals]
    .filter(([id]) => !suppressedIds.has(id))
    .map(([location_id, pupils]) => ({ location_id, year: options.year, pupils }));
  return {
    rows,
    missing,
    suppressed,
    outside: figures.filter((f) => !inRegion.has(f.locationCode.toUpperCase())).length,
    warnings,
  };
}

/**
 * Drafts a region definition (CSV text) from DUO's locations file: the locations in the given
 * municipalities, their DUO board number as `board_id` and a cluster chosen by a function. A starting
 * point for a region to edit, not a decision about its clusters.
 * @param locations rows from {@link importDuoLocations}
 * @param options municipalities (DUO `GEMEENTENAAM`, any case), cluster per location, sector
 * @returns CSV text in the region-definition format
 * @example
 * draftRegionDefinition(r.rows, { municipalities: ['Rotterdam', 'Schiedam'], cluster: () => 'R01-C1' })
 */
export function draftRegionDefinition(
  locations: readonly DuoLocationRow[],
  options: {
    municipalities: readonly string[];
    cluster: (location: DuoLocationRow) => string;
    sector?: 'vo' | 'vso' | 'mbo';
  },
): string {
  const wanted = new Set(options.municipalities.map((m) => m.toUpperCase()));
  const records = [REGION_DEFINITION_SCHEMA.fields.map((f) => f.name)];
  for (const l of locations) {
    if (!wanted.has(l.municipality.toUpperCase())) continue;
    records.push([
      l.locationCode,
      l.locationCode,
      l.boardNumber,
      options.cluster(l),
      options.sector ?? 'vo',
      l.name,
      l.municipalityCode,
      l.municipality.toUpperCase(),
      l.place.toUpperCase(),
    ]);
  }
  return formatCsv(records);
}
