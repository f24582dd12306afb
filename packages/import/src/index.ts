/**
 * @opgave/import — reads, maps and validates a region's own data files (CSV, XLSX, Parquet) and DUO open
 * data for Opgave. Pure TypeScript: runs unchanged in browsers, Node and Deno.
 */
export type {
  CellValue,
  FieldSchema,
  FieldType,
  ForeignKeySchema,
  ImportedTable,
  Problem,
  Provenance,
  RawTable,
  Severity,
  TableSchema,
  TypedColumn,
  ValidationReport,
} from './types.js';
export { ImportError, makeProblem } from './problem.js';
export { decodeText, type DecodedText, type TextEncodingName } from './decode-text.js';
export { sniffCsvDialect, type CsvDialect } from './sniff-csv-dialect.js';
export { parseCsv, type ParseCsvOptions, type ParsedCsv } from './parse-csv.js';
export { readXlsx, readXlsxSheets, sheetToTable, type ReadXlsxOptions, type XlsxSheet } from './read-xlsx.js';
export { readParquet } from './read-parquet.js';
export {
  detectFormat,
  readTableFile,
  type ReadTableFileOptions,
  type TableFile,
  type TableFileFormat,
} from './read-table-file.js';
export {
  applyColumnMapping,
  normaliseColumnName,
  suggestColumnMapping,
  type ColumnMapping,
  type MappingSuggestion,
} from './column-mapping.js';
export {
  validateTable,
  type TableValidation,
  type TotalCheck,
  type ValidateTableOptions,
} from './validate-table.js';
export {
  importTable,
  toRows,
  type ImportReport,
  type ImportResult,
  type ImportTableOptions,
} from './import-table.js';
export {
  importDataset,
  type DatasetFile,
  type ImportDatasetOptions,
  type ImportDatasetResult,
} from './import-dataset.js';
export { OPGAVE_RESOURCES, OPGAVE_SCHEMAS, type OpgaveResource } from './opgave-schemas.js';
export { csvTemplate, describeTemplate } from './templates.js';
export { sha256Hex } from './sha256.js';
export { CODE_PATTERN, describePattern } from './describe-pattern.js';
export {
  SUPPRESSED,
  SUPPRESSION_MARKS,
  locationCode,
  normaliseDuoHeader,
  parseDuoCount,
  parseDuoMeasure,
  type DuoCount,
  type DuoImportResult,
  type DuoReport,
} from './duo/duo-common.js';
export { recogniseDuoFile, type DuoFileKind, type DuoRecognition } from './duo/recognise-duo-file.js';
export {
  duoPupilsPerLocation,
  importDuoPupilTotals,
  importDuoPupils,
  municipalityCode,
  type DuoImportOptions,
  type DuoLocationPupils,
  type DuoPupilRow,
  type DuoPupilTotalRow,
  type DuoPupilsImport,
} from './duo/import-duo-pupils.js';
export { importDuoLocations, type DuoLocationRow } from './duo/import-duo-locations.js';
export { importDuoStaff, type DuoStaffRow } from './duo/import-duo-staff.js';
export {
  importDuoHboEnrolment,
  type DuoHboEnrolmentOptions,
  type DuoHboEnrolmentRow,
} from './duo/import-duo-hbo-enrolment.js';
export { importDuoFile, type DuoFileImport } from './duo/import-duo-file.js';
export {
  importDuo,
  suppressionRule,
  type DuoDatasetReport,
  type DuoFileSummary,
  type DuoInputFile,
  type DuoLocationChange,
  type DuoOutside,
  type DuoTables,
  type ImportDuoOptions,
  type ImportDuoResult,
} from './duo/import-duo.js';
export { summariseDuoImport } from './duo/summarise-duo-import.js';
export {
  realPupilsDataset,
  type DatasetRow,
  type RealPupilsDataset,
  type RealPupilsDatasetOptions,
  type ResourceProvenance,
} from './duo/real-pupils-dataset.js';
export { YEARLY_RESOURCES, describeYears, findYearGaps, yearGapProblem } from './year-gaps.js';
export { datasetFiles, type DatasetFilesOptions } from './dataset-files.js';
export {
  REGION_DEFINITION_SCHEMA,
  draftRegionDefinition,
  duoPupilsToOpgave,
  parseRegionDefinition,
  type DuoLocationFigure,
  type OpgavePupilsFromDuo,
  type RegionDefinition,
  type RegionDefinitionResult,
  type RegionLocation,
} from './region-definition.js';
