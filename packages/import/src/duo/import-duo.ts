import { makeProblem } from '../problem.js';
import type { OpgaveResource } from '../opgave-schemas.js';
import type { Problem } from '../types.js';
import type { RegionDefinition, RegionLocation } from '../region-definition.js';
import type { DuoCount } from './duo-common.js';
import { SUPPRESSED } from './duo-common.js';
import { importDuoFile } from './import-duo-file.js';
import type { DuoHboEnrolmentRow } from './import-duo-hbo-enrolment.js';
import type { DuoLocationRow } from './import-duo-locations.js';
import { duoPupilsPerLocation, type DuoLocationPupils, type DuoPupilTotalRow } from './import-duo-pupils.js';
import type { DuoFileKind } from './recognise-duo-file.js';
import { describeYears, findYearGaps } from '../year-gaps.js';

/** One file given to {@link importDuo}. */
export interface DuoInputFile {
  /** The file name as published (`01.-leerlingen-vo-per-vestiging-naar-onderwijstype-2024.csv`). */
  name: string;
  bytes: Uint8Array;
  /** Reference year (1 October) when the name has none, or to overrule it. */
  year?: number;
}

/** Options of {@link importDuo}. */
export interface ImportDuoOptions {
  /** Which DUO locations make up the region, with board, cluster and sector (`data/regions/…csv`). */
  region: RegionDefinition;
  /** `region_id` written into `boards` (default `R01`). */
  regionId?: string;
  /**
   * What one suppressed cell (`<5`: 1 to 4 pupils) counts as in the `pupils` table (default 2.5, the middle
   * of 1–4; a location's total is then rounded to whole pupils). The report keeps the bounds (1 and 4).
   */
  suppressedCellValue?: number;
  /** Clock for provenance; default now. */
  now?: () => Date;
}

/** What {@link importDuo} read from one file. */
export interface DuoFileSummary {
  file: string;
  /** What kind of DUO file it is; null when it is not one Opgave knows. */
  kind: DuoFileKind | null;
  /** Reference year: from `year`, else from the file name; null for files without one (locations). */
  year: number | null;
  /** Header variant: `BRIN NUMMER` (older) or `INSTELLINGSCODE` (newer); null when unknown. */
  variant: 'brin-nummer' | 'instellingscode' | null;
  /** Data rows read from the file. */
  rows: number;
  /** Locations (pupil and location files) or teacher-training programmes (hbo/wo) in the file. */
  locations: number;
  /** Of those, inside the region (for hbo/wo: teacher-training programmes, CROHO onderdeel onderwijs). */
  locationsInRegion: number;
  /** Pupils inside the region as written to `pupils` (suppressed cells counted as `suppressedCellValue`). */
  pupilsInRegion: number;
  /** Suppressed cells in the file, and of those inside the region. */
  suppressedCells: number;
  suppressedCellsInRegion: number;
  /** Pupils inside the region if every suppressed cell were 1, and if every one were 4. */
  pupilsInRegionLow: number;
  pupilsInRegionHigh: number;
  ok: boolean;
}

/** A location whose code or board differs from the region definition, or that the definition lacks. */
export interface DuoLocationChange {
  /**
   * `new`: inside the region's municipalities but not in the definition (added, with its pupils);
   * `recoded`: a new code for a location of the definition (same name), counted as that location;
   * `board-changed`: DUO's locations file gives another board than the definition (the definition is kept);
   * `missing`: a location of the definition that a year's pupils file does not list (closed, or not yet open).
   */
  change: 'new' | 'recoded' | 'board-changed' | 'missing';
  year: number | null;
  /** The DUO code as in the file. */
  duoLocation: string;
  /** The Opgave `location_id` its pupils are counted under ('' for `missing`). */
  locationId: string;
  /** For `recoded`: the code in the definition; for `board-changed`: the definition's board. */
  from: string;
  /** For `board-changed`: DUO's board; otherwise ''. */
  to: string;
  name: string;
  place: string;
  pupils: DuoCount | null;
  file: string;
}

/** DUO locations outside the region in one pupils file. */
export interface DuoOutside {
  year: number;
  file: string;
  locations: number;
  /** Their published pupils (suppressed cells not counted). */
  pupils: number;
}

