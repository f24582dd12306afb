import { unzipSync } from 'fflate';
import { ImportError, makeProblem } from './problem.js';
import type { RawTable } from './types.js';

/** One worksheet as rows of text (numbers written as JavaScript prints them, dates as serial numbers). */
export interface XlsxSheet {
  name: string;
  /** Non-empty rows, each padded to the widest row. */
  rows: string[][];
  /** Sheet row number (1-based, as Excel shows it) of each entry of `rows`. */
  rowNumbers: number[];
}

/** Options of {@link readXlsx}. */
export interface ReadXlsxOptions {
  /** File name used in messages; default `data.xlsx`. */
  file?: string;
  /** Sheet to read, by name or 0-based index; default the first sheet. */
  sheet?: string | number;
}

/**
 * Reads every worksheet of an XLSX workbook (unzipped with fflate; the sheet XML is parsed here: shared
 * strings, inline strings, numbers, booleans; dates stay Excel serial numbers; formulas give their cached
 * value). Works unchanged in browsers, Node and Deno.
 * @param bytes the .xlsx file's bytes
 * @param file file name used in messages
 * @returns the sheets in workbook order
 * @throws ImportError when the bytes are not a readable workbook
 * @example
 * readXlsxSheets(bytes, 'staff.xlsx').map((s) => s.name) // ['Bestuur', 'Instelling']
 */
