import type { OpgaveResource } from '../opgave-schemas.js';
import { describeYears } from '../year-gaps.js';
import type { DuoTables } from './import-duo.js';

/** A row of any Opgave resource: column → value (numbers as numbers, booleans as booleans). */
export type DatasetRow = Record<string, unknown>;

/** Where the figures of one resource come from. */
export interface ResourceProvenance {
  /**
   * `real`: published figures (DUO) or the region definition; `estimated`: derived from the real pupils and
   * the synthetic set's ratios (see `source`); `synthetic`: taken over from the synthetic set unchanged.
   */
  kind: 'real' | 'estimated' | 'synthetic';
  /** Where it comes from, in one sentence. */
  source: string;
  /** For `pupils`: the years that are real DUO counts; the other years are estimated. */
  years?: number[];
}

/** Options of {@link realPupilsDataset}. */
export interface RealPupilsDatasetOptions {
  /** The tables of {@link importDuo} (pupils of at least one year, locations, boards). */
  duo: DuoTables;
  /** The DUO files the pupils come from, for the provenance. */
  duoFiles: readonly string[];
  /** The region definition file, for the provenance. */
  regionFile: string;
  /** Every resource of the synthetic set (data/rotterdam), as typed rows: the source of the estimates. */
  synthetic: Record<OpgaveResource, DatasetRow[]>;
  /** History years of the synthetic set (its datapackage.json → opgave). */
  historyStart: number;
  historyEnd: number;
}

/** A complete Opgave dataset with real pupils and every other resource estimated or synthetic, marked. */
export interface RealPupilsDataset {
  tables: Record<OpgaveResource, DatasetRow[]>;
  provenance: Record<OpgaveResource, ResourceProvenance>;
  /** For datapackage.json → opgave. */
  meta: {
    synthetic: false;
    real_data: true;
    history_start: number;
    history_end: number;
    real_pupil_years: number[];
    /** The pupil year the estimates are scaled at (the last real year). */
    reference_year: number;
  };
}

const num = (v: unknown) => (typeof v === 'number' ? v : Number(v));
const round3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Builds a complete Opgave dataset around real DUO pupils per location: the real locations, boards and
 * pupils of {@link importDuo}, and for every resource without a public source an estimate scaled from the
 * synthetic Rotterdam set, each marked in `provenance`:
 *
 * - every real vo location gets a "donor": a synthetic vo location of the same cluster (in turn). Its
 *   workforce, vacancies, lesson hours, placements and pupil forecast are copied, scaled by real pupils ÷
 *   donor pupils in the reference year (the last DUO year); counts are rounded, zero rows of workforce and
 *   placements dropped;
 * - pupils are DUO's for the DUO years; years of the history outside them are the location's nearest DUO
 *   count times the donor's trend (estimated); inside the DUO years a location without a count has no row;
 * - each real board's hires and leavers are those of the donor board of its largest location, scaled by
 *   the boards' pupils; graduates placed at a donor board are shared out the same way;
 * - intake and graduates not placed at a board are scaled by the region's real ÷ synthetic vo pupils;
 * - institutes, programmes and subjects are the synthetic set's; only vo subjects are kept (DUO's pupils
 *   file is vo only).
 * Pure and deterministic; runs in a Web Worker.
 * @param options the DUO tables, the synthetic set and its history years
 * @returns the tables, the provenance per resource and the metadata for datapackage.json
 * @example
 * const real = realPupilsDataset({ duo: r.tables, duoFiles: ['01.-…-2019.csv'], regionFile: 'data/regions/rotterdam-vo-mbo.csv', synthetic, historyStart: 2014, historyEnd: 2025 });
 * real.provenance.pupils // { kind: 'real', source: 'DUO …', years: [2019] }
 */