/** The report of {@link importDuo}. */
export interface DuoDatasetReport {
  ok: boolean;
  files: DuoFileSummary[];
  /** Years of pupils read, ascending. */
  years: number[];
  outside: DuoOutside[];
  changes: DuoLocationChange[];
  /** How suppressed cells are counted, in words. */
  suppression: string;
  /** What one suppressed cell counts as in `pupils` (see {@link ImportDuoOptions.suppressedCellValue}). */
  suppressedCellValue: number;
  /** Resources of the Opgave format DUO's files do not fill: they must come from elsewhere. */
  fromElsewhere: OpgaveResource[];
  /** Errors (block use): file, row, column, value, expected. */
  problems: Problem[];
  /** Warnings, including each new, recoded and missing location. */
  warnings: Problem[];
}

/** Rows of the Opgave resources {@link importDuo} fills, in the format of docs/data.md. */
export interface DuoTables {
  pupils: { location_id: string; year: number; pupils: number }[];
  locations: {
    location_id: string;
    name: string;
    board_id: string;
    cluster_id: string;
    sector: 'vo' | 'vso' | 'mbo';
    municipality_code: string;
    municipality: string;
    partnership_member: boolean;
    latitude: number;
    longitude: number;
  }[];
  boards: {
    board_id: string;
    name: string;
    sector: 'vo' | 'vso' | 'mbo';
    region_id: string;
    partnership_member: boolean;
  }[];
  /**
   * Not an Opgave resource: enrolment in and graduates of teacher training (CROHO onderdeel onderwijs) per
   * programme × year; `count` adds the published counts (suppressed cells not counted, see `suppressed_cells`).
   */
  teacher_training: {
    institution_code: string;
    institution: string;
    programme_code: string;
    programme: string;
    level: string;
    mode: string;
    year: number;
    measure: 'enrolment' | 'graduates';
    count: number;
    suppressed_cells: number;
  }[];
}

/** Result of {@link importDuo}: every table or none. */
export interface ImportDuoResult {
  ok: boolean;
  /** Empty tables when not `ok` (nothing is half-loaded). */
  tables: DuoTables;
  report: DuoDatasetReport;
}

/** Resources {@link importDuo} fills from DUO files. */
const FILLED: readonly OpgaveResource[] = ['pupils', 'locations', 'boards'];
const ALL_RESOURCES: readonly OpgaveResource[] = [
  'regions',
  'clusters',
  'sectors',
  'boards',
  'locations',
  'institutes',
  'programmes',
  'subjects',
  'pupils',
  'pupil_forecast',
  'workforce',
  'intake',
  'placements',
  'graduates',
  'hires',
  'leavers',
  'vacancies',
  'lesson_hours',
];

/**
 * Approximate centres (WGS84) of the municipalities of the Rotterdam area, for `locations.latitude` and
 * `longitude`: DUO's files carry no coordinates, and a map needs some. Elsewhere the region's first known
 * centre.
 */
const MUNICIPALITY_CENTRES: Record<string, [number, number]> = {
  GM0489: [51.856, 4.54],
  GM0501: [51.9, 4.165],
  GM0502: [51.929, 4.578],
  GM0530: [51.83, 4.13],
  GM0542: [51.917, 4.597],
  GM0556: [51.92, 4.25],
  GM0597: [51.871, 4.603],
  GM0599: [51.922, 4.479],
  GM0606: [51.917, 4.399],
  GM0613: [51.86, 4.42],
  GM0622: [51.912, 4.342],
  GM1621: [51.99, 4.51],
  GM1924: [51.77, 4.18],
  GM1930: [51.84, 4.3],
};

/**
 * The counting of suppressed cells in words, for the report.
 * @param value what one suppressed cell counts as
 * @returns the rule
 * @example
 * suppressionRule(2.5)
 */
export function suppressionRule(value: number): string {
  return `each suppressed cell (<5: 1 to 4 pupils) counts as ${value} in pupils; a location's total is rounded to whole pupils; the report gives the totals with every suppressed cell at 1 and at 4`;
}

const normaliseName = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Two location names are the same when, normalised, one equals the other or begins it as whole words. */
function sameName(a: string, b: string): boolean {
  const x = normaliseName(a);
  const y = normaliseName(b);
  if (x === '' || y === '') return false;
  return x === y || x.startsWith(`${y} `) || y.startsWith(`${x} `);
}

