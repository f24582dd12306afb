import { makeProblem } from '../problem.js';
import {
  duoProvenance,
  locationCode,
  openDuoFile,
  SUPPRESSED,
  type DuoCount,
  type DuoImportResult,
} from './duo-common.js';
import { recogniseDuoFile } from './recognise-duo-file.js';

/** One row of DUO's "01 leerlingen vo per vestiging naar onderwijstype": a location × school type. */
export interface DuoPupilRow {
  /** Row in the file (header = 1). */
  row: number;
  brin: string;
  /** BRIN + 2-digit vestigingscode, e.g. `00AH00`. */
  locationCode: string;
  name: string;
  place: string;
  province: string;
  /** `ONDERWIJSTYPE VO EN LEER- OF VERBLIJFSJAAR`, e.g. `HAVO lj 4-5`. */
  schoolType: string;
  /** `OPLEIDINGSNAAM` (empty when the file has none). */
  programme: string;
  /** Counts per year group and sex, in the order of {@link DuoPupilsImport.countColumns}. */
  counts: DuoCount[];
  /** Sum of the counts that are not suppressed. */
  knownTotal: number;
  /** Number of suppressed counts in the row. */
  suppressedCells: number;
}

/** Extra fields of a pupils import. */
export interface DuoPupilsImport {
  /** The count columns as in the file (`LEER- OF VERBLIJFSJAAR 1 - MAN` …). */
  countColumns: string[];
  /** Reference year (1 October) from the file name, or null. */
  year: number | null;
  variant: 'brin-nummer' | 'instellingscode';
}

/** One row of DUO's "03 leerlingen vo per vestiging en bestuur": one total per location. */
export interface DuoPupilTotalRow {
  row: number;
  boardNumber: string;
  brin: string;
  locationCode: string;
  name: string;
  place: string;
  municipalityCode: string;
  municipality: string;
  province: string;
  pupils: DuoCount;
  /** `AANTAL VO LEERLINGEN UITBESTEED AAN VAVO`, or null when the file has no such column. */
  pupilsOutsourcedToVavo: DuoCount | null;
}

/** Options of the DUO importers. */
export interface DuoImportOptions {
  /** Clock for provenance; default now. */
  now?: () => Date;
}

/**
 * Imports DUO's pupils per vo location (`01.-leerlingen-vo-per-vestiging-naar-onderwijstype-YYYY.csv`) as
 * published: either header variant (`BRIN NUMMER` + `VESTIGINGSNUMMER` or `INSTELLINGSCODE` +
 * `VESTIGINGSCODE`), `;` or `,` with quotes, Windows-1252 or UTF-8, LF or CRLF. Suppressed cells (`<5`,
 * `x`, `*`, `**`) stay `'suppressed'` and are reported as warnings. All or nothing.
 * @param bytes the file's bytes
 * @param file the file name (its year is taken from it)
 * @param options clock for provenance
 * @returns the rows with counts, or the report
 * @example
 * const r = await importDuoPupils(bytes, '01.-leerlingen-vo-per-vestiging-naar-onderwijstype-2019.csv');
 * if (r.ok) r.rows.length // 24243
 */
