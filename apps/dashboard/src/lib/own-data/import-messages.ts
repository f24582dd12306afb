import type { ColumnMapping, DuoFileKind, DuoRecognition, ImportReport, Problem } from '@opgave/import';
import type { OwnTable } from './own-table';

/** A file the reader chose, with the resource it is meant for and how its columns map to the template. */
export interface UploadRequest {
  file: File;
  resource: string;
  /** Template column → the file's column; columns not given are matched by name and synonyms. */
  mapping: ColumnMapping;
}

/** A DUO file the reader chose, with its kind and year (from the name, or entered; null for locations). */
export interface DuoUpload {
  file: File;
  duo: DuoFileKind;
  year: number | null;
}

/** A dataset's files for the worker: resource name → its file's path and bytes (Opgave's CSV). */
export type DatasetBytes = Record<string, { path: string; bytes: Uint8Array }>;

/** A location the DUO import added, recoded, found under another board, or missed (see `importDuo`). */
export interface DuoChange {
  change: 'new' | 'recoded' | 'board-changed' | 'missing';
  year: number | null;
  duoLocation: string;
  locationId: string;
  from: string;
  to: string;
  name: string;
  place: string;
  /** Its pupils, or null when unknown or suppressed. */
  pupils: number | null;
}

/** What the DUO route read and checked: the summary, the changes, the problems, and the tables to use. */
export interface DuoOutcome {
  ok: boolean;
  /** `summariseDuoImport` in both languages: one line per file, then what was outside, new, recoded. */
  summary: { nl: string[]; en: string[] };
  /** Years of real pupils read from the reader's files. */
  years: number[];
  /** Real pupil years of the real-data set that the files do not replace, kept. */
  keptYears: number[];
  changes: DuoChange[];
  /** Errors of the DUO files (file, row, column, value, expected): nothing is used. */
  problems: Problem[];
  warnings: Problem[];
  /** The check of the whole dataset built around the real pupils (types, keys, foreign keys). */
  reports: FileReport[];
  /** The dataset's tables, each with its origin (real, estimated, synthetic), only when `ok`. */
  tables: OwnTable[];
  ms: number;
}

/** Messages to the import worker. */
export type ImportRequest =
  | { type: 'catalog'; id: number }
  | { type: 'inspect'; id: number; file: File }
  | {
      type: 'validate';
      id: number;
      uploads: UploadRequest[];
      /** The dataset in use: resource name → its file's path and bytes (CSV in Opgave's format). */
      current: Record<string, { path: string; bytes: Uint8Array }>;
    }
  | {
      type: 'duo';
      id: number;
      files: DuoUpload[];
      /** The one region definition (`data/regions/`): its path and bytes, fetched by the page. */
      region: { path: string; bytes: Uint8Array };
      /** The real-data set: its files, its real pupil years and what its pupils' source is called. */
      real: { files: DatasetBytes; years: number[]; pupilsSource: string };
      /** The synthetic set, the source of the estimates, with its history years. */
      synthetic: { files: DatasetBytes; historyStart: number; historyEnd: number };
    };

/** The report of one file, with the resource it was checked as and whether it is the reader's file. */
export interface FileReport extends ImportReport {
  resource: string;
  /** True for a file the reader chose; false for a table of the data in use that no longer fits. */
  uploaded: boolean;
}

/** A table the reader may provide: its columns, its CSV template and the template's description. */
export interface CatalogEntry {
  resource: string;
  fields: { name: string; required: boolean }[];
  /** CSV template with example rows (`csvTemplate`). */
  template: string;
  /** One line per column (`describeTemplate`). */
  description: string[];
}

/** Messages from the import worker. */
export type ImportResponse =
  | {
      type: 'catalog';
      id: number;
      entries: CatalogEntry[];
      /** The import's description of each pattern of the format, English → Dutch. */
      phrases: Record<string, string>;
    }
  | {
      type: 'inspected';
      id: number;
      header: string[];
      format: 'csv' | 'xlsx' | 'parquet' | null;
      /** The resource the file most likely holds, or null. */
      guess: string | null;
      /** Suggested column mapping for every resource (template column → the file's column). */
      suggestions: Record<string, ColumnMapping>;
      /** What DUO file it is (kind, header variant, year from its name), or null for a plain table. */
      duo: DuoRecognition | null;
      /** Why the file could not be read, if it could not. */
      error: string | null;
    }
  | { type: 'progress'; id: number; file: string; index: number; total: number }
  | {
      type: 'validated';
      id: number;
      ok: boolean;
      reports: FileReport[];
      /** The reader's tables, only when `ok`. */
      tables: OwnTable[];
      /** Time taken in the worker, ms. */
      ms: number;
    }
  | ({ type: 'duo-imported'; id: number } & DuoOutcome)
  | { type: 'failed'; id: number; message: string };