interface PupilFile {
  file: string;
  year: number;
  summary: DuoFileSummary;
  perLocation: DuoLocationPupils[];
}

/**
 * Turns published DUO files into the Opgave tables they can fill, for one region: pupils per vo location
 * of any number of years (`01.-leerlingen-vo-per-vestiging-naar-onderwijstype-YYYY.csv`, both header
 * layouts, `;` or `,`, quoted or not, CRLF or LF, UTF-8 or Windows-1252), DUO's vo locations file (boards
 * and municipalities), the per-location totals (`03.…`) and hbo/wo enrolment. The year comes from
 * `year` or the file name. Suppressed cells stay visible: they are counted as `suppressedCellValue` and
 * reported with bounds, never silently as 0.
 *
 * Locations inside the region's municipalities (the definition's `municipality`/`place` columns; with
 * DUO's locations file, by municipality) but not in the definition are added (`new`) or, when a location
 * of the definition with the same name is absent that year, counted under that location (`recoded`);
 * each is a warning with its pupils. A yearly series with a gap is an error. Runs in a Web Worker: no
 * Node imports. All or nothing: with any error, `tables` are empty.
 *
 * For a complete dataset (every resource, with estimates marked) see `realPupilsDataset`.
 * @param files the files, with their bytes (and a year where the name has none)
 * @param options the region definition, the value of a suppressed cell, a clock
 * @returns the tables, and a report per file
 * @example
 * const region = parseRegionDefinition(regionBytes, 'rotterdam-vo-mbo.csv');
 * if (region.ok) {
 *   const r = await importDuo([{ name: '01.-leerlingen-vo-per-vestiging-naar-onderwijstype-2019.csv', bytes }], { region: region.definition });
 *   summariseDuoImport(r.report, 'nl'); // ['DUO leerlingen per vestiging 2019: 123 locaties, 70.677 leerlingen in de regio', …]
 * }
 */
