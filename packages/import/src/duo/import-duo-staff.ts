import { ImportError, makeProblem } from '../problem.js';
import { readXlsxSheets, sheetToTable, type XlsxSheet } from '../read-xlsx.js';
import { sha256Hex } from '../sha256.js';
import type { Problem } from '../types.js';
import {
  DuoContext,
  normaliseDuoHeader,
  type DuoCount,
  type DuoImportResult,
  type DuoReport,
} from './duo-common.js';
import type { DuoImportOptions } from './import-duo-pupils.js';

/** Staff of one board (or institution) × function group × year, from DUO's staff workbook. */
export interface DuoStaffRow {
  /** Sheet the row comes from (DUO has one per level: board, institution, function). */
  sheet: string;
  row: number;
  /** `ONDERWIJSTYPE`, '' when the sheet has none. */
  schoolType: string;
  /** `BEVOEGD GEZAG` (number). */
  boardNumber: string;
  /** `INSTELLINGCODE`/`INSTELLINGSCODE` (BRIN), '' on board-level sheets. */
  institutionCode: string;
  /** `FUNCTIEGROEP` (e.g. `Onderwijsgevend personeel`), '' when absent. */
  functionGroup: string;
  year: number;
  /** `PERSONEN YYYY`. */
  persons: DuoCount | null;
  /** `GEMIDDELDE LEEFTIJD YYYY`. */
  averageAge: DuoCount | null;
  /** `GEMIDDELDE FTE'S YYYY`. */
  averageFte: DuoCount | null;
}

const MEASURE = /^(PERSONEN|GEMIDDELDE LEEFTIJD|GEMIDDELDE FTE'?S?|GEMIDDELDE FTE’S) (\d{4})$/;

/**
 * Imports DUO's staff per board workbook (`01.-onderwijspersoneel-vo-in-personen-….xlsx`): every sheet
 * that has a `BEVOEGD GEZAG` column (the header may be below a title), with `PERSONEN YYYY`,
 * `GEMIDDELDE LEEFTIJD YYYY` and `GEMIDDELDE FTE'S YYYY` per year, in long form (one row per year).
 * Suppressed values (`*`, `**`, `<5`, `x`) stay `'suppressed'`. All or nothing.
 * @param bytes the .xlsx file's bytes
 * @param file the file name
 * @param options clock for provenance
 * @returns the rows (with their sheet), or the report
 * @example
 * const r = await importDuoStaff(bytes, '01.-onderwijspersoneel-vo-in-personen-2024.xlsx');
 * if (r.ok) r.rows.filter((s) => s.boardNumber === '41810' && s.year === 2024);
 */
export async function importDuoStaff(
  bytes: Uint8Array,
  file: string,
  options: DuoImportOptions = {},
): Promise<DuoImportResult<DuoStaffRow, { sheets: string[] }>> {
  const report: DuoReport = { file, errors: [], warnings: [], truncated: 0, suppressedCells: 0 };
  let sheets: XlsxSheet[];
  try {
    sheets = readXlsxSheets(bytes, file);
  } catch (e) {
    if (e instanceof ImportError) return { ok: false, report: { ...report, errors: e.problems } };
    throw e;
  }
  const rows: DuoStaffRow[] = [];
  const used: string[] = [];
  const merge = (list: Problem[], into: Problem[]) => {
    for (const p of list)
      if (into.length < 1000) into.push(p);
      else report.truncated++;
  };
  for (const sheet of sheets) {
    const headerIndex = sheet.rows
      .slice(0, 20)
      .findIndex((r) =>
        r.some((c) => ['BEVOEGD GEZAG', 'BEVOEGD GEZAG NUMMER'].includes(normaliseDuoHeader(c))),
      );
    if (headerIndex < 0) {
      merge(
        [
          makeProblem(
            `${file} sheet "${sheet.name}"`,
            0,
            '',
            '',
            'a BEVOEGD GEZAG column',
            'has no BEVOEGD GEZAG column and is skipped',
            'warning',
          ),
        ],
        report.warnings,
      );
      continue;
    }
    const table = sheetToTable(sheet, headerIndex);
    const ctx = new DuoContext(`${file} sheet "${sheet.name}"`, { table, problems: [], truncated: 0 });
    const boardCol = ctx.require('BEVOEGD GEZAG', 'BEVOEGD GEZAG NUMMER');
    const typeCol = ctx.find('ONDERWIJSTYPE');
    const instCol = ctx.find('INSTELLINGCODE', 'INSTELLINGSCODE', 'BRIN NUMMER');
    const functionCol = ctx.find('FUNCTIEGROEP');
    const measures = new Map<number, { persons: number; age: number; fte: number }>();
    table.header.forEach((h, i) => {
      const m = MEASURE.exec(normaliseDuoHeader(h));
      if (!m) return;
      const year = Number(m[2]);
      const entry = measures.get(year) ?? { persons: -1, age: -1, fte: -1 };
      if (m[1] === 'PERSONEN') entry.persons = i;
      else if (m[1] === 'GEMIDDELDE LEEFTIJD') entry.age = i;
      else entry.fte = i;
      measures.set(year, entry);
    });
    if (measures.size === 0) {
      ctx.error(1, 'PERSONEN YYYY', '', 'columns "PERSONEN YYYY"', 'required columns are missing');
    }
    if (ctx.ok) {
      used.push(sheet.name);
      for (let i = 0; i < table.rowCount; i++) {
        const board = ctx.cell(boardCol, i);
        if (board === '' || /^totaal/i.test(board)) continue;
        for (const [year, cols] of [...measures].sort((a, b) => a[0] - b[0])) {
          rows.push({
            sheet: sheet.name,
            row: ctx.row(i),
            schoolType: ctx.cell(typeCol, i),
            boardNumber: board,
            institutionCode: ctx.cell(instCol, i),
            functionGroup: ctx.cell(functionCol, i),
            year,
            persons: cols.persons >= 0 ? ctx.count(cols.persons, i) : null,
            averageAge: cols.age >= 0 ? ctx.count(cols.age, i, true) : null,
            averageFte: cols.fte >= 0 ? ctx.count(cols.fte, i, true) : null,
          });
        }
      }
    }
    merge(ctx.report.errors, report.errors);
    merge(ctx.report.warnings, report.warnings);
    report.truncated += ctx.report.truncated;
    report.suppressedCells += ctx.report.suppressedCells;
  }
  if (used.length === 0 && report.errors.length === 0) {
    report.errors.push(
      makeProblem(
        file,
        0,
        '',
        '',
        'a sheet with a BEVOEGD GEZAG column',
        'has no sheet with staff per board',
      ),
    );
  }
  if (report.errors.length > 0) return { ok: false, report };
  return {
    ok: true,
    rows,
    report,
    sheets: used,
    provenance: {
      file,
      importedAt: (options.now ?? (() => new Date()))().toISOString(),
      sha256: await sha256Hex(bytes),
      format: 'xlsx',
      encoding: null,
      delimiter: null,
      decimal: null,
      sheet: used.join(', '),
      rows: rows.length,
    },
  };
}
