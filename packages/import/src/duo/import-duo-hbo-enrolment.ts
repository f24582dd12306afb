import {
  duoProvenance,
  normaliseDuoHeader,
  openDuoFile,
  type DuoCount,
  type DuoImportResult,
} from './duo-common.js';
import type { DuoImportOptions } from './import-duo-pupils.js';

/** Enrolment of one hbo programme × year, from DUO's `01.ingeschrevenen-hbo-YYYY.csv`. */
export interface DuoHboEnrolmentRow {
  row: number;
  institutionCode: string;
  institutionName: string;
  /** `CROHO ONDERDEEL`, e.g. `onderwijs` for teacher training. */
  crohoSector: string;
  programmeCode: string;
  /** `OPLEIDINGSNAAM ACTUEEL`. */
  programmeName: string;
  /** `OPLEIDINGSVORM`: voltijd, deeltijd, duaal. */
  mode: string;
  /** `TYPE HOGER ONDERWIJS` (bachelor, master…), '' when absent. */
  level: string;
  municipality: string;
  year: number;
  /** Older layout (`YYYY MAN`, `YYYY VROUW`): the counts per sex; null in the current layout. */
  male: DuoCount | null;
  female: DuoCount | null;
  /** Current layout (a `GESLACHT` column, bare `YYYY` columns): the row's count; null in the older layout. */
  count: DuoCount | null;
  /** Current layout: `GESLACHT` as in the file (`man`, `vrouw`), '' when absent. */
  sex: string;
}

/** Options of {@link importDuoHboEnrolment}. */
export interface DuoHboEnrolmentOptions extends DuoImportOptions {
  /** Keep only rows of this `CROHO ONDERDEEL` (case-insensitive), e.g. `onderwijs`. */
  crohoSector?: string;
}

/**
 * Imports DUO's hbo/wo enrolment or graduates (`01.ingeschrevenen-hbo-YYYY.csv`, `…gediplomeerden…`), CSV
 * or DUO's JSON, in long form (one row per programme × year): the older layout (`CROHO ONDERDEEL`,
 * `YYYY MAN` / `YYYY VROUW`) or the current one (`ONDERDEEL`, a `GESLACHT` column, bare `YYYY` columns).
 * Institution, CROHO onderdeel (`onderwijs`: teacher training), programme, mode, level. Suppressed
 * counts stay `'suppressed'`. All or nothing.
 * @param bytes the file's bytes
 * @param file the file name
 * @param options keep only one CROHO sector (e.g. `onderwijs`)
 * @returns the rows, or the report
 * @example
 * const r = await importDuoHboEnrolment(bytes, '01.ingeschrevenen-hbo-2024.csv', { crohoSector: 'onderwijs' });
 */
export async function importDuoHboEnrolment(
  bytes: Uint8Array,
  file: string,
  options: DuoHboEnrolmentOptions = {},
): Promise<DuoImportResult<DuoHboEnrolmentRow>> {
  const opened = await openDuoFile(bytes, file);
  if (!opened.ctx) return { ok: false, report: opened.report };
  const { ctx, read } = opened;
  const sectorCol = ctx.require('CROHO ONDERDEEL', 'ONDERDEEL');
  const nameCol = ctx.require('OPLEIDINGSNAAM ACTUEEL', 'OPLEIDINGSNAAM');
  const modeCol = ctx.require('OPLEIDINGSVORM');
  const instCol = ctx.find(
    'INSTELLINGSCODE ACTUEEL',
    'INSTELLINGSCODE',
    'BRIN NUMMER ACTUEEL',
    'BRIN NUMMER',
  );
  const instNameCol = ctx.find('INSTELLINGSNAAM ACTUEEL', 'INSTELLINGSNAAM');
  const codeCol = ctx.find('OPLEIDINGSCODE ACTUEEL', 'OPLEIDINGSCODE');
  const levelCol = ctx.find('TYPE HOGER ONDERWIJS');
  const sexCol = ctx.find('GESLACHT');
  const bareYears = new Map<number, number>();
  ctx.table.header.forEach((h, i) => {
    if (/^(19|20)\d{2}$/.test(normaliseDuoHeader(h))) bareYears.set(Number(normaliseDuoHeader(h)), i);
  });
  const gmCol = ctx.find('GEMEENTENAAM');
  const years = new Map<number, { male: number; female: number }>();
  ctx.table.header.forEach((h, i) => {
    const m = /^(\d{4}) (MAN|VROUW)$/.exec(normaliseDuoHeader(h));
    if (!m) return;
    const entry = years.get(Number(m[1])) ?? { male: -1, female: -1 };
    if (m[2] === 'MAN') entry.male = i;
    else entry.female = i;
    years.set(Number(m[1]), entry);
  });
  if (years.size === 0 && bareYears.size === 0)
    ctx.error(
      1,
      'YYYY MAN',
      '',
      'columns "YYYY MAN" and "YYYY VROUW", or "GESLACHT" and "YYYY"',
      'required columns are missing',
    );
  if (ctx.table.rowCount === 0 && ctx.table.header.length > 0) {
    ctx.error(0, '', '', 'at least one data row', 'has a header but no data rows');
  }
  if (!ctx.ok) return { ok: false, report: ctx.report };
  const wanted = options.crohoSector?.toLowerCase();
  const rows: DuoHboEnrolmentRow[] = [];
  const sorted = [...years].sort((a, b) => a[0] - b[0]);
  for (let i = 0; i < ctx.table.rowCount; i++) {
    const sector = ctx.cell(sectorCol, i);
    if (wanted !== undefined && sector.toLowerCase() !== wanted) continue;
    for (const [year, cols] of sorted) {
      rows.push({
        row: ctx.row(i),
        institutionCode: ctx.cell(instCol, i),
        institutionName: ctx.cell(instNameCol, i),
        crohoSector: sector,
        programmeCode: ctx.cell(codeCol, i),
        programmeName: ctx.cell(nameCol, i),
        mode: ctx.cell(modeCol, i),
        level: ctx.cell(levelCol, i),
        municipality: ctx.cell(gmCol, i),
        year,
        male: cols.male >= 0 ? ctx.count(cols.male, i) : null,
        female: cols.female >= 0 ? ctx.count(cols.female, i) : null,
        count: null,
        sex: '',
      });
    }
    for (const [year, col] of [...bareYears].sort((a, b) => a[0] - b[0])) {
      rows.push({
        row: ctx.row(i),
        institutionCode: ctx.cell(instCol, i),
        institutionName: ctx.cell(instNameCol, i),
        crohoSector: sector,
        programmeCode: ctx.cell(codeCol, i),
        programmeName: ctx.cell(nameCol, i),
        mode: ctx.cell(modeCol, i),
        level: ctx.cell(levelCol, i),
        municipality: ctx.cell(gmCol, i),
        year,
        male: null,
        female: null,
        count: ctx.count(col, i),
        sex: ctx.cell(sexCol, i).toLowerCase(),
      });
    }
  }
  if (!ctx.ok) return { ok: false, report: ctx.report };
  return {
    ok: true,
    rows,
    report: ctx.report,
    provenance: await duoProvenance(bytes, file, read, rows.length, options.now),
  };
}