export async function importDuo(
  files: readonly DuoInputFile[],
  options: ImportDuoOptions,
): Promise<ImportDuoResult> {
  const cellValue = options.suppressedCellValue ?? 2.5;
  const regionId = options.regionId ?? 'R01';
  const definition = options.region;
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const summaries: DuoFileSummary[] = [];
  const pupilFiles: PupilFile[] = [];
  const locationRows: DuoLocationRow[] = [];
  const totalRows: DuoPupilTotalRow[] = [];
  // 03 files (one total per location) give the pupils of a year that has no 01 file
  const totalFiles: PupilFile[] = [];
  const hbo: {
    file: string;
    measure: 'enrolment' | 'graduates';
    rows: DuoHboEnrolmentRow[];
    summary: DuoFileSummary;
  }[] = [];

  for (const f of files) {
    const r = await importDuoFile(f.bytes, f.name, { now: options.now });
    const summary: DuoFileSummary = {
      file: f.name,
      kind: r.kind,
      year: f.year ?? null,
      variant: null,
      rows: r.ok ? r.rows.length : 0,
      locations: 0,
      locationsInRegion: 0,
      pupilsInRegion: 0,
      suppressedCells: r.report.suppressedCells,
      suppressedCellsInRegion: 0,
      pupilsInRegionLow: 0,
      pupilsInRegionHigh: 0,
      ok: r.ok,
    };
    summaries.push(summary);
    problems.push(...r.report.errors);
    warnings.push(...r.report.warnings.filter((w) => !/suppressed by DUO/.test(w.message)));
    if (!r.ok) continue;
    const fromName = yearFromName(f.name);
    summary.year = f.year ?? fromName;
    summary.variant = headerVariant(f.bytes);
    if (r.kind === 'pupils-per-location') {
      if (summary.year === null) {
        problems.push(
          makeProblem(
            f.name,
            0,
            '',
            f.name,
            'a year in the file name (…-2024.csv) or given with the file',
            'the reference year of this pupils file is unknown',
          ),
        );
        continue;
      }
      pupilFiles.push({
        file: f.name,
        year: summary.year,
        summary,
        perLocation: duoPupilsPerLocation(r.rows),
      });
    } else if (r.kind === 'locations') {
      locationRows.push(...r.rows);
      summary.locations = r.rows.length;
    } else if (r.kind === 'pupils-per-location-total') {
      totalRows.push(...r.rows);
      summary.locations = r.rows.length;
      if (summary.year !== null)
        totalFiles.push({
          file: f.name,
          year: summary.year,
          summary,
          perLocation: totalsPerLocation(r.rows),
        });
    } else if (r.kind === 'hbo-enrolment' || r.kind === 'ho-graduates') {
      hbo.push({
        file: f.name,
        measure: r.kind === 'ho-graduates' ? 'graduates' : 'enrolment',
        rows: r.rows,
        summary,
      });
    } else {
      summary.locations = 0;
    }
  }

  for (const t of totalFiles) if (!pupilFiles.some((p) => p.year === t.year)) pupilFiles.push(t);
  // Two pupils files for one year would be added up twice
  const byYear = new Map<number, string>();
  for (const p of pupilFiles) {
    const other = byYear.get(p.year);
    if (other !== undefined) {
      problems.push(
        makeProblem(
          p.file,
          0,
          '',
          String(p.year),
          'one pupils file per year',
          `the year ${p.year} is also in ${other}`,
        ),
      );
    } else byYear.set(p.year, p.file);
  }
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const gaps = findYearGaps(years);
  if (gaps.length > 0) {
    problems.push(
      makeProblem(
        'pupils',
        0,
        'year',
        describeYears(gaps),
        `every year from ${years[0]} to ${years[years.length - 1]}`,
        `resource pupils has no DUO pupils file for ${describeYears(gaps)}: a yearly series needs every year`,
      ),
    );
  }

  // What DUO says about each location: municipality and board (locations file, 03 totals)
  const info = new Map<
    string,
    { board: string; municipality: string; municipalityCode: string; place: string; name: string }
  >();
  for (const l of locationRows)
    info.set(l.locationCode, {
      board: l.boardNumber,
      municipality: l.municipality.toUpperCase(),
      municipalityCode: l.municipalityCode,
      place: l.place.toUpperCase(),
      name: l.name,
    });
  for (const t of totalRows)
    if (!info.has(t.locationCode))
      info.set(t.locationCode, {
        board: t.boardNumber,
        municipality: t.municipality.toUpperCase(),
        municipalityCode: t.municipalityCode,
        place: t.place.toUpperCase(),
        name: t.name,
      });

  const defByCode = new Map(definition.locations.map((l) => [l.duoLocation, l]));
  const regionMunicipalities = new Set(
    definition.locations.flatMap((l) => [l.municipality, l.municipalityCode]).filter((s) => s !== ''),
  );
  const regionPlaces = new Set(
    definition.locations.flatMap((l) => [l.place, l.municipality]).filter((s) => s !== ''),
  );
  const inRegion = (code: string, place: string) => {
    const i = info.get(code);
    if (i) return regionMunicipalities.has(i.municipality) || regionMunicipalities.has(i.municipalityCode);
    return regionPlaces.has(place.toUpperCase());
  };

  const changes: DuoLocationChange[] = [];
  const outside: DuoOutside[] = [];
  const pupilTotals = new Map<string, Map<number, number>>(); // location_id → year → estimate
  const added = new Map<string, RegionLocation>();
  const clusterOf = clusterByPlace(definition);

  // Names as the pupils files write them, per DUO code, from earlier years (to recognise a recoded location)
  const namesSeen = new Map<string, string[]>();
  const inOrder = pupilFiles.filter((x) => byYear.get(x.year) === x.file).sort((a, b) => a.year - b.year);
  for (const p of inOrder) {
    const perLocation = p.perLocation;
    const matched = new Set<string>();
    p.summary.locations = perLocation.length;
    const present = new Set(perLocation.map((l) => l.locationCode));
    const absent = definition.locations.filter((d) => !present.has(d.duoLocation));
    // A location with a new code is one of the definition's absent locations with the same name (as in the
    // definition, or as an earlier pupils file wrote it; DUO's files name a location shorter or longer) in
    // the same place. Of several, the one with the same vestigingscode, else one with pupils before.
    const recodeTarget = (code: string, name: string, place: string) => {
      const candidates = absent.filter(
        (d) =>
          !matched.has(d.duoLocation) &&
          (d.place === '' ||
            place === '' ||
            d.place === place.toUpperCase() ||
            d.municipality === place.toUpperCase()) &&
          [d.name, ...(namesSeen.get(d.duoLocation) ?? [])].some((n) => sameName(n, name)),
      );
      return (
        candidates.find((d) => d.duoLocation.slice(4) === code.slice(4)) ??
        candidates.find((d) => pupilTotals.has(d.locationId)) ??
        candidates[0]
      );
    };
    let outLocations = 0;
    let outPupils = 0;
    for (const l of perLocation) {
      let target = defByCode.get(l.locationCode);
      let change: DuoLocationChange['change'] | null = null;
      if (!target) {
        if (!inRegion(l.locationCode, l.place)) {
          outLocations++;
          outPupils += l.knownPupils;
          continue;
        }
        const old = recodeTarget(l.locationCode, l.name, l.place);
        if (old) {
          target = old;
          change = 'recoded';
        } else {
          target = added.get(l.locationCode) ?? newLocation(l.locationCode, l.name, l.place, info, clusterOf);
          added.set(l.locationCode, target);
          change = 'new';
        }
      }
      matched.add(target.duoLocation);
      const estimate = l.knownPupils + l.suppressedCells * cellValue;
      const perYear = pupilTotals.get(target.locationId) ?? new Map<number, number>();
      perYear.set(p.year, (perYear.get(p.year) ?? 0) + estimate);
      pupilTotals.set(target.locationId, perYear);
      p.summary.locationsInRegion++;
      p.summary.suppressedCellsInRegion += l.suppressedCells;
      p.summary.pupilsInRegionLow += l.knownPupils + l.suppressedCells;
      p.summary.pupilsInRegionHigh += l.knownPupils + 4 * l.suppressedCells;
      if (change) {
        const c: DuoLocationChange = {
          change,
          year: p.year,
          duoLocation: l.locationCode,
          locationId: target.locationId,
          from: change === 'recoded' ? target.duoLocation : '',
          to: '',
          name: l.name,
          place: l.place,
          pupils: l.pupils,
          file: p.file,
        };
        changes.push(c);
        warnings.push(changeWarning(c));
      }
    }
    for (const d of definition.locations) {
      if (matched.has(d.duoLocation)) continue;
      const c: DuoLocationChange = {
        change: 'missing',
        year: p.year,
        duoLocation: d.duoLocation,
        locationId: '',
        from: '',
        to: '',
        name: d.name,
        place: d.place,
        pupils: null,
        file: p.file,
      };
      changes.push(c);
      warnings.push(changeWarning(c));
    }
    outside.push({ year: p.year, file: p.file, locations: outLocations, pupils: outPupils });
    for (const l of perLocation)
      namesSeen.set(l.locationCode, [...(namesSeen.get(l.locationCode) ?? []), l.name]);
  }
  for (const [, perYear] of pupilTotals) for (const [y, v] of perYear) perYear.set(y, Math.round(v));
  for (const p of pupilFiles) {
    p.summary.pupilsInRegion = [...pupilTotals.values()].reduce((s, m) => s + (m.get(p.year) ?? 0), 0);
  }

  for (const d of definition.locations) {
    const i = info.get(d.duoLocation);
    if (i && i.board !== '' && i.board !== d.boardId) {
      const c: DuoLocationChange = {
        change: 'board-changed',
        year: null,
        duoLocation: d.duoLocation,
        locationId: d.locationId,
        from: d.boardId,
        to: i.board,
        name: d.name,
        place: d.place,
        pupils: null,
        file: locationFileName(summaries),
      };
      changes.push(c);
      warnings.push(changeWarning(c));
    }
  }

  for (const h of hbo) {
    const programmes = new Set(h.rows.map((r) => `${r.institutionCode}|${r.programmeCode}|${r.mode}`));
    const teacher = h.rows.filter((r) => r.crohoSector.toLowerCase() === 'onderwijs');
    h.summary.locations = programmes.size;
    h.summary.locationsInRegion = new Set(
      teacher.map((r) => `${r.institutionCode}|${r.programmeCode}|${r.mode}`),
    ).size;
  }

  const ok = problems.length === 0;
  const tables: DuoTables = ok
    ? buildTables({
        definition,
        added,
        pupilTotals,
        info,
        regionId,
        hbo: hbo.flatMap((h) => h.rows.map((row) => ({ row, measure: h.measure }))),
      })
    : { pupils: [], locations: [], boards: [], teacher_training: [] };
  return {
    ok,
    tables,
    report: {
      ok,
      files: summaries,
      years,
      outside,
      changes,
      suppression: suppressionRule(cellValue),
      suppressedCellValue: cellValue,
      fromElsewhere: ALL_RESOURCES.filter((r) => !FILLED.includes(r)),
      problems,
      warnings,
    },
  };
}

