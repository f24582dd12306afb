import type { DataPackage, FetchedDataset } from '$lib/db';
import { overviewDifference, type ClusterOverview } from '$lib/model/cluster-overview';
import {
  clusterSeriesSql,
  clustersSql,
  regionsSql,
  type Cluster,
  type ClusterYear,
  type Region,
} from '$lib/sql';
import { siteDb } from './site-db.svelte';

/** Where loading stands: each step is shown to the reader while it runs. */
export type LoadStatus = 'idle' | 'starting' | 'loading' | 'querying' | 'ready' | 'error';

/** Resources of the dataset that this page reads. */
export { pageResources } from './site-db.svelte';

/**
 * The dashboard's data: starts DuckDB in the browser (the visit's one, shared with the model's tables:
 * `siteDb`), loads the dataset into it as the model's worker read it and runs the page's queries. The
 * page shows the same rows from the model's worker first ({@link showOverview}); DuckDB (34 MB of wasm to
 * compile) starts only once they are painted, or when the worker does not answer
 * (`siteModel.duckdbMayStart`); its tables follow the model's result. When the worker cannot read the
 * data, the page says so in Dutch.
 * Lives as long as the page; create it with {@link createDashboardData}.
 */
export class DashboardData {
  status = $state<LoadStatus>('idle');
  error = $state<string | null>(null);
  region = $state.raw<Region | null>(null);
  clusters = $state.raw<Cluster[]>([]);
  series = $state.raw<ClusterYear[]>([]);
  dataPackage = $state.raw<DataPackage | null>(null);
  /** Where the rows shown come from: the model's worker until DuckDB's queries have answered. */
  source = $state<'worker' | 'duckdb' | null>(null);
  #shown: ClusterOverview | null = null;
  #turn = 0;

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
    // A later load (the data in use changed) wins over one still running; the page shows its loading
    // state again until the new data's rows arrive (from the worker or DuckDB).
    const turn = ++this.#turn;
    const stale = () => turn !== this.#turn;
    this.source = null;
    this.#shown = null;
    // While the worker's rows are shown, DuckDB's progress is not: the page is ready already.
    const step = (status: LoadStatus) => {
      if (!stale() && this.source === null) this.status = status;
    };
    try {
      step('starting');
      dataset
        .then((fetched) => {
          if (!stale()) this.dataPackage = fetched.pkg;
        })
        .catch(() => {});
      // Loaded once per visit into the shared DuckDB (schema `dataset`); coming back to the page reuses them.
      const { connector, pkg } = await siteDb.loadDataTables(dataset, () => step('loading'));
      if (stale()) return;
      this.dataPackage = pkg;
      step('querying');
      const [regions, clusters, series] = await Promise.all([
        connector.query<Region>(regionsSql()),
        connector.query<Cluster>(clustersSql()),
        connector.query<ClusterYear>(clusterSeriesSql()),
      ]);
      if (stale()) return;
      if (series.length === 0) throw new Error('de dataset bevat geen leerlingen per cluster');
      const queried: ClusterOverview = { regions, clusters, series };
      const difference = this.#shown ? overviewDifference(this.#shown, queried) : null;
      if (difference) console.error(`DuckDB and the model's worker disagree on the overview: ${difference}`);
      // The same rows as the worker's: the arrays shown are kept, so the charts drawn from them stay.
      this.#show(this.#shown && !difference ? this.#shown : queried, 'duckdb');
    } catch (error) {
      if (stale()) return;
      const message = error instanceof Error ? error.message : String(error);
      // The worker's rows stay on the page; the sections that need DuckDB say that it failed.
      if (this.source === 'worker') console.error(`DuckDB could not load the dataset: ${message}`);
      else {
        this.error = message;
        this.status = 'error';
      }
    }
  }

  /**
   * Shows the model worker's rows (the same as DuckDB's queries give) until DuckDB has answered.
   * @param overview the worker's overview
   */
  showOverview(overview: ClusterOverview): void {
    if (this.source !== 'duckdb' && overview.series.length > 0) this.#show(overview, 'worker');
  }

  #show(overview: ClusterOverview, source: 'worker' | 'duckdb'): void {
    const { regions, clusters, series } = overview;
    this.#shown = overview;
    this.region = regions[0] ?? null;
    this.clusters = clusters;
    this.series = series;
    this.source = source;
    this.status = 'ready';
  }

  /** Kept for the page's cleanup: the DuckDB is shared for the visit (`siteDb`), so nothing is stopped. */
  async dispose(): Promise<void> {}
}

/**
 * Creates the page's data holder; call `load()` from `onMount`.
 * @returns a new, idle {@link DashboardData}
 * @example const data = createDashboardData(); onMount(() => void data.load(fetchDataset('./data/rotterdam')));
 */
export function createDashboardData(): DashboardData {
  return new DashboardData();
}
