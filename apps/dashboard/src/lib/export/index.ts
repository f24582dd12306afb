// Downloads of the dashboard's tables (CSV, XLSX) and charts (SVG, PNG). The writers are pure;
// `svgToPng` and `download` need a browser.
export type { ExportColumn, ExportRow } from './columns';
export { toCsv, type ToCsvOptions } from './to-csv';
export { toXlsx, columnName, type ToXlsxOptions } from './to-xlsx';
export { svgToString, svgSize, type SvgToStringOptions } from './svg-to-string';
export { svgToPng, type SvgToPngOptions } from './svg-to-png';
export { download } from './download';
export { exportFilename } from './export-filename';
export {
  suppressSmallCounts,
  SUPPRESSED_MARK,
  type SuppressSmallCountsOptions,
} from './suppress-small-counts';
