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
  male: DuoCount | null;
  female: DuoCount | null;
}

/** Options of {@link importDuoHboEnrolment}. */
export interface DuoHboEnrolmentOptions extends DuoImportOptions {
  /** Keep only rows of this `CROHO ONDERDEEL` (case-insensitive), e.g. `onderwijs`. */
  crohoSector?: string;
}

/**
 * Imports DUO's hbo enrolment (`01.ingeschrevenen-hbo-YYYY.csv`, `;`): institution, CROHO sector,
 * programme, mode and `YYYY MAN` / `YYYY VROUW` per year, in long form. Suppressed counts stay
 * `'suppressed'`. All or nothing.
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
  const sectorCol = ctx.require('CROHO ONDERDEEL');
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
  if (years.size === 0)
    ctx.error(1, 'YYYY MAN', '', 'columns "YYYY MAN" and "YYYY VROUW"', 'required columns are missing');
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
