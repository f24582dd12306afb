import { writeZip } from './write-zip';
import type { ExportColumn, ExportRow } from './columns';

/** Options of {@link toXlsx}. */
export interface ToXlsxOptions {
  /** Name of the worksheet; cut to 31 characters, `[]:*?/\` replaced. `Opgave` by default. */
  sheetName?: string;
}

/**
 * Writes rows as a minimal Excel workbook (Office Open XML, one worksheet): a bold header row of the
 * columns' labels, frozen; finite numbers as numbers, everything else as text (inline strings), empty
 * cells for `null`, `undefined` and non-finite numbers; dates as ISO 8601 text.
 * @param rows the rows, values by column key
 * @param columns the columns in order, with their headers
 * @param options `sheetName`
 * @returns the bytes of the `.xlsx` file (zipped by the browser's `CompressionStream`, hence a promise)
 * @example await toXlsx(rows, [{ key: 'name', label: 'Cluster' }], { sheetName: 'Tekort' })
 */
export async function toXlsx(
  rows: readonly ExportRow[],
  columns: readonly ExportColumn[],
  { sheetName = 'Opgave' }: ToXlsxOptions = {},
): Promise<Uint8Array> {
  if (columns.length === 0) throw new Error('toXlsx requires at least one column');
  const name = safeSheetName(sheetName);
  const lastRef = `${columnName(columns.length - 1)}${rows.length + 1}`;
  const header = columns.map((column, i) => cell(`${columnName(i)}1`, column.label, 1)).join('');
  const body = rows
    .map((row, r) => {
      const cells = columns.map((column, i) => cell(`${columnName(i)}${r + 2}`, row[column.key], 0));
      return `<row r="${r + 2}">${cells.join('')}</row>`;
    })
    .join('');
  const widths = columns
    .map((column, i) => {
      const longest = Math.max(column.label.length, ...rows.map((row) => displayLength(row[column.key])));
      const width = Math.min(60, Math.max(8, longest + 2));
      return `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`;
    })
    .join('');
  const sheet =
    xmlHead +
    `<worksheet xmlns="${mainNs}" xmlns:r="${relNs}">` +
    `<dimension ref="A1:${lastRef}"/>` +
    `<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/><cols>${widths}</cols>` +
    `<sheetData><row r="1">${header}</row>${body}</sheetData></worksheet>`;

  const parts: Record<string, string> = {
    '[Content_Types].xml':
      xmlHead +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      '</Types>',
    '_rels/.rels':
      xmlHead +
      `<Relationships xmlns="${pkgRelNs}">` +
      `<Relationship Id="rId1" Type="${relNs}/officeDocument" Target="xl/workbook.xml"/>` +
      '</Relationships>',
    'xl/workbook.xml':
      xmlHead +
      `<workbook xmlns="${mainNs}" xmlns:r="${relNs}">` +
      `<sheets><sheet name="${escapeXml(name)}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels':
      xmlHead +
      `<Relationships xmlns="${pkgRelNs}">` +
      `<Relationship Id="rId1" Type="${relNs}/worksheet" Target="worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${relNs}/styles" Target="styles.xml"/>` +
      '</Relationships>',
    'xl/styles.xml':
      xmlHead +
      `<styleSheet xmlns="${mainNs}">` +
      '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
      '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '</styleSheet>',
    'xl/worksheets/sheet1.xml': sheet,
  };
  const encoder = new TextEncoder();
  return writeZip(Object.entries(parts).map(([name, xml]) => ({ name, bytes: encoder.encode(xml) })));
}

const xmlHead = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const mainNs = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const relNs = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const pkgRelNs = 'http://schemas.openxmlformats.org/package/2006/relationships';

function cell(ref: string, value: unknown, style: 0 | 1): string {
  const s = style ? ` s="${style}"` : '';
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? `<c r="${ref}"${s}><v>${value}</v></c>` : '';
  const text =
    value instanceof Date ? (Number.isNaN(value.getTime()) ? '' : value.toISOString()) : String(value);
  if (text === '') return '';
  const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}"${s} t="inlineStr"><is><t${space}>${escapeXml(text)}</t></is></c>`;
}

/**
 * The spreadsheet name of a zero-based column index: 0 → A, 25 → Z, 26 → AA.
 * @param index zero-based column index
 * @returns the column's letters
 * @example columnName(27) // 'AB'
 */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

function safeSheetName(name: string): string {
  const cleaned = name
    .replace(/[[\]:*?/\\]/g, ' ')
    .trim()
    .slice(0, 31);
  return cleaned || 'Opgave';
}

function displayLength(value: unknown): number {
  return value === null || value === undefined ? 0 : String(value).length;
}

function escapeXml(text: string): string {
  return (
    text
      // Characters XML 1.0 does not allow at all.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replaceAll('&', '&amp;')
      .replaceAll('<', '&lt;')
      .replaceAll('>', '&gt;')
      .replaceAll('"', '&quot;')
  );
}