export function readXlsxSheets(bytes: Uint8Array, file = 'data.xlsx'): XlsxSheet[] {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch (e) {
    throw new ImportError([
      makeProblem(file, 0, '', '', 'an XLSX workbook', `is not a readable XLSX file (${errorText(e)})`),
    ]);
  }
  const text = (path: string): string | null => {
    const entry = entries[path] ?? entries[path.replace(/^\//, '')];
    return entry ? new TextDecoder('utf-8').decode(entry) : null;
  };
  const workbook = text('xl/workbook.xml');
  if (workbook === null) {
    throw new ImportError([
      makeProblem(
        file,
        0,
        '',
        '',
        'an XLSX workbook',
        'is a zip file but not an XLSX workbook (no xl/workbook.xml)',
      ),
    ]);
  }
  const rels = text('xl/_rels/workbook.xml.rels') ?? '';
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    const id = attribute(m[1], 'Id');
    const target = attribute(m[1], 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const shared = parseSharedStrings(text('xl/sharedStrings.xml') ?? '');
  const sheets: XlsxSheet[] = [];
  let index = 0;
  for (const m of workbook.matchAll(/<sheet\b([^>]*)\/?>/g)) {
    index++;
    const name = decodeXml(attribute(m[1], 'name') ?? `Sheet${index}`);
    const rid = attribute(m[1], 'r:id') ?? attribute(m[1], 'id');
    const path = (rid && targets.get(rid)) ?? `xl/worksheets/sheet${index}.xml`;
    const xml = text(path);
    if (xml === null) {
      throw new ImportError([
        makeProblem(
          file,
          0,
          '',
          '',
          'an XLSX workbook',
          `sheet "${name}" is missing from the workbook (${path})`,
        ),
      ]);
    }
    sheets.push({ name, ...parseSheet(xml, shared) });
  }
  return sheets;
}

/**
 * Reads one worksheet of an XLSX workbook as a {@link RawTable}: the first non-empty row is the header.
 * @param bytes the .xlsx file's bytes
 * @param options sheet (name or index) and file name
 * @returns the table and the name of the sheet read
 * @throws ImportError when the workbook or the sheet cannot be read
 * @example
 * const { table, sheet } = readXlsx(bytes, { file: 'workforce.xlsx' });
 */
export function readXlsx(
  bytes: Uint8Array,
  options: ReadXlsxOptions = {},
): { table: RawTable; sheet: string } {
  const file = options.file ?? 'data.xlsx';
  const sheets = readXlsxSheets(bytes, file);
  const want = options.sheet ?? 0;
  const sheet = typeof want === 'number' ? sheets[want] : sheets.find((s) => s.name === want);
  if (!sheet) {
    const names = sheets.map((s) => `"${s.name}"`).join(', ');
    throw new ImportError([
      makeProblem(file, 0, '', String(want), `one of the sheets ${names}`, 'is not a sheet of this workbook'),
    ]);
  }
  return { table: sheetToTable(sheet, 0), sheet: sheet.name };
}

/**
 * Turns sheet rows into a {@link RawTable} with the row at `headerIndex` (index into `sheet.rows`) as header.
 * @param sheet a sheet from {@link readXlsxSheets}
 * @param headerIndex index of the header row in `sheet.rows`
 * @returns the table
 * @example
 * sheetToTable(readXlsxSheets(bytes)[0], 2) // header on the third non-empty row
 */
export function sheetToTable(sheet: XlsxSheet, headerIndex: number): RawTable {
  const headerRow = sheet.rows[headerIndex] ?? [];
  let width = headerRow.length;
  while (width > 0 && headerRow[width - 1].trim() === '') width--;
  const header = headerRow.slice(0, width).map((h) => h.trim());
  const body = sheet.rows.slice(headerIndex + 1);
  const columns = header.map((_, c) => body.map((r) => r[c] ?? ''));
  return {
    header,
    columns,
    rowCount: body.length,
    rowNumbers: Int32Array.from(sheet.rowNumbers.slice(headerIndex + 1)),
  };
}

function parseSharedStrings(xml: string): string[] {
  const out: string[] = [];
  for (const m of xml.matchAll(/<si\b[^>]*>([\s\S]*?)<\/si>/g)) {
    const body = m[1].replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
    let s = '';
    for (const t of body.matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)) s += t[1];
    out.push(decodeXml(s));
  }
  return out;
}

function parseSheet(xml: string, shared: string[]): { rows: string[][]; rowNumbers: number[] } {
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  let width = 0;
  let implicitRow = 0;
  for (const rm of xml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const r = Number(attribute(rm[1], 'r'));
    const rowNumber = Number.isFinite(r) && r > 0 ? r : implicitRow + 1;
    implicitRow = rowNumber;
    const cells: string[] = [];
    let implicitCol = -1;
    for (const cm of (rm[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const ref = attribute(cm[1], 'r');
      const col = ref ? columnIndex(ref) : implicitCol + 1;
      implicitCol = col;
      const type = attribute(cm[1], 't') ?? 'n';
      const inner = cm[2] ?? '';
      let value = '';
      if (type === 'inlineStr') {
        for (const t of inner.matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)) value += t[1];
        value = decodeXml(value);
      } else {
        const v = /<v>([\s\S]*?)<\/v>/.exec(inner);
        const raw = v ? v[1] : '';
        if (type === 's') value = shared[Number(raw)] ?? '';
        else if (type === 'b') value = raw === '1' ? 'true' : raw === '0' ? 'false' : raw;
        else if (type === 'str' || type === 'e') value = decodeXml(raw);
        else if (raw !== '') {
          const num = Number(raw);
          value = Number.isFinite(num) ? String(num) : decodeXml(raw);
        }
      }
      while (cells.length < col) cells.push('');
      cells[col] = value;
    }
    if (cells.some((c) => c.trim() !== '')) {
      rows.push(cells);
      rowNumbers.push(rowNumber);
      if (cells.length > width) width = cells.length;
    }
  }
  for (const row of rows) while (row.length < width) row.push('');
  return { rows, rowNumbers };
}

function columnIndex(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) n = n * 26 + (c - 64);
    else if (c >= 97 && c <= 122) n = n * 26 + (c - 96);
    else break;
  }
  return Math.max(0, n - 1);
}

function attribute(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name.replace(':', '\\:')}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(attrs);
  return m ? (m[2] ?? m[3]) : undefined;
}

function decodeXml(s: string): string {
  if (s.indexOf('&') < 0 && s.indexOf('_x') < 0) return s;
  return s
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    .replace(/&(#x[0-9A-Fa-f]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
      if (e === 'amp') return '&';
      if (e === 'lt') return '<';
      if (e === 'gt') return '>';
      if (e === 'quot') return '"';
      if (e === 'apos') return "'";
      const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : '';
    });
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
