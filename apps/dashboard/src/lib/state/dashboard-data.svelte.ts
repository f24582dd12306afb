import {
  loadDataset,
  openBrowserConnector,
  type Connector,
  type DataPackage,
  type FetchedDataset,
} from '$lib/db';
import {
  clusterSeriesSql,
  clustersSql,
  regionsSql,
  type Cluster,
  type ClusterYear,
  type Region,
} from '$lib/sql';

/** Where loading stands: each step is shown to the reader while it runs. */
export type LoadStatus = 'idle' | 'starting' | 'loading' | 'querying' | 'ready' | 'error';

/** Resources of the dataset that this page reads. */
export const pageResources = ['regions', 'clusters', 'locations', 'pupils', 'workforce'];

/**
 * The dashboard's data: starts DuckDB in the browser, loads the dataset and runs the page's queries.
 * Lives as long as the page; create it with {@link createDashboardData}.
 */
export class DashboardData {
  status = $state<LoadStatus>('idle');
  error = $state<string | null>(null);
  region = $state.raw<Region | null>(null);
  clusters = $state.raw<Cluster[]>([]);
  series = $state.raw<ClusterYear[]>([]);
  dataPackage = $state.raw<DataPackage | null>(null);
  #connector: Connector | null = null;
  #disposed = false;

  /** The years with data, ascending. */
  years = $derived(
    this.series
      .map((row) => row.year)
      .filter((year, i, all) => all.indexOf(year) === i)
      .sort((a, b) => a - b),
  );

  /**
   * Starts DuckDB, loads the dataset into it and runs the queries.
   * @param dataset the dataset being fetched (`fetchDataset`), shared with the model's worker; it
   *   downloads while DuckDB starts
   */
  async load(dataset: Promise<FetchedDataset>): Promise<void> {
    try {
      this.status = 'starting';
      // Handled below; this keeps a fetch error from being reported as unhandled while DuckDB starts.
      dataset.catch(() => {});
      const connector = await openBrowserConnector();
      if (this.#disposed) return void (await connector.close());
      this.#connector = connector;
      this.status = 'loading';
      this.dataPackage = await loadDataset(connector, { dataset: await dataset, resources: pageResources });
      this.status = 'querying';
      const [regions, clusters, series] = await Promise.all([
        connector.query<Region>(regionsSql()),
        connector.query<Cluster>(clustersSql()),
        connector.query<ClusterYear>(clusterSeriesSql()),
      ]);
      if (series.length === 0) throw new Error('de dataset bevat geen leerlingen per cluster');
      this.region = regions[0] ?? null;
      this.clusters = clusters;
      this.series = series;
      this.status = 'ready';
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
      this.status = 'error';
    }
  }

  /** Stops the DuckDB worker. */
  async dispose(): Promise<void> {
    this.#disposed = true;
    await this.#connector?.close();
    this.#connector = null;
  }
}

/**
 * Creates the page's data holder; call `load()` from `onMount`.
 * @returns a new, idle {@link DashboardData}
 * @example const data = createDashboardData(); onMount(() => void data.load(fetchDataset('./data/rotterdam')));
 */
export function createDashboardData(): DashboardData {
  return new DashboardData();
}
