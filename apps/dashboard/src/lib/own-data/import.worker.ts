/// <reference lib="webworker" />
// Reads, maps and validates the reader's files off the main thread, so a file of a million rows never
// freezes the page. Nothing is sent anywhere: files arrive from the page and tables go back to it.
import {
  OPGAVE_RESOURCES,
  OPGAVE_SCHEMAS,
  csvTemplate,
  describePattern,
  describeTemplate,
  importTable,
  readTableFile,
  readXlsxSheets,
  recogniseDuoFile,
  suggestColumnMapping,
  type ColumnMapping,
  type DuoRecognition,
} from '@opgave/import';
import { guessResource } from './guess-resource';
import type { FileReport, ImportRequest, ImportResponse } from './import-messages';
import type { OwnTable } from './own-table';
import { importedTableToCsvBytes } from './table-to-csv';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: ImportResponse, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

/** The header of a CSV file is in its first bytes; binary formats must be read whole. */
const HEADER_BYTES = 256 * 1024;

scope.onmessage = async ({ data }: MessageEvent<ImportRequest>) => {
  try {
    if (data.type === 'catalog') catalog(data.id);
    else if (data.type === 'inspect') await inspect(data);
    // The DUO importers are loaded only when the DUO route is used.
    else if (data.type === 'duo')
      await (await import('./duo-route')).importDuoRoute(data, { post, checkDataset });
    else await validate(data);
  } catch (error) {
    post({ type: 'failed', id: data.id, message: error instanceof Error ? error.message : String(error) });
  }
};

// The page asks the worker for schemas and templates, so @opgave/import is shipped once, here.
function catalog(id: number) {
  post({
    type: 'catalog',
    id,
    entries: OPGAVE_RESOURCES.map((resource) => ({
      resource,
      fields: OPGAVE_SCHEMAS[resource].fields.map((f) => ({
        name: f.name,
        required: f.constraints?.required === true,
      })),
      template: csvTemplate(resource),
      description: describeTemplate(resource),
    })),
    phrases: patternPhrases(),
  });
}

/** The import's words for each pattern of the format, English → Dutch, for the page's report. */
function patternPhrases(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const schema of Object.values(OPGAVE_SCHEMAS)) {
    for (const field of schema.fields) {
      const pattern = field.constraints?.pattern;
      const en = pattern ? describePattern(pattern, 'en') : null;
      const nl = pattern ? describePattern(pattern, 'nl') : null;
      if (en && nl) out[en] = nl;
    }
  }
  return out;
}

function suggestions(header: string[]): Record<string, ColumnMapping> {
  return Object.fromEntries(
    OPGAVE_RESOURCES.map((r) => [r, suggestColumnMapping(header, OPGAVE_SCHEMAS[r]).mapping]),
  );
}

