import { openBrowserConnector, type Connector } from '$lib/db';
import type { SiteResult } from '$lib/model/site-types';
import { createTableFromCsv, forecastCsv, FORECAST_FIELDS } from '$lib/sql';

/**
 * DuckDB-wasm holding the model's results for the pages that query them with SQL (Vakken): the table
 * `forecast` (level, unit, subject, year, demand_fte, supply_fte, total_shortage_fte, shortage_pct) built
 * from the worker's rows. Opened on first use and kept for the visit; use the shared {@link siteDb}.
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
