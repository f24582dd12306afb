import type { DataPackage, FetchedDataset } from '$lib/db';
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
 * `siteDb`), loads the dataset into it and runs the page's queries.
 * Lives as long as the page; create it with {@link createDashboardData}.
 */
export class DashboardData {
  status = $state<LoadStatus>('idle');
  error = $state<string | null>(null);
  region = $state.raw<Region | null>(null);
  clusters = $state.raw<Cluster[]>([]);
  series = $state.raw<ClusterYear[]>([]);
  dataPackage = $state.raw<DataPackage | null>(null);
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
    // A later load (the data in use changed) wins over one still running.
    const turn = ++this.#turn;
    const stale = () => turn !== this.#turn;
    try {
      this.status = 'starting';
      // Loaded once per visit into the shared DuckDB (schema `dataset`); coming back to the page reuses them.
      const { connector, pkg } = await siteDb.loadDataTables(dataset, () => {
        if (this.status === 'starting') this.status = 'loading';
      });
      if (stale()) return;
      this.dataPackage = pkg;
      this.status = 'querying';
      const [regions, clusters, series] = await Promise.all([
        connector.query<Region>(regionsSql()),
        connector.query<Cluster>(clustersSql()),
        connector.query<ClusterYear>(clusterSeriesSql()),
      ]);
      if (stale()) return;
      if (series.length === 0) throw new Error('de dataset bevat geen leerlingen per cluster');
      this.region = regions[0] ?? null;
      this.clusters = clusters;
      this.series = series;
      this.status = 'ready';
    } catch (error) {
      if (stale()) return;
      this.error = error instanceof Error ? error.message : String(error);
      this.status = 'error';
    } finally {
      siteDb.dataShown();
    }
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
