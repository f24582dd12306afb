import { makeProblem } from '../problem.js';
import { duoProvenance, locationCode, openDuoFile, type DuoImportResult } from './duo-common.js';
import type { DuoImportOptions } from './import-duo-pupils.js';
import { municipalityCode } from './import-duo-pupils.js';

/** One vo location from DUO's location file, with its board. */
export interface DuoLocationRow {
  row: number;
  /** `BEVOEGD GEZAG NUMMER`: the board. */
  boardNumber: string;
  brin: string;
  /** BRIN + 2 digits, e.g. `18BR00`. */
  locationCode: string;
  name: string;
  postcode: string;
  place: string;
  /** CBS code, e.g. `GM0599`. */
  municipalityCode: string;
  municipality: string;
  province: string;
  denomination: string;
  /** `ONDERWIJSSTRUCTUUR` (e.g. `VWO/HAVO/VMBO`), '' when absent. */
  structure: string;
}

/**
 * Imports DUO's vo locations (`vestigingenvo.csv`, `02.-alle-vestigingen-vo.csv`): board, BRIN, location
 * code (2-digit `VESTIGINGSCODE` or 6-character `VESTIGINGSNUMMER`), name, address and municipality.
 * A location listed twice is an error. All or nothing.
 * @param bytes the file's bytes
 * @param file the file name
 * @param options clock for provenance
 * @returns the locations, or the report
 * @example
 * const r = await importDuoLocations(bytes, '02.-alle-vestigingen-vo.csv');
 * if (r.ok) r.rows.find((l) => l.locationCode === '18BR00')?.boardNumber // '10053'
 */
export async function importDuoLocations(
  bytes: Uint8Array,
  file: string,
  options: DuoImportOptions = {},
): Promise<DuoImportResult<DuoLocationRow>> {
  const opened = await openDuoFile(bytes, file);
  if (!opened.ctx) return { ok: false, report: opened.report };
  const { ctx, read } = opened;
  const boardCol = ctx.require('BEVOEGD GEZAG NUMMER');
  const brinCol = ctx.require('INSTELLINGSCODE', 'BRIN NUMMER');
  const locCol = ctx.require('VESTIGINGSCODE', 'VESTIGINGSNUMMER');
  const nameCol = ctx.find('VESTIGINGSNAAM', 'INSTELLINGSNAAM VESTIGING');
  const postcodeCol = ctx.find('POSTCODE');
  const placeCol = ctx.find('PLAATSNAAM');
  const gmCol = ctx.find('GEMEENTENUMMER');
  const gmNameCol = ctx.find('GEMEENTENAAM');
  const provinceCol = ctx.find('PROVINCIE');
  const denominationCol = ctx.find('DENOMINATIE');
  const structureCol = ctx.find('ONDERWIJSSTRUCTUUR');
  if (ctx.table.rowCount === 0 && ctx.table.header.length > 0) {
    ctx.error(0, '', '', 'at least one data row', 'has a header but no data rows');
  }
  if (!ctx.ok) return { ok: false, report: ctx.report };
  const rows: DuoLocationRow[] = [];
  const seen = new Map<string, number>();
  for (let i = 0; i < ctx.table.rowCount; i++) {
    const brin = ctx.cell(brinCol, i);
    const code = locationCode(brin, ctx.cell(locCol, i));
    const row = ctx.row(i);
    if (code === null) {
      ctx.error(
        row,
        ctx.table.header[locCol],
        ctx.cell(locCol, i),
        `a location code of BRIN ${brin}`,
        'is not a location code',
      );
      continue;
    }
    const board = ctx.cell(boardCol, i);
    if (!/^\d+$/.test(board)) {
      ctx.error(row, ctx.table.header[boardCol], board, 'a board number (digits)', 'is not a board number');
    }
    const prev = seen.get(code);
    if (prev !== undefined) {
      ctx.add(
        makeProblem(
          file,
          row,
          ctx.table.header[locCol],
          code,
          'each location once',
          `repeats the location of row ${prev} (duplicate key)`,
        ),
      );
      continue;
    }
    seen.set(code, row);
    rows.push({
      row,
      boardNumber: board,
      brin: brin.toUpperCase(),
      locationCode: code,
      name: ctx.cell(nameCol, i),
      postcode: ctx.cell(postcodeCol, i),
      place: ctx.cell(placeCol, i),
      municipalityCode: municipalityCode(ctx.cell(gmCol, i)),
      municipality: ctx.cell(gmNameCol, i),
      province: ctx.cell(provinceCol, i),
      denomination: ctx.cell(denominationCol, i),
      structure: ctx.cell(structureCol, i),
    });
  }
  if (!ctx.ok) return { ok: false, report: ctx.report };
  return {
    ok: true,
    rows,
    report: ctx.report,
    provenance: await duoProvenance(bytes, file, read, rows.length, options.now),
  };
}