function buildTables(input: {
  definition: RegionDefinition;
  added: Map<string, RegionLocation>;
  pupilTotals: Map<string, Map<number, number>>;
  info: Map<
    string,
    { board: string; municipality: string; municipalityCode: string; place: string; name: string }
  >;
  regionId: string;
  hbo: { row: DuoHboEnrolmentRow; measure: 'enrolment' | 'graduates' }[];
}): DuoTables {
  const { definition, added, pupilTotals, info, regionId } = input;
  const pupils = [...pupilTotals]
    .flatMap(([location_id, perYear]) => [...perYear].map(([year, n]) => ({ location_id, year, pupils: n })))
    .sort((a, b) => a.location_id.localeCompare(b.location_id) || a.year - b.year);
  const seen = new Set<string>();
  const locations: DuoTables['locations'] = [];
  // A municipality without a known centre gets the first known one of the region (never 0, 0)
  const fallbackCentre =
    definition.locations.map((l) => MUNICIPALITY_CENTRES[l.municipalityCode]).find((c) => c !== undefined) ??
    ([52.1, 5.1] as [number, number]);
  for (const l of [...definition.locations, ...added.values()]) {
    if (seen.has(l.locationId)) continue;
    seen.add(l.locationId);
    const i = info.get(l.duoLocation);
    const code = l.municipalityCode || i?.municipalityCode || '';
    const [latitude, longitude] = MUNICIPALITY_CENTRES[code] ?? fallbackCentre;
    locations.push({
      location_id: l.locationId,
      name: l.name || i?.name || l.duoLocation,
      board_id: l.boardId,
      cluster_id: l.clusterId,
      sector: l.sector,
      municipality_code: code,
      municipality: titleCase(l.municipality || i?.municipality || ''),
      partnership_member: true,
      latitude,
      longitude,
    });
  }
  const boards = new Map<string, DuoTables['boards'][number]>();
  for (const l of locations)
    if (!boards.has(l.board_id))
      boards.set(l.board_id, {
        board_id: l.board_id,
        name: `Bestuur ${l.board_id}`,
        sector: l.sector,
        region_id: regionId,
        partnership_member: true,
      });
  const training = new Map<string, DuoTables['teacher_training'][number]>();
  for (const { row: r, measure } of input.hbo) {
    if (r.crohoSector.toLowerCase() !== 'onderwijs') continue;
    const key = [r.institutionCode, r.programmeCode, r.mode, r.level, r.year, measure].join('|');
    const t = training.get(key) ?? {
      institution_code: r.institutionCode,
      institution: r.institutionName,
      programme_code: r.programmeCode,
      programme: r.programmeName,
      level: r.level,
      mode: r.mode,
      year: r.year,
      measure,
      count: 0,
      suppressed_cells: 0,
    };
    for (const v of [r.male, r.female, r.count]) {
      if (v === SUPPRESSED) t.suppressed_cells++;
      else if (typeof v === 'number') t.count += v;
    }
    training.set(key, t);
  }
  return {
    pupils,
    locations,
    boards: [...boards.values()].sort((a, b) => a.board_id.localeCompare(b.board_id)),
    teacher_training: [...training.values()],
  };
}

