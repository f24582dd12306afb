import { ImportError } from '../problem.js';
import { readXlsxSheets } from '../read-xlsx.js';
import { readDuoTable, type DuoReport } from './duo-common.js';
import { importDuoHboEnrolment, type DuoHboEnrolmentRow } from './import-duo-hbo-enrolment.js';
import { importDuoLocations, type DuoLocationRow } from './import-duo-locations.js';
import {
  importDuoPupils,
  importDuoPupilTotals,
  type DuoImportOptions,
  type DuoPupilRow,
  type DuoPupilTotalRow,
} from './import-duo-pupils.js';
import { importDuoStaff, type DuoStaffRow } from './import-duo-staff.js';
import { recogniseDuoFile, type DuoFileKind } from './recognise-duo-file.js';
import type { Provenance } from '../types.js';

/** A recognised and imported DUO file. */
export type DuoFileImport =
  | { ok: true; kind: 'pupils-per-location'; rows: DuoPupilRow[]; report: DuoReport; provenance: Provenance }
  | {
      ok: true;
      kind: 'pupils-per-location-total';
      rows: DuoPupilTotalRow[];
      report: DuoReport;
      provenance: Provenance;
    }
  | { ok: true; kind: 'locations'; rows: DuoLocationRow[]; report: DuoReport; provenance: Provenance }
  | { ok: true; kind: 'staff-per-board'; rows: DuoStaffRow[]; report: DuoReport; provenance: Provenance }
  | { ok: true; kind: 'hbo-enrolment'; rows: DuoHboEnrolmentRow[]; report: DuoReport; provenance: Provenance }
  | { ok: true; kind: 'ho-graduates'; rows: DuoHboEnrolmentRow[]; report: DuoReport; provenance: Provenance }
  | { ok: false; kind: DuoFileKind | null; report: DuoReport };

/**
 * Recognises a DUO file by its header and imports it with the matching importer.
 * @param bytes the file's bytes
 * @param file the file name
 * @param options clock for provenance
 * @returns the kind and rows, or the report (kind null when the file is not a known DUO file)
 * @example
 * const r = await importDuoFile(bytes, '02.-alle-vestigingen-vo.csv');
 * r.kind // 'locations'
 */
export async function importDuoFile(
  bytes: Uint8Array,
  file: string,
  options: DuoImportOptions = {},
): Promise<DuoFileImport> {
  const fail = (problems: DuoReport['errors']): DuoFileImport => ({
    ok: false,
    kind: null,
    report: { file, errors: problems, warnings: [], truncated: 0, suppressedCells: 0 },
  });
  let headers: string[][];
  try {
    const read = await readDuoTable(bytes, file);
    if (read.format === 'xlsx') {
      headers = readXlsxSheets(bytes, file).flatMap((s) => s.rows.slice(0, 20));
    } else headers = [read.table.header];
    if (read.table.header.length === 0 && read.format !== 'xlsx') return fail(read.problems);
  } catch (e) {
    if (e instanceof ImportError) return fail(e.problems);
    throw e;
  }
  const kind = headers.map((h) => recogniseDuoFile(file, h)).find((r) => r !== null)?.kind ?? null;
  switch (kind) {
    case 'pupils-per-location':
      return withKind(kind, await importDuoPupils(bytes, file, options));
    case 'pupils-per-location-total':
      return withKind(kind, await importDuoPupilTotals(bytes, file, options));
    case 'locations':
      return withKind(kind, await importDuoLocations(bytes, file, options));
    case 'staff-per-board':
      return withKind(kind, await importDuoStaff(bytes, file, options));
    case 'hbo-enrolment':
    case 'ho-graduates':
      return withKind(kind, await importDuoHboEnrolment(bytes, file, options));
    default:
      return fail([
        {
          file,
          row: 1,
          column: '',
          value: headers[0]?.slice(0, 4).join(';') ?? '',
          expected:
            'the header of a DUO file Opgave knows (pupils per vo location, vo locations, staff per board, hbo/wo enrolment or graduates)',
          severity: 'error',
          message: `${file} row 1: the header is not one of the DUO files Opgave knows (pupils per vo location, vo locations, staff per board, hbo/wo enrolment or graduates)`,
        },
      ]);
  }
}

function withKind<K extends DuoFileKind>(kind: K, r: { ok: boolean; report: DuoReport }): DuoFileImport {
  return { ...r, kind } as DuoFileImport;
}