async function inspect({ id, file }: Extract<ImportRequest, { type: 'inspect' }>) {
  const head = new Uint8Array(await file.slice(0, HEADER_BYTES).arrayBuffer());
  let bytes = head;
  const binary = (head[0] === 0x50 && head[1] === 0x4b) || (head[0] === 0x50 && head[1] === 0x41);
  if (binary || /\.(xlsx|parquet)$/i.test(file.name)) bytes = new Uint8Array(await file.arrayBuffer());
  if (/\.json$/i.test(file.name) || /^\s*[[{]/.test(new TextDecoder().decode(head.slice(0, 64)))) {
    post(await (await import('./duo-route')).inspectDuoJson(id, file));
    return;
  }
  try {
    const read = await readTableFile(bytes, file.name, { maxProblems: 1 });
    const header = read.table.header;
    const duo = recogniseDuo(file.name, bytes, header, read.format);
    post({
      type: 'inspected',
      id,
      header,
      format: read.format,
      guess: duo ? null : guessResource({ file: file.name, header, schemas: OPGAVE_SCHEMAS }),
      suggestions: duo ? {} : suggestions(header),
      duo,
      error: null,
    });
  } catch (error) {
    post({
      type: 'inspected',
      id,
      header: [],
      format: null,
      guess: guessResource({ file: file.name, header: [], schemas: OPGAVE_SCHEMAS }),
      suggestions: {},
      duo: null,
      error: error instanceof Error ? error.message : String(error),
    });
  }
}

/** A DUO file is recognised by its header; DUO's staff workbooks have it a few rows down a sheet. */
function recogniseDuo(
  name: string,
  bytes: Uint8Array,
  header: string[],
  format: 'csv' | 'xlsx' | 'parquet',
): DuoRecognition | null {
  const direct = recogniseDuoFile(name, header);
  if (direct || format !== 'xlsx') return direct;
  for (const sheet of readXlsxSheets(bytes, name)) {
    for (const row of sheet.rows.slice(0, 20)) {
      const found = recogniseDuoFile(name, row);
      if (found) return found;
    }
  }
  return null;
}

/** A table to check: the reader's file (or a table the DUO route wrote) for a resource. */
interface Upload {
  resource: string;
  /** The name shown in the report and kept in the provenance. */
  name: string;
  bytes: () => Promise<Uint8Array>;
  /** Template column → the file's column; false to match by name only (a table written here). */
  mapping: ColumnMapping | false;
}

async function validate({ id, uploads, current }: Extract<ImportRequest, { type: 'validate' }>) {
  const started = performance.now();
  const checked = await checkDataset(
    id,
    uploads.map((u) => ({
      resource: u.resource,
      name: u.file.name,
      bytes: async () => new Uint8Array(await u.file.arrayBuffer()),
      mapping: u.mapping,
    })),
    current,
  );
  const ms = Math.round(performance.now() - started);
  post(
    { type: 'validated', id, ...checked, ms },
    checked.tables.map((t) => t.bytes.buffer as ArrayBuffer),
  );
}

/**
 * Checks the whole dataset, in dependency order: the uploads and the tables of `current` they leave in
 * place, so that every foreign key across them resolves before anything is used. Nothing is returned
 * to use unless every table passes.
 */
async function checkDataset(
  id: number,
  uploads: readonly Upload[],
  current: Record<string, { path: string; bytes: Uint8Array }>,
): Promise<{ ok: boolean; reports: FileReport[]; tables: OwnTable[] }> {
  const uploaded = new Map(uploads.map((u) => [u.resource, u]));
  const resources = OPGAVE_RESOURCES.filter((r) => uploaded.has(r) || current[r]);
  const references: Record<string, Set<string>> = {};
  const reports: FileReport[] = [];
  const tables: OwnTable[] = [];
  let ok = true;
  for (const [index, resource] of resources.entries()) {
    const upload = uploaded.get(resource);
    const file = upload ? upload.name : current[resource].path;
    post({ type: 'progress', id, file, index, total: resources.length });
    const bytes = upload ? await upload.bytes() : current[resource].bytes;
    const result = await importTable(bytes, file, {
      resource,
      references,
      mapping: upload ? upload.mapping : false,
    });
    if (upload || !result.ok) reports.push({ ...result.report, resource, uploaded: upload !== undefined });
    if (!result.ok) {
      ok = false;
      continue;
    }
    const key = OPGAVE_SCHEMAS[resource].primaryKey;
    const keyFields = key === undefined ? [] : Array.isArray(key) ? key : [key];
    if (keyFields.length === 1) references[resource] = keyValues(result.table.columns[keyFields[0]]);
    if (upload) {
      tables.push({
        resource,
        path: current[resource]?.path ?? `${resource}.csv`,
        bytes: importedTableToCsvBytes(result.table),
        provenance: result.table.provenance,
      });
    }
  }
  return { ok, reports, tables: ok ? tables : [] };
}

function keyValues(column: ArrayLike<unknown>): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < column.length; i++) {
    const v = column[i];
    if (v !== null) out.add(String(v));
  }
  return out;
}