export function realPupilsDataset(options: RealPupilsDatasetOptions): RealPupilsDataset {
  const { duo, synthetic: syn, historyStart, historyEnd } = options;
  const realYears = [...new Set(duo.pupils.map((p) => p.year))].sort((a, b) => a - b);
  if (realYears.length === 0) throw new Error('realPupilsDataset: the DUO tables have no pupils');
  const ref = realYears[realYears.length - 1];
  const years: number[] = [];
  for (let y = Math.min(historyStart, realYears[0]); y <= Math.max(historyEnd, ref); y++) years.push(y);

  // Synthetic pupils per location and year
  const synPupils = new Map<string, Map<number, number>>();
  for (const r of syn.pupils) {
    const id = String(r.location_id);
    const m = synPupils.get(id) ?? new Map<number, number>();
    m.set(num(r.year), num(r.pupils));
    synPupils.set(id, m);
  }
  const synRefYear = Math.min(Math.max(ref, historyStart), historyEnd);
  const synLocations = syn.locations.filter(
    (l) => l.sector === 'vo' && synPupils.get(String(l.location_id))?.has(synRefYear),
  );

  // Real pupils per location and year
  const realPupils = new Map<string, Map<number, number>>();
  for (const p of duo.pupils) {
    const m = realPupils.get(p.location_id) ?? new Map<number, number>();
    m.set(p.year, p.pupils);
    realPupils.set(p.location_id, m);
  }
  const locations = duo.locations.filter((l) => realPupils.has(l.location_id));
  // Only locations open in the reference year get estimates (a location closed before it has none)
  const active = locations.filter((l) => realPupils.get(l.location_id)!.has(ref));

  // Donors: synthetic vo locations of the same cluster, in turn
  const donor = new Map<string, { id: string; factor: number }>();
  const turn = new Map<string, number>();
  for (const l of active) {
    const pool = synLocations.filter((s) => s.cluster_id === l.cluster_id);
    const candidates = pool.length > 0 ? pool : synLocations;
    const k = turn.get(l.cluster_id) ?? 0;
    turn.set(l.cluster_id, k + 1);
    const d = candidates[k % candidates.length];
    const id = String(d.location_id);
    const real = realPupils.get(l.location_id)!.get(ref)!;
    donor.set(l.location_id, { id, factor: real / synPupils.get(id)!.get(synRefYear)! });
  }

  // Pupils: real years as DUO; other history years from the nearest real count × the donor's trend
  const pupils: DatasetRow[] = [];
  for (const l of locations) {
    const real = realPupils.get(l.location_id)!;
    const d = donor.get(l.location_id);
    const trend = d ? synPupils.get(d.id)! : undefined;
    for (const y of years) {
      if (real.has(y)) pupils.push({ location_id: l.location_id, year: y, pupils: real.get(y)! });
      else if (yearBefore(real, y) !== undefined && yearAfter(real, y) !== undefined) {
        // Between two DUO years (a user dropped 2019 and 2024): linear between the two counts, so the yearly
        // series has no gap.
        const a = yearBefore(real, y)!;
        const b = yearAfter(real, y)!;
        const pa = real.get(a)!;
        const pb = real.get(b)!;
        pupils.push({
          location_id: l.location_id,
          year: y,
          pupils: Math.round(pa + ((pb - pa) * (y - a)) / (b - a)),
        });
      } else if (trend && (y > ref || (y < realYears[0] && real.has(realYears[0])))) {
        const base = y < realYears[0] ? firstYear(real) : lastYear(real);
        const synBase = trend.get(Math.min(Math.max(base, historyStart), historyEnd));
        const synY = trend.get(Math.min(Math.max(y, historyStart), historyEnd));
        if (synBase === undefined || synY === undefined || synBase === 0) continue;
        pupils.push({
          location_id: l.location_id,
          year: y,
          pupils: Math.round((real.get(base)! * synY) / synBase),
        });
      }
    }
  }

  const byDonor = (resource: OpgaveResource) => {
    const index = new Map<string, DatasetRow[]>();
    for (const r of syn[resource]) {
      const id = String(r.location_id);
      index.set(id, [...(index.get(id) ?? []), r]);
    }
    return index;
  };
  const scaleLocationRows = (
    resource: OpgaveResource,
    counts: string[],
    ftes: string[],
    dropZero: boolean,
  ): DatasetRow[] => {
    const index = byDonor(resource);
    const out: DatasetRow[] = [];
    for (const l of active) {
      const d = donor.get(l.location_id)!;
      for (const r of index.get(d.id) ?? []) {
        const row: DatasetRow = { ...r, location_id: l.location_id };
        for (const c of counts) row[c] = Math.round(num(r[c]) * d.factor);
        for (const c of ftes) row[c] = round3(num(r[c]) * d.factor);
        if (dropZero && counts.every((c) => row[c] === 0)) continue;
        out.push(row);
      }
    }
    return out;
  };
  const voSubjects = new Set(syn.subjects.filter((s) => s.sector === 'vo').map((s) => String(s.subject_id)));
  const vo = (rows: DatasetRow[]) => rows.filter((r) => voSubjects.has(String(r.subject_id)));

  // Boards: the donor board of each real board's largest location; factor by the boards' pupils
  const synBoardOf = new Map(syn.locations.map((l) => [String(l.location_id), String(l.board_id)]));
  const synBoardPupils = new Map<string, number>();
  for (const l of synLocations) {
    const b = String(l.board_id);
    synBoardPupils.set(
      b,
      (synBoardPupils.get(b) ?? 0) + synPupils.get(String(l.location_id))!.get(synRefYear)!,
    );
  }
  const realBoardPupils = new Map<string, number>();
  const largest = new Map<string, { id: string; pupils: number }>();
  for (const l of active) {
    const p = realPupils.get(l.location_id)!.get(ref)!;
    realBoardPupils.set(l.board_id, (realBoardPupils.get(l.board_id) ?? 0) + p);
    if ((largest.get(l.board_id)?.pupils ?? -1) < p)
      largest.set(l.board_id, { id: l.location_id, pupils: p });
  }
  const boardDonor = new Map<string, { id: string; factor: number }>();
  for (const [board, big] of largest) {
    const id = synBoardOf.get(donor.get(big.id)!.id)!;
    boardDonor.set(board, { id, factor: realBoardPupils.get(board)! / synBoardPupils.get(id)! });
  }
  const scaleBoardRows = (resource: 'hires' | 'leavers'): DatasetRow[] => {
    const out: DatasetRow[] = [];
    const index = new Map<string, DatasetRow[]>();
    for (const r of vo(syn[resource]))
      index.set(String(r.board_id), [...(index.get(String(r.board_id)) ?? []), r]);
    for (const [board, d] of boardDonor) {
      for (const r of index.get(d.id) ?? []) {
        const headcount = Math.round(num(r.headcount) * d.factor);
        if (headcount === 0) continue;
        out.push({ ...r, board_id: board, headcount, fte: round3(num(r.fte) * d.factor) });
      }
    }
    return out;
  };

  const realTotal = active.reduce((s, l) => s + realPupils.get(l.location_id)!.get(ref)!, 0);
  const synTotal = synLocations.reduce(
    (s, l) => s + synPupils.get(String(l.location_id))!.get(synRefYear)!,
    0,
  );
  const regionFactor = realTotal / synTotal;
  const intake = vo(syn.intake)
    .map((r) => ({ ...r, intake: Math.round(num(r.intake) * regionFactor) }))
    .filter((r) => r.intake > 0);
  const graduates: DatasetRow[] = [];
  for (const r of vo(syn.graduates)) {
    const b = String(r.placement_board_id ?? '');
    if (b === '' || r.placement_board_id === null) {
      const g = Math.round(num(r.graduates) * regionFactor);
      if (g > 0) graduates.push({ ...r, placement_board_id: null, graduates: g });
      continue;
    }
    for (const [board, d] of boardDonor) {
      if (d.id !== b) continue;
      const g = Math.round(num(r.graduates) * d.factor);
      if (g > 0) graduates.push({ ...r, placement_board_id: board, graduates: g });
    }
  }

  const regionId = String(syn.regions[0]?.region_id ?? 'R01');
  const clusterIds = [...new Set(locations.map((l) => l.cluster_id))].sort();
  const synClusterName = new Map(syn.clusters.map((c) => [String(c.cluster_id), String(c.name)]));
  const boardsUsed = new Set(locations.map((l) => l.board_id));
  const scaledSource = (what: string) =>
    `estimated: the synthetic set's ${what} of a synthetic vo location of the same cluster, scaled by real DUO pupils ÷ its pupils in ${ref}`;
  const duoSource = `DUO open onderwijsdata: ${options.duoFiles.join(', ')}`;

  const tables: Record<OpgaveResource, DatasetRow[]> = {
    regions: [
      {
        region_id: regionId,
        name: 'Onderwijsregio Rotterdam vo-mbo: vo-locaties met echte DUO-leerlingen, overige cijfers geschat',
      },
    ],
    clusters: clusterIds.map((c) => ({
      cluster_id: c,
      region_id: regionId,
      name: synClusterName.get(c) ?? c,
    })),
    sectors: syn.sectors.filter((s) => s.sector === 'vo'),
    boards: duo.boards.filter((b) => boardsUsed.has(b.board_id)).map((b) => ({ ...b, region_id: regionId })),
    locations: locations.map((l) => ({ ...l })),
    institutes: syn.institutes,
    programmes: syn.programmes,
    subjects: syn.subjects.filter((s) => s.sector === 'vo'),
    pupils,
    pupil_forecast: scaleLocationRows('pupil_forecast', [], ['pupils'], false).map((r) => ({
      ...r,
      pupils: Math.round(num(r.pupils) * 10) / 10,
    })),
    workforce: vo(scaleLocationRows('workforce', ['headcount'], ['fte'], true)),
    intake,
    placements: vo(scaleLocationRows('placements', ['trainees'], [], true)),
    graduates,
    hires: scaleBoardRows('hires'),
    leavers: scaleBoardRows('leavers'),
    vacancies: vo(scaleLocationRows('vacancies', ['opened', 'unfilled'], ['unfilled_fte'], false)),
    lesson_hours: vo(scaleLocationRows('lesson_hours', ['hours', 'unqualified_hours'], [], false)),
  };
  const estimatedYears = years.filter((y) => !realYears.includes(y));
  const provenance: Record<OpgaveResource, ResourceProvenance> = {
    regions: { kind: 'real', source: `the region definition ${options.regionFile}` },
    clusters: {
      kind: 'real',
      source: `the region definition ${options.regionFile} (a draft clustering); names from the synthetic set`,
    },
    sectors: { kind: 'synthetic', source: "the synthetic set's lesson hours per FTE (vo)" },
    boards: {
      kind: 'real',
      source: `DUO board numbers (BEVOEGD GEZAG NUMMER) via ${options.regionFile}; DUO publishes no board names, so a board is named by its number; partnership membership is not public (all set to true, estimated)`,
    },
    locations: {
      kind: 'real',
      source: `DUO locations via ${options.regionFile}; latitude and longitude are the municipality's approximate centre (estimated)`,
    },
    institutes: { kind: 'synthetic', source: "the synthetic set's fictitious teacher-training institutes" },
    programmes: { kind: 'synthetic', source: "the synthetic set's programmes" },
    subjects: { kind: 'synthetic', source: "the synthetic set's vo subjects" },
    pupils: {
      kind: 'real',
      source: `${duoSource}; suppressed cells counted as in the import report${
        estimatedYears.length > 0
          ? `; the years ${describeYears(estimatedYears)} are estimated (${
              estimatedYears.some((y) => y > realYears[0] && y < ref)
                ? 'between two DUO years: linear between their counts; before the first or after the last: the '
                : ''
            }nearest DUO count × the trend of a synthetic location of the same cluster)`
          : ''
      }`,
      years: realYears,
    },
    pupil_forecast: { kind: 'estimated', source: scaledSource('pupil forecast') },
    workforce: { kind: 'estimated', source: scaledSource('workforce') },
    intake: {
      kind: 'estimated',
      source: `estimated: the synthetic set's intake × real ÷ synthetic vo pupils of the region in ${ref}`,
    },
    placements: { kind: 'estimated', source: scaledSource('placements') },
    graduates: {
      kind: 'estimated',
      source: `estimated: the synthetic set's graduates, scaled by real ÷ synthetic pupils of the board (or of the region when placed outside its boards)`,
    },
    hires: {
      kind: 'estimated',
      source:
        "estimated: the synthetic set's hires of a synthetic board, scaled by real ÷ synthetic board pupils",
    },
    leavers: {
      kind: 'estimated',
      source:
        "estimated: the synthetic set's leavers of a synthetic board, scaled by real ÷ synthetic board pupils",
    },
    vacancies: { kind: 'estimated', source: scaledSource('vacancies') },
    lesson_hours: { kind: 'estimated', source: scaledSource('lesson hours') },
  };
  return {
    tables,
    provenance,
    meta: {
      synthetic: false,
      real_data: true,
      history_start: years[0],
      history_end: Math.max(historyEnd, ref),
      real_pupil_years: realYears,
      reference_year: ref,
    },
  };
}

/** The last year before `y` with a count, if any. */
function yearBefore(perYear: Map<number, number>, y: number): number | undefined {
  let best: number | undefined;
  for (const k of perYear.keys()) if (k < y && (best === undefined || k > best)) best = k;
  return best;
}
/** The first year after `y` with a count, if any. */
function yearAfter(perYear: Map<number, number>, y: number): number | undefined {
  let best: number | undefined;
  for (const k of perYear.keys()) if (k > y && (best === undefined || k < best)) best = k;
  return best;
}
function firstYear(perYear: Map<number, number>): number {
  return Math.min(...perYear.keys());
}
function lastYear(perYear: Map<number, number>): number {
  return Math.max(...perYear.keys());
}