function newLocation(
  code: string,
  name: string,
  place: string,
  info: Map<
    string,
    { board: string; municipality: string; municipalityCode: string; place: string; name: string }
  >,
  clusterOf: (municipality: string, place: string) => ReturnType<ReturnType<typeof clusterByPlace>>,
): RegionLocation {
  const i = info.get(code);
  const guess = clusterOf(i?.municipality ?? '', place.toUpperCase());
  return {
    duoLocation: code,
    locationId: code,
    boardId: i?.board || guess.board,
    clusterId: guess.clusterId,
    sector: guess.sector,
    name,
    municipalityCode: i?.municipalityCode || guess.municipalityCode,
    municipality: i?.municipality || guess.municipality,
    place: place.toUpperCase(),
  };
}

/** The most common cluster (and sector, board) among the definition's locations of a municipality or place. */
function clusterByPlace(definition: RegionDefinition) {
  const tally = new Map<string, Map<string, number>>();
  for (const l of definition.locations) {
    for (const key of [l.municipality, l.place]) {
      if (!key) continue;
      const m = tally.get(key) ?? new Map<string, number>();
      m.set(l.clusterId, (m.get(l.clusterId) ?? 0) + 1);
      tally.set(key, m);
    }
  }
  const first = definition.locations[0];
  return (municipality: string, place: string) => {
    const m = tally.get(municipality) ?? tally.get(place);
    const clusterId = m
      ? [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0]
      : (first?.clusterId ?? '');
    // The municipality of a place the definition knows (BERGSCHENHOEK → LANSINGERLAND)
    const same = definition.locations.find(
      (l) => (municipality !== '' && l.municipality === municipality) || l.place === place,
    );
    return {
      clusterId,
      sector: first?.sector ?? 'vo',
      board: first?.boardId ?? '',
      municipality: same?.municipality ?? '',
      municipalityCode: same?.municipalityCode ?? '',
    };
  };
}

