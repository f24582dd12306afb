// The DUO route of the import worker, in its own chunk: the DUO importers are loaded only when a DUO file
// is read, not for every file the reader checks on /gegevens.
import {
  OPGAVE_RESOURCES,
  datasetFiles,
  importDuo,
  importDuoFile,
  importTable,
  parseRegionDefinition,
  realPupilsDataset,
  summariseDuoImport,
  toRows,
  type DatasetRow,
  type OpgaveResource,
} from '@opgave/import';
import type { DatasetBytes, DuoChange, FileReport, ImportRequest, ImportResponse } from './import-messages';
import type { OwnTable } from './own-table';

/** What the DUO route borrows from the import worker. */
export interface DuoRouteTools {
  post: (message: ImportResponse, transfer?: Transferable[]) => void;
  /** Checks a whole dataset in dependency order (the worker's check of every upload). */
  checkDataset: (
    id: number,
    uploads: readonly {
      resource: string;
      name: string;
      bytes: () => Promise<Uint8Array>;
      mapping: false;
    }[],
    current: DatasetBytes,
  ) => Promise<{ ok: boolean; reports: FileReport[]; tables: OwnTable[] }>;
}

/**
 * DUO publishes hbo/wo figures as JSON from its API too; the DUO importers read those (a JSON file is
 * never one of Opgave's own tables), so the file is recognised by importing it.
 * @param id the request's id
 * @param file the JSON file
 * @returns the worker's answer to `inspect`
 */
export async function inspectDuoJson(id: number, file: File): Promise<ImportResponse> {
  const imported = await importDuoFile(new Uint8Array(await file.arrayBuffer()), file.name);
  const year = /(?:^|[^0-9])((?:19|20)\d{2})(?=[^0-9]|$)/.exec(file.name);
  return {
    type: 'inspected',
    id,
    header: [],
    format: null,
    guess: null,
    suggestions: {},
    duo: imported.kind
      ? { kind: imported.kind, variant: 'instellingscode', year: year ? Number(year[1]) : null }
      : null,
    error: imported.kind ? null : (imported.report.errors[0]?.message ?? null),
  };
}

/**
 * The DUO route: the reader's DUO files through `importDuo` for the one region definition; the real pupil
 * years of the real-data set that the files do not hold are kept; `realPupilsDataset` then builds the
 * whole dataset around these real pupils (every other resource estimated from the synthetic set, marked),
 * and that dataset is checked like any upload. All or nothing.
 * @param request the DUO files, the region definition's file, the real-data set and the synthetic set
 * @param tools the worker's `post` and its check of a whole dataset
 * @returns once the outcome is posted
 */
