import { openBrowserConnector, type Connector } from '$lib/db';
import type { SiteResult } from '$lib/model/site-types';
import { createTableFromCsv, forecastCsv, FORECAST_FIELDS, LOCATION_FIELDS, locationCsv } from '$lib/sql';

/**
 * DuckDB-wasm holding the model's results for the pages' tables (queries in `src/lib/sql/`): the table
 * `forecast` (level, unit, subject, year, demand_fte, supply_fte, total_shortage_fte, shortage_pct) built
 * from the worker's rows, `history` (the measured rows, same columns) and `locations` (a row per school
 * location and model year). Opened on first use and kept for the visit; use the shared {@link siteDb}.
 */
export class SiteDb {
  status = $state<'idle' | 'loading' | 'ready' | 'error'>('idle');
  error = $state<string | null>(null);
  #connector: Promise<Connector> | null = null;

  /**
   * Opens DuckDB and loads the model's rows once; later calls return the same connector.
   * @param result the model's result
   * @returns the connector, with the table `forecast`
   */
  load(result: SiteResult): Promise<Connector> {
    if (!this.#connector) {
      this.status = 'loading';
      this.#connector = (async () => {
        const connector = await openBrowserConnector();
        await connector.registerFile('forecast.csv', new TextEncoder().encode(forecastCsv(result.forecast)));
        await connector.exec(createTableFromCsv('forecast', 'forecast.csv', FORECAST_FIELDS));
        await connector.registerFile('history.csv', new TextEncoder().encode(forecastCsv(result.history)));
        await connector.exec(createTableFromCsv('history', 'history.csv', FORECAST_FIELDS));
        await connector.registerFile(
          'locations.csv',
          new TextEncoder().encode(locationCsv(result.locations, result.baseYear)),
        );
        await connector.exec(createTableFromCsv('locations', 'locations.csv', LOCATION_FIELDS));
        await connector.lock();
        this.status = 'ready';
        return connector;
      })();
      this.#connector.catch((error) => {
        this.error = error instanceof Error ? error.message : String(error);
        this.status = 'error';
      });
    }
    return this.#connector;
  }
}

/** The one DuckDB of the pages. */
export const siteDb = new SiteDb();
