import type { ColumnMapping } from '@opgave/import';
import type { Validation } from '$lib/own-data/import-client';
import type { CatalogEntry } from '$lib/own-data/import-messages';
import { siteModel } from '$lib/state/site-model.svelte';
import { duplicateResource } from './duplicate-resource';
import { errorMessage } from './error-message';
import { newFileEntry, type FileEntry } from './file-entry';
import { filesByResource } from './files-by-resource';
import type { LazyImportClient } from './lazy-import-client';
import type { PageStatus } from './page-status.svelte';
import { readyToValidate, validationSignature } from './validation-trigger';

/** Wait this long after the last change before validating, so a run of changes validates once. */
const VALIDATE_AFTER_MS = 120;

/**
 * The files the reader chose on /gegevens, the tables they may provide, and the check of the plain
 * tables against the data in use. Create it while the page initialises: it validates again whenever the
 * files, their tables or their column mappings change (a failure goes to the page's status).
 */
export class ChosenFiles {
  entries = $state<FileEntry[]>([]);
  /** The tables a reader may provide (schemas and templates live in the import worker). */
  catalog = $state.raw<CatalogEntry[]>([]);
  validation = $state.raw<Validation | null>(null);
  validating = $state(false);
  progress = $state<{ file: string; index: number; total: number } | null>(null);

  /** Plain tables in Opgave's format (validated as tables). */
  readonly tableEntries = $derived(this.entries.filter((e) => !e.duo));
  /** DUO files (read by the DUO route). */
  readonly duoEntries = $derived(this.entries.filter((e) => e.duo));
  readonly duplicate = $derived(duplicateResource(this.tableEntries));

  #client: LazyImportClient;
  #status: PageStatus;
  #nextKey = 1;
  #runId = 0;

  constructor(client: LazyImportClient, status: PageStatus) {
    this.#client = client;
    this.#status = status;
    $effect(() => {
      const key = validationSignature(this.tableEntries);
      this.validation = null;
      if (!readyToValidate(this.entries) || !key) return;
      const timer = setTimeout(() => void this.validate(), VALIDATE_AFTER_MS);
      return () => clearTimeout(timer);
    });
  }

  /** The template's columns of a table (none for '' or an unknown table). */
  fieldsOf(resource: string): CatalogEntry['fields'] {
    return this.catalog.find((c) => c.resource === resource)?.fields ?? [];
  }

  /** Asks the worker which tables a reader may provide. */
  async loadCatalog(): Promise<void> {
    try {
      this.catalog = await (await this.#client.get()).catalog();
    } catch (error) {
      this.#status.failure = errorMessage(error);
    }
  }

  /** Adds the reader's files; the worker reads each one's header and guesses its table. */
  async add(list: FileList | File[] | null | undefined): Promise<void> {
    if (!list) return;
    this.#status.notice = null;
    const files = [...list];
    const worker = await this.#client.get();
    for (const file of files) {
      const entry = newFileEntry(this.#nextKey++, file);
      this.entries.push(entry);
      const key = entry.key;
      void worker.inspect(file).then(
        (inspection) => {
          const e = this.#find(key);
          if (!e) return;
          e.header = inspection.header;
          e.error = inspection.error;
          e.suggestions = inspection.suggestions;
          e.resource = inspection.guess ?? '';
          e.mapping = { ...(e.suggestions[e.resource] ?? {}) };
          e.duo = inspection.duo;
          e.year = inspection.duo?.year ?? null;
          e.inspected = true;
        },
        (error: unknown) => {
          const e = this.#find(key);
          if (!e) return;
          e.error = errorMessage(error);
          e.inspected = true;
        },
      );
    }
  }

  /** The reader chose the file's table: the worker's suggested mapping for it applies. */
  setResource(entry: FileEntry, resource: string): void {
    entry.resource = resource;
    entry.mapping = { ...(entry.suggestions[resource] ?? {}) };
  }

  /** The reader matched a template column to a column of the file (null: none). */
  setMapping(entry: FileEntry, field: string, column: string | null): void {
    entry.mapping = { ...entry.mapping, [field]: column };
  }

  /** The reader entered a DUO file's year (null while it is not a whole number). */
  setYear(entry: FileEntry, year: number | null): void {
    entry.year = year;
  }

  remove(key: number): void {
    this.entries = this.entries.filter((e) => e.key !== key);
  }

  /** The DUO route used these files: they leave the list. */
  removeUsed(keys: readonly number[]): void {
    this.entries = this.entries.filter((e) => !keys.includes(e.key));
  }

  /** The plain tables are in use: they leave the list, the DUO files stay. */
  keepDuoFiles(): void {
    this.entries = this.entries.filter((e) => e.duo);
    this.validation = null;
  }

  /** Checks the plain tables together with the tables of the data in use that they leave in place. */
  async validate(): Promise<void> {
    const run = ++this.#runId;
    this.validating = true;
    this.#status.failure = null;
    this.progress = null;
    try {
      const dataset = await siteModel.dataset;
      if (!dataset) throw new Error('no dataset in use');
      const uploads = this.tableEntries.map((e) => ({
        file: e.file,
        resource: e.resource,
        mapping: $state.snapshot(e.mapping) as ColumnMapping,
      }));
      const worker = await this.#client.get();
      const result = await worker.validate(uploads, filesByResource(dataset), (file, index, total) => {
        if (run === this.#runId) this.progress = { file, index, total };
      });
      if (run === this.#runId) this.validation = result;
    } catch (error) {
      if (run === this.#runId) this.#status.failure = errorMessage(error);
    } finally {
      if (run === this.#runId) {
        this.validating = false;
        this.progress = null;
      }
    }
  }

  #find(key: number): FileEntry | undefined {
    return this.entries.find((e) => e.key === key);
  }
}