export async function importDuoRoute(
  { id, files, region: regionFile, real, synthetic }: Extract<ImportRequest, { type: 'duo' }>,
  { post, checkDataset }: DuoRouteTools,
): Promise<void> {
  const started = performance.now();
  const region = parseRegionDefinition(regionFile.bytes, regionFile.path);
  if (!region.ok) throw new Error(region.errors.map((e) => e.message).join('\n'));
  const inputs = await Promise.all(
    files.map(async (f) => ({
      name: f.file.name,
      bytes: new Uint8Array(await f.file.arrayBuffer()),
      ...(f.year !== null ? { year: f.year } : {}),
    })),
  );
  const result = await importDuo(inputs, { region: region.definition });
  const { report } = result;
  const outcome = {
    // "Still needed from elsewhere" does not hold here: the real-data set estimates those (said apart).
    summary: {
      nl: summariseDuoImport(report, 'nl').filter((l) => !l.startsWith('Nog van elders nodig')),
      en: summariseDuoImport(report, 'en').filter((l) => !l.startsWith('Still needed from elsewhere')),
    },
    changes: report.changes.map((c): DuoChange => ({
      change: c.change,
      year: c.year,
      duoLocation: c.duoLocation,
      locationId: c.locationId,
      from: c.from,
      to: c.to,
      name: c.name,
      place: c.place,
      pupils: typeof c.pupils === 'number' ? c.pupils : null,
    })),
    problems: report.problems,
    warnings: report.warnings,
    years: report.years,
  };
  const ms = () => Math.round(performance.now() - started);
  if (!result.ok || report.years.length === 0) {
    post({
      type: 'duo-imported',
      id,
      ok: false,
      ...outcome,
      keptYears: [],
      reports: [],
      tables: [],
      ms: ms(),
    });
    return;
  }
  // The real-data set's own real years, where the reader's files do not replace them.
  const keptYears = real.years.filter((y) => !report.years.includes(y));
  const realRows = (resource: OpgaveResource) => typedRows(real.files[resource], resource);
  const basePupils = keptYears.length > 0 ? await realRows('pupils') : [];
  const kept = basePupils.filter((r) => keptYears.includes(Number(r.year)));
  const byKey = async <T extends Record<string, unknown>>(resource: 'locations' | 'boards', read: T[]) => {
    const key = resource === 'locations' ? 'location_id' : 'board_id';
    const known = new Set(read.map((r) => String(r[key])));
    const before = keptYears.length > 0 ? await realRows(resource) : [];
    return [...read, ...(before.filter((r) => !known.has(String(r[key]))) as unknown as T[])];
  };
  const duoTables = {
    ...result.tables,
    pupils: [...(kept as unknown as typeof result.tables.pupils), ...result.tables.pupils],
    locations: await byKey('locations', result.tables.locations),
    boards: await byKey('boards', result.tables.boards),
  };
  const syntheticRows = Object.fromEntries(
    await Promise.all(
      OPGAVE_RESOURCES.map(async (r) => [r, await typedRows(synthetic.files[r], r)] as const),
    ),
  ) as Record<OpgaveResource, DatasetRow[]>;
  const built = realPupilsDataset({
    duo: duoTables,
    duoFiles: [
      ...files
        .filter((f) => f.duo === 'pupils-per-location' || f.duo === 'pupils-per-location-total')
        .map((f) => f.file.name),
      ...(keptYears.length > 0 ? [`${real.pupilsSource} (${keptYears.join(', ')})`] : []),
    ],
    regionFile: regionFile.path,
    synthetic: syntheticRows,
    historyStart: synthetic.historyStart,
    historyEnd: synthetic.historyEnd,
  });
  const written = datasetFiles({
    tables: built.tables,
    name: 'opgave-duo',
    title: 'Opgave: real DUO pupils, other figures estimated',
    description: '',
    opgave: built.meta,
    provenance: built.provenance,
  }).filter((f) => f.path !== 'datapackage.json');
  const names = files.map((f) => f.file.name).join(', ');
  const checked = await checkDataset(
    id,
    written.map((f) => {
      const resource = f.path.replace(/\.csv$/, '');
      return {
        resource,
        name: `${f.path} ← DUO: ${names}`,
        bytes: () => Promise.resolve(new TextEncoder().encode(f.text)),
        mapping: false as const,
      };
    }),
    {},
  );
  const tables = checked.tables.map((t) => ({
    ...t,
    origin: built.provenance[t.resource as OpgaveResource],
  }));
  post(
    { type: 'duo-imported', id, ...outcome, ...checked, tables, keptYears, ms: ms() },
    tables.map((t) => t.bytes.buffer as ArrayBuffer),
  );
}

/** A resource's CSV (Opgave's format) as typed rows, read by its schema. */
async function typedRows(
  file: { path: string; bytes: Uint8Array } | undefined,
  resource: OpgaveResource,
): Promise<DatasetRow[]> {
  if (!file) return [];
  const result = await importTable(file.bytes, file.path, { resource, mapping: false });
  if (!result.ok)
    throw new Error(
      result.report.errors
        .map((e) => e.message)
        .slice(0, 5)
        .join('\n'),
    );
  return toRows(result.table);
}