export async function importDuoPupils(
  bytes: Uint8Array,
  file: string,
  options: DuoImportOptions = {},
): Promise<DuoImportResult<DuoPupilRow, DuoPupilsImport>> {
  const opened = await openDuoFile(bytes, file);
  if (!opened.ctx) return { ok: false, report: opened.report };
  const { ctx, read } = opened;
  const recognised = recogniseDuoFile(file, ctx.table.header);
  const brinCol = ctx.require('INSTELLINGSCODE', 'BRIN NUMMER');
  const locCol = ctx.require('VESTIGINGSCODE', 'VESTIGINGSNUMMER');
  const nameCol = ctx.find('INSTELLINGSNAAM VESTIGING', 'VESTIGINGSNAAM');
  const placeCol = ctx.find('PLAATSNAAM VESTIGING', 'PLAATSNAAM');
  const provinceCol = ctx.find('PROVINCIE VESTIGING', 'PROVINCIE');
  const typeCol = ctx.require('ONDERWIJSTYPE VO EN LEER- OF VERBLIJFSJAAR', 'ONDERWIJSTYPE VO');
  const programmeCol = ctx.find('OPLEIDINGSNAAM');
  const countCols: number[] = [];
  ctx.table.header.forEach((h, i) => {
    if (/^LEER- OF VERBLIJFSJAAR \d+ - (MAN|VROUW)$/.test(h.trim().toUpperCase().replace(/\s+/g, ' ')))
      countCols.push(i);
  });
  if (countCols.length === 0) {
    ctx.error(
      1,
      'LEER- OF VERBLIJFSJAAR 1 - MAN',
      '',
      'count columns "LEER- OF VERBLIJFSJAAR k - MAN|VROUW"',
      'required columns are missing',
    );
  }
  if (ctx.table.rowCount === 0 && ctx.table.header.length > 0) {
    ctx.error(0, '', '', 'at least one data row', 'has a header but no data rows');
  }
  if (!ctx.ok) return { ok: false, report: ctx.report };

  const rows: DuoPupilRow[] = [];
  for (let i = 0; i < ctx.table.rowCount; i++) {
    const brin = ctx.cell(brinCol, i);
    const loc = ctx.cell(locCol, i);
    const code = locationCode(brin, loc);
    if (code === null) {
      ctx.error(
        ctx.row(i),
        ctx.table.header[locCol],
        `${brin} ${loc}`,
        'a 4-character BRIN and a 2-digit vestigingscode',
        'is not a location code',
      );
      continue;
    }
    const counts: DuoCount[] = [];
    let knownTotal = 0;
    let suppressedCells = 0;
    for (const c of countCols) {
      const v = ctx.count(c, i);
      if (v === SUPPRESSED) suppressedCells++;
      else if (typeof v === 'number') knownTotal += v;
      else if (ctx.cell(c, i) === '') {
        ctx.warn(ctx.row(i), ctx.table.header[c], '', 'a count', 'is empty and is read as 0');
      }
      counts.push(v ?? 0);
    }
    rows.push({
      row: ctx.row(i),
      brin: brin.toUpperCase(),
      locationCode: code,
      name: ctx.cell(nameCol, i),
      place: ctx.cell(placeCol, i),
      province: ctx.cell(provinceCol, i),
      schoolType: ctx.cell(typeCol, i),
      programme: ctx.cell(programmeCol, i),
      counts,
      knownTotal,
      suppressedCells,
    });
  }
  if (!ctx.ok) return { ok: false, report: ctx.report };
  return {
    ok: true,
    rows,
    report: ctx.report,
    provenance: await duoProvenance(bytes, file, read, rows.length, options.now),
    countColumns: countCols.map((c) => ctx.table.header[c]),
    year: recognised?.year ?? null,
    variant:
      recognised?.variant ??
      (brinCol >= 0 && ctx.table.header[brinCol].toUpperCase().includes('BRIN')
        ? 'brin-nummer'
        : 'instellingscode'),
  };
}

/** Pupils of one location, summed over school types, year groups and sexes. */
export interface DuoLocationPupils {
  locationCode: string;
  brin: string;
  name: string;
  place: string;
  /** Sum of the counts DUO published. */
  knownPupils: number;
  /** Counts DUO suppressed (each between 1 and 4 for `<5`). */
  suppressedCells: number;
  /** `knownPupils` when nothing is suppressed, else `'suppressed'`: the exact total is unknown. */
  pupils: DuoCount;
}

/**
 * Adds DUO pupil rows up per location, in order of first appearance. A location with suppressed cells
 * gets `pupils: 'suppressed'` (its known sum and the number of suppressed cells stay available).
 * @param rows rows from {@link importDuoPupils}
 * @returns one entry per location
 * @example
 * duoPupilsPerLocation(result.rows).length // 1450 for the 2019 file
 */
export function duoPupilsPerLocation(rows: readonly DuoPupilRow[]): DuoLocationPupils[] {
  const byCode = new Map<string, DuoLocationPupils>();
  for (const r of rows) {
    let entry = byCode.get(r.locationCode);
    if (!entry) {
      entry = {
        locationCode: r.locationCode,
        brin: r.brin,
        name: r.name,
        place: r.place,
        knownPupils: 0,
        suppressedCells: 0,
        pupils: 0,
      };
      byCode.set(r.locationCode, entry);
    }
    entry.knownPupils += r.knownTotal;
    entry.suppressedCells += r.suppressedCells;
  }
  for (const e of byCode.values()) e.pupils = e.suppressedCells > 0 ? SUPPRESSED : e.knownPupils;
  return [...byCode.values()];
}

