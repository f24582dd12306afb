import type { DataPackage, FetchedDataset } from '$lib/db';
import type { Cluster, ClusterOverview, ClusterYear, Region } from '$lib/model/cluster-overview';

/** Where loading stands: each step is shown to the reader while it runs. */
export type LoadStatus = 'idle' | 'fetching' | 'reading' | 'ready' | 'error';

/**
 * The measured figures of the Regio page's first section: the dataset's description (`datapackage.json`)
 * once it has downloaded, then the pupils and FTE per cluster that the model's worker computes as soon as
 * it has read the dataset (`clusterOverview`, posted before the model's result). The page passes the
 * worker's overview ({@link showOverview}) or its failure ({@link showError}); when the data cannot be
 * read, the page says so in Dutch.
 * Lives as long as the page; create it with {@link createDashboardData}.
 */
export class DashboardData {
  status = $state<LoadStatus>('idle');
  error = $state<string | null>(null);
  /** Whether {@link error} is the model worker's message (the page puts it in a sentence of its language). */
  errorFromModel = $state(false);
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
   * Starts on a dataset: shows the loading steps until the worker's overview arrives, and takes the
   * dataset's description once it has downloaded.
   * @param dataset the dataset being fetched (`siteModel.dataset`), which the model's worker reads
   */
  async load(dataset: Promise<FetchedDataset>): Promise<void> {
    // A later load (the data in use changed) wins over one still running; the page shows its loading
    // state again until the new data's overview arrives.
    const turn = ++this.#turn;
    this.status = 'fetching';
    this.error = null;
    this.errorFromModel = false;
    try {
      const { pkg } = await dataset;
      if (turn !== this.#turn) return;
      this.dataPackage = pkg;
      if (this.status === 'fetching') this.status = 'reading';
    } catch (error) {
      if (turn === this.#turn) this.showError(error instanceof Error ? error.message : String(error));
    }
  }

  /**
   * Shows the model worker's overview of the data in use.
   * @param overview the worker's overview
   */
  showOverview({ regions, clusters, series }: ClusterOverview): void {
    if (series.length === 0) {
      this.showError('de dataset bevat geen leerlingen per cluster');
      return;
    }
    this.region = regions[0] ?? null;
    this.clusters = clusters;
    this.series = series;
    this.status = 'ready';
  }

  /**
   * Says that the data in use could not be read; the first reason given stays.
   * @param message what went wrong
   * @param options `fromModel`: the message is the model worker's (it names the file, row and column)
   */
  showError(message: string, { fromModel = false }: { fromModel?: boolean } = {}): void {
    if (this.status === 'error' || this.status === 'ready') return;
    this.error = message;
    this.errorFromModel = fromModel;
    this.status = 'error';
  }
}

/**
 * Creates the page's data holder; call `load()` when the data in use are known.
 * @returns a new, idle {@link DashboardData}
 * @example const data = createDashboardData(); $effect(() => void data.load(siteModel.dataset));
 */
export function createDashboardData(): DashboardData {
  return new DashboardData();
}
