import { openBrowserConnector, resetBrowserDuckDB, type Connector } from '$lib/db';
import type { SiteResult } from '$lib/model/site-types';
import { forecastColumns, locationColumns } from '$lib/sql';

/**
 * The visit's one DuckDB-wasm (started once, shared by every page), holding the model's results for the
 * pages' tables (queries in `src/lib/sql/`): the table `forecast` (level, unit, subject, year, demand_fte,
 * supply_fte, total_shortage_fte, shortage_pct) built from the worker's rows as Arrow (no CSV in between),
 * `history` (the measured rows, same columns) and `locations` (a row per school location and model year)
 * ({@link load}). The measured overview of the Regio page is the worker's own (`clusterOverview`): DuckDB
 * does not compute it a second time.
 *
 * Loaded once per visit; DuckDB is locked (no file access, no settings) once loaded.
 * Use the shared {@link siteDb}.
 */
export class SiteDb {
  status = $state<'idle' | 'loading' | 'ready' | 'error'>('idle');
  error = $state<string | null>(null);
  #connector: Promise<Connector> | null = null;
  /** Bumped by {@link reset}: work of an earlier DuckDB must not touch the new one. */
  #generation = 0;

  /**
   * Drops the loaded tables and ends the DuckDB (it is locked once loaded, so new data need a new
   * instance); the next {@link load} starts a fresh one.
   * @returns once the old DuckDB is gone
   */
  async reset(): Promise<void> {
    this.#generation++;
    this.#connector = null;
    this.status = 'idle';
    this.error = null;
    await resetBrowserDuckDB();
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
        try {
          await connector.lock();
        } catch (error) {
          // The tables are in and can be queried: a lock that fails costs a safeguard, not the tables.
          console.error(`DuckDB could not be locked: ${error instanceof Error ? error.message : error}`);
        }
        if (generation === this.#generation) this.status = 'ready';
        return connector;
      })();
      this.#connector.catch((error) => {
        if (generation !== this.#generation) return;
        this.error = error instanceof Error ? error.message : String(error);
        this.status = 'error';
      });
    }
    return this.#connector;
  }
}

/** The one DuckDB of the pages. */
export const siteDb = new SiteDb();