/**
 * Imports DUO's per-location totals (`03.-leerlingen-vo-per-vestiging-en-bestuur-(vavo-apart)`): board,
 * location, municipality and `AANTAL LEERLINGEN`, with suppressed totals kept as `'suppressed'`.
 * @param bytes the file's bytes
 * @param file the file name
 * @param options clock for provenance
 * @returns the rows, or the report
 * @example
 * const r = await importDuoPupilTotals(bytes, '03.-leerlingen-vo-per-vestiging-en-bestuur-(vavo-apart)-2024.csv');
 */
export async function importDuoPupilTotals(
  bytes: Uint8Array,
  file: string,
  options: DuoImportOptions = {},
): Promise<DuoImportResult<DuoPupilTotalRow, { year: number | null }>> {
  const opened = await openDuoFile(bytes, file);
  if (!opened.ctx) return { ok: false, report: opened.report };
  const { ctx, read } = opened;
  const boardCol = ctx.require('BEVOEGD GEZAG NUMMER');
  const brinCol = ctx.require('INSTELLINGSCODE', 'BRIN NUMMER');
  const locCol = ctx.require('VESTIGINGSCODE', 'VESTIGINGSNUMMER');
  const pupilsCol = ctx.require('AANTAL LEERLINGEN');
  const vavoCol = ctx.find('AANTAL VO LEERLINGEN UITBESTEED AAN VAVO');
  if (ctx.table.rowCount === 0 && ctx.table.header.length > 0) {
    ctx.error(0, '', '', 'at least one data row', 'has a header but no data rows');
  }
  if (!ctx.ok) return { ok: false, report: ctx.report };
  const rows: DuoPupilTotalRow[] = [];
  const seen = new Map<string, number>();
  for (let i = 0; i < ctx.table.rowCount; i++) {
    const brin = ctx.cell(brinCol, i);
    const code = locationCode(brin, ctx.cell(locCol, i));
    if (code === null) {
      ctx.error(
        ctx.row(i),
        ctx.table.header[locCol],
        ctx.cell(locCol, i),
        'a 2-digit vestigingscode with a 4-character BRIN',
        'is not a location code',
      );
      continue;
    }
    const boardKey = `${code}\u0000${ctx.cell(boardCol, i)}`;
    const prev = seen.get(boardKey);
    if (prev !== undefined) {
      ctx.add(
        makeProblem(
          file,
          ctx.row(i),
          ctx.table.header[locCol],
          code,
          'one row per location and board',
          `repeats row ${prev} (duplicate key)`,
        ),
      );
    } else seen.set(boardKey, ctx.row(i));
    const pupils = ctx.count(pupilsCol, i);
    if (pupils === null) {
      ctx.error(
        ctx.row(i),
        ctx.table.header[pupilsCol],
        ctx.cell(pupilsCol, i),
        'a count',
        'is empty or not a count',
      );
      continue;
    }
    rows.push({
      row: ctx.row(i),
      boardNumber: ctx.cell(boardCol, i),
      brin: brin.toUpperCase(),
      locationCode: code,
      name: ctx.cell(ctx.find('INSTELLINGSNAAM VESTIGING', 'VESTIGINGSNAAM'), i),
      place: ctx.cell(ctx.find('PLAATSNAAM', 'PLAATSNAAM VESTIGING'), i),
      municipalityCode: municipalityCode(ctx.cell(ctx.find('GEMEENTENUMMER'), i)),
      municipality: ctx.cell(ctx.find('GEMEENTENAAM'), i),
      province: ctx.cell(ctx.find('PROVINCIE', 'PROVINCIE VESTIGING'), i),
      pupils,
      pupilsOutsourcedToVavo: vavoCol >= 0 ? ctx.count(vavoCol, i) : null,
    });
  }
  if (!ctx.ok) return { ok: false, report: ctx.report };
  return {
    ok: true,
    rows,
    report: ctx.report,
    provenance: await duoProvenance(bytes, file, read, rows.length, options.now),
    year: recogniseDuoFile(file, ctx.table.header)?.year ?? null,
  };
}

/**
 * Turns DUO's `GEMEENTENUMMER` (`599`, `0599`) into a CBS code (`GM0599`); '' stays ''.
 * @param number the municipality number
 * @returns the CBS code
 * @example
 * municipalityCode('599') // 'GM0599'
 */
export function municipalityCode(number: string): string {
  const s = number.trim();
  return /^\d{1,4}$/.test(s) ? `GM${s.padStart(4, '0')}` : s;
}
