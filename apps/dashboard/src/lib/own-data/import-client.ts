import type {
  CatalogEntry,
  DuoOutcome,
  DuoUpload,
  FileReport,
  ImportRequest,
  ImportResponse,
  UploadRequest,
} from './import-messages';
import { learnPhrases } from './expected-text';
import type { OwnTable } from './own-table';

/** What {@link ImportClient.inspect} learns from a file's first bytes. */
export type Inspection = Omit<Extract<ImportResponse, { type: 'inspected' }>, 'type' | 'id'>;

/** The outcome of {@link ImportClient.validate}: reports, and the tables when there is no error. */
export interface Validation {
  ok: boolean;
  reports: FileReport[];
  tables: OwnTable[];
  ms: number;
}

/** Distributes a request without `id` over the union of request types. */
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

/**
 * Talks to the import worker (`import.worker.ts`): one worker for the page, requests answered in turn.
 * Create it with {@link createImportClient}; {@link close} ends the worker.
 */
export class ImportClient {
  #worker: Worker;
  #next = 1;
  #pending = new Map<
    number,
    { resolve: (r: ImportResponse) => void; reject: (e: Error) => void; progress?: ProgressFn }
  >();

  constructor(worker: Worker) {
    this.#worker = worker;
    worker.onmessage = ({ data }: MessageEvent<ImportResponse>) => {
      const waiting = this.#pending.get(data.id);
      if (!waiting) return;
      if (data.type === 'progress') return waiting.progress?.(data.file, data.index, data.total);
      this.#pending.delete(data.id);
      if (data.type === 'failed') waiting.reject(new Error(data.message));
      else waiting.resolve(data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      for (const waiting of this.#pending.values())
        waiting.reject(new Error(`the import worker failed: ${event.message || 'it could not be loaded'}`));
      this.#pending.clear();
    };
  }

  #send(request: WithoutId<ImportRequest>, progress?: ProgressFn): Promise<ImportResponse> {
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject, progress });
      this.#worker.postMessage({ ...request, id });
    });
  }

  /**
   * The tables a reader may provide, with their columns, templates and descriptions.
   * @returns one entry per resource, in dependency order
   */
  async catalog(): Promise<CatalogEntry[]> {
    const { entries, phrases } = (await this.#send({ type: 'catalog' })) as Extract<
      ImportResponse,
      { type: 'catalog' }
    >;
    learnPhrases(phrases);
    return entries;
  }

  /**
   * Reads a file's header and guesses the resource it holds.
   * @param file the chosen file
   * @returns its header, format and the guessed resource
   */
  async inspect(file: File): Promise<Inspection> {
    const {
      type: _type,
      id: _id,
      ...rest
    } = (await this.#send({ type: 'inspect', file })) as Extract<ImportResponse, { type: 'inspected' }>;
    return rest;
  }

  /**
   * Validates the chosen files together with the tables of the data in use that they leave in place.
   * @param uploads the files with their resources and column mappings
   * @param current the data in use: resource → path and bytes (copied to the worker)
   * @param progress called before each table is checked
   * @returns the reports and, without errors, the tables
   */
  async validate(
    uploads: UploadRequest[],
    current: Record<string, { path: string; bytes: Uint8Array }>,
    progress?: ProgressFn,
  ): Promise<Validation> {
    const { ok, reports, tables, ms } = (await this.#send(
      { type: 'validate', uploads, current },
      progress,
    )) as Extract<ImportResponse, { type: 'validated' }>;
    return { ok, reports, tables, ms };
  }

  /**
   * Reads DUO files with the DUO importers for the region definition, builds the whole dataset around
   * their real pupils (the real-data set's other real years kept, every other resource estimated from the
   * synthetic set) and checks it.
   * @param files the DUO files with their kinds and years
   * @param region the region definition's path and bytes (copied to the worker)
   * @param real the real-data set: its files (copied to the worker), real pupil years, pupils' source
   * @param synthetic the synthetic set (copied to the worker) and its history years
   * @param progress called before each table is checked
   * @returns what was read, the changes, the problems and, without errors, the tables
   */
  async importDuo(
    files: DuoUpload[],
    region: Extract<ImportRequest, { type: 'duo' }>['region'],
    real: Extract<ImportRequest, { type: 'duo' }>['real'],
    synthetic: Extract<ImportRequest, { type: 'duo' }>['synthetic'],
    progress?: ProgressFn,
  ): Promise<DuoOutcome> {
    const {
      type: _type,
      id: _id,
      ...outcome
    } = (await this.#send({ type: 'duo', files, region, real, synthetic }, progress)) as Extract<
      ImportResponse,
      { type: 'duo-imported' }
    >;
    return outcome;
  }

  /** Ends the worker; pending requests are dropped. */
  close(): void {
    this.#worker.terminate();
    this.#pending.clear();
  }
}

/** Called before each table is checked: its file, its place and the number of tables. */
export type ProgressFn = (file: string, index: number, total: number) => void;

/**
 * Starts the import worker.
 * @returns a client for it
 * @example const client = createImportClient(); const { header } = await client.inspect(file);
 */
export function createImportClient(): ImportClient {
  return new ImportClient(
    new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'opgave-import' }),
  );
}
