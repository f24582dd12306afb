import {
  insertDatasetTables,
  openBrowserConnector,
  resetBrowserDuckDB,
  type Connector,
  type DataPackage,
  type FetchedDataset,
} from '$lib/db';
import { OVERVIEW_RESOURCES } from '$lib/model/cluster-overview';
import type { SiteResult } from '$lib/model/site-types';
import { forecastColumns, locationColumns } from '$lib/sql';
import { siteModel } from './site-model.svelte';

/**
 * Resources of the dataset that the older sections of `/` read (in the schema {@link DATASET_SCHEMA}): the
 * ones the worker's overview reads, since the page shows either answer and compares them.
 */
export const pageResources: string[] = [...OVERVIEW_RESOURCES];

/**
 * The schema of the dataset's tables, beside the model's tables in `main`: both have a `locations`.
 * The dataset's connector reads it by default, so the older sections' SQL is unchanged.
 */
export const DATASET_SCHEMA = 'dataset';

/** The dataset's tables loaded into the shared DuckDB: their connector and the parsed package. */
export interface DataTables {
  connector: Connector;
  pkg: DataPackage;
}

/**
 * The visit's one DuckDB-wasm (started once, shared by every page), holding
 * - the model's results for the pages' tables (queries in `src/lib/sql/`): the table `forecast` (level,
 *   unit, subject, year, demand_fte, supply_fte, total_shortage_fte, shortage_pct) built from the
 *   worker's rows as Arrow (no CSV in between), `history` (the measured rows, same columns) and `locations` (a row per school
 *   location and model year), in `main` ({@link load});
 * - the dataset's tables of the older sections of `/` ({@link pageResources}), in the schema
 *   `dataset` ({@link loadDataTables}), made from the dataset as the model's worker read it (as Arrow,
 *   like the model's tables: no CSV is parsed twice).
 *
 * Each is loaded once per visit. DuckDB is locked (no file access, no settings) once both are loaded.
 * Use the shared {@link siteDb}.
 */
export class SiteDb {
  status = $state<'idle' | 'loading' | 'ready' | 'error'>('idle');
  error = $state<string | null>(null);
  #connector: Promise<Connector> | null = null;
  #dataTables: Promise<DataTables> | null = null;
  #locking = false;
  /** Bumped by {@link reset}: work of an earlier DuckDB must not touch the new one. */
  #generation = 0;

  /**
   * Drops the loaded tables and ends the DuckDB (it is locked once loaded, so new data need a new
   * instance); the next {@link load} or {@link loadDataTables} starts a fresh one.
   * @returns once the old DuckDB is gone
   */
  async reset(): Promise<void> {
    this.#generation++;
    this.#connector = null;
    this.#dataTables = null;
    this.#locking = false;
    this.status = 'idle';
    this.error = null;
    await resetBrowserDuckDB();
  }

  /**
   * Loads the dataset's tables for the older sections once; later calls return the same tables.
   * DuckDB starts once the model's first answer is on the page (`siteModel.duckdbMayStart`); the tables
   * are made from the dataset as the model's worker read it, which it posts just after its result.
   * @param dataset the data in use (`siteModel.dataset`)
   * @param onOpen called once DuckDB is open and the tables are awaited (first call only)
   * @returns the connector (schema `dataset`) and the parsed `datapackage.json`; rejected, with a Dutch
   *   message, when the model's worker could not read the dataset
   */
  loadDataTables(dataset: Promise<FetchedDataset>, onOpen?: () => void): Promise<DataTables> {
    if (!this.#dataTables) {
      // Asked for now, while `dataset` is the data in use; awaited below.
      const read = siteModel.whenRead(dataset);
      this.#dataTables = (async () => {
        await siteModel.duckdbMayStart();
        const connector = await openBrowserConnector({ schema: DATASET_SCHEMA });
        onOpen?.();
        try {
          const [{ pkg }, { columns }] = await Promise.all([dataset, read]);
          await insertDatasetTables(connector, columns, { resources: pageResources, pkg });
          return { connector, pkg };
        } catch (error) {
          await connector.close();
          throw error;
        }
      })();
      this.#dataTables.catch(() => {});
      this.#lockWhenLoaded();
    }
    return this.#dataTables;
  }

  /**
   * Opens DuckDB and loads the model's rows once; later calls return the same connector.
   * @param result the model's result
   * @returns the connector, with the table `forecast`
   */
  load(result: SiteResult): Promise<Connector> {
    if (!this.#connector) {
      this.status = 'loading';
      const generation = this.#generation;
      this.#connector = (async () => {
        const connector = await openBrowserConnector();
        await connector.insertColumns('forecast', forecastColumns(result.forecast));
        await connector.insertColumns('history', forecastColumns(result.history));
        await connector.insertColumns('locations', locationColumns(result.locations, result.baseYear));
        if (generation === this.#generation) this.status = 'ready';
        return connector;
      })();
      this.#connector.catch((error) => {
        if (generation !== this.#generation) return;
        this.error = error instanceof Error ? error.message : String(error);
        this.status = 'error';
      });
      // Every page loads the dataset's tables too (the model has read the dataset already), so that
      // DuckDB is locked only after all its tables are in, whichever page the visit starts on.
      if (!this.#dataTables && siteModel.dataset) void this.loadDataTables(siteModel.dataset).catch(() => {});
      this.#lockWhenLoaded();
    }
    return this.#connector;
  }

  /** Locks DuckDB once both the model's and the dataset's tables are loaded (or failed to load). */
  #lockWhenLoaded(): void {
    if (this.#locking || !this.#connector || !this.#dataTables) return;
    this.#locking = true;
    const generation = this.#generation;
    void Promise.allSettled([this.#connector, this.#dataTables])
      .then(async () => {
        if (generation !== this.#generation) return;
        const connector = await openBrowserConnector();
        await connector.lock();
        await connector.close();
      })
      .catch(() => {
        // DuckDB did not start: siteDb.error and the page's status say so
      });
  }
}

/** The one DuckDB of the pages. */
export const siteDb = new SiteDb();