function changeWarning(c: DuoLocationChange): Problem {
  const pupils =
    c.pupils === null
      ? ''
      : c.pupils === SUPPRESSED
        ? ' (pupils partly suppressed)'
        : ` (${c.pupils} pupils)`;
  const what: Record<DuoLocationChange['change'], string> = {
    new: `location ${c.duoLocation} ${c.name} (${c.place}) lies in the region but is not in the region definition; added as ${c.locationId}${pupils}`,
    recoded: `location ${c.duoLocation} ${c.name} has the name of ${c.from} of the region definition, which this file lacks; counted as ${c.locationId}${pupils}`,
    'board-changed': `location ${c.duoLocation} ${c.name} belongs to board ${c.to} in DUO's locations file, to ${c.from} in the region definition; the definition is kept`,
    missing: `location ${c.duoLocation} ${c.name} of the region definition is not in this file (closed, not yet open, or recoded under another name)`,
  };
  return makeProblem(
    c.file,
    0,
    'VESTIGINGSCODE',
    c.duoLocation,
    'a location of the region definition',
    what[c.change],
    'warning',
  );
}

function yearFromName(name: string): number | null {
  const years = [...name.matchAll(/(?:^|[^0-9])((?:19|20)\d{2})(?=[^0-9]|$)/g)].map((m) => Number(m[1]));
  return years.length > 0 ? years[years.length - 1] : null;
}

/** The header variant from the first line of the file (any encoding: the header is ASCII). */
function headerVariant(bytes: Uint8Array): DuoFileSummary['variant'] {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2000)).toUpperCase();
  const firstLine = head.split(/\r?\n/)[0] ?? '';
  if (firstLine.includes('INSTELLINGSCODE')) return 'instellingscode';
  if (firstLine.includes('BRIN NUMMER')) return 'brin-nummer';
  return null;
}

function locationFileName(summaries: readonly DuoFileSummary[]): string {
  return (
    summaries.find((s) => s.kind === 'locations')?.file ??
    summaries.find((s) => s.kind === 'pupils-per-location-total')?.file ??
    ''
  );
}

function titleCase(s: string): string {
  return s
    .toLowerCase()
    .replace(/(^|[\s-])([a-z])/g, (_, a: string, b: string) => a + b.toUpperCase())
    .replace(/ Aan Den /g, ' aan den ')
    .replace(/ Ad /g, ' ad ')
    .replace(/\bIj/g, 'IJ');
}

/** The 03 file's totals as pupils per location (a suppressed total is one suppressed cell). */
function totalsPerLocation(rows: readonly DuoPupilTotalRow[]): DuoLocationPupils[] {
  const byCode = new Map<string, DuoLocationPupils>();
  for (const r of rows) {
    const e = byCode.get(r.locationCode) ?? {
      locationCode: r.locationCode,
      brin: r.brin,
      name: r.name,
      place: r.place,
      knownPupils: 0,
      suppressedCells: 0,
      pupils: 0,
    };
    if (r.pupils === SUPPRESSED) e.suppressedCells++;
    else e.knownPupils += r.pupils;
    e.pupils = e.suppressedCells > 0 ? SUPPRESSED : e.knownPupils;
    byCode.set(r.locationCode, e);
  }
  return [...byCode.values()];
}
