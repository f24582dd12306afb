import { warmBrowserDuckDB, type FetchedDataset } from '$lib/db';
import type { ClusterOverview } from '$lib/model/cluster-overview';
import type { SiteBands, SiteResult } from '$lib/model/site-types';
import { indexSeries } from '$lib/model/site-series';

/** Where a step of the model stands. */
export type StepStatus = 'idle' | 'running' | 'ready' | 'error';

/** Draws of the simulation behind the bands. */
export const BAND_DRAWS = 500;

/**
 * The model's results for every page, computed once per visit in a Web Worker and kept while the reader
 * moves between pages (client-side navigation keeps this module). Use the shared {@link siteModel}.
 */
export class SiteModel {
  status = $state<StepStatus>('idle');
  error = $state<string | null>(null);
  /** The measured pupils and FTE per cluster, posted by the worker as soon as it has read the dataset. */
  overview = $state.raw<ClusterOverview | null>(null);
  result = $state.raw<SiteResult | null>(null);
  bandsStatus = $state<StepStatus>('idle');
  bandsError = $state<string | null>(null);
  bands = $state.raw<SiteBands | null>(null);
  /** Draws of the simulation done so far, for the progress line (the worker reports every 50). */
  bandsDone = $state(0);
  /** Draws of the simulation in all. */
  bandsTotal = $state(BAND_DRAWS);

  forecastIndex = $derived(indexSeries(this.result?.forecast ?? []));
  historyIndex = $derived(indexSeries(this.result?.history ?? []));
  bandIndex = $derived(indexSeries(this.bands?.rows ?? []));

  /** The dataset the model reads, fetched once; `null` until {@link start}. DuckDB loads its tables too. */
  dataset: Promise<FetchedDataset> | null = null;

  #started = false;

  /**
   * Starts the model once (later calls do nothing).
   * @param datasetUrl the dataset folder, relative to the page
   */
  start(datasetUrl: string): void {
    if (this.#started || import.meta.env.SSR) return;
    this.#started = true;
    this.status = 'running';
    // The pages' DuckDB instantiates while the dataset downloads and the model runs.
    warmBrowserDuckDB();
    this.dataset = import('$lib/db/fetch-dataset').then(({ fetchDataset }) => fetchDataset(datasetUrl));
    // Handled below; this keeps a fetch error from being reported as unhandled elsewhere.
    this.dataset.catch(() => {});
    void (async () => {
      try {
        const [dataset, { runSiteModel }] = await Promise.all([
          this.dataset as Promise<FetchedDataset>,
          import('$lib/model/run-site-model'),
        ]);
        runSiteModel(dataset, {
          draws: BAND_DRAWS,
          onOverview: (overview) => {
            this.overview = overview;
          },
          onResult: (result) => {
            this.result = result;
            this.status = 'ready';
            this.bandsStatus = 'running';
          },
          onProgress: (done, total) => {
            this.bandsDone = done;
            this.bandsTotal = total;
          },
          onBands: (bands) => {
            this.bands = bands;
            this.bandsStatus = 'ready';
          },
          onError: (stage, message) => {
            if (stage === 'result') {
              this.error = message;
              this.status = 'error';
            } else {
              this.bandsError = message;
              this.bandsStatus = 'error';
            }
          },
        });
      } catch (error) {
        this.error = error instanceof Error ? error.message : String(error);
        this.status = 'error';
      }
    })();
  }
}

/** The one model of the site. */
export const siteModel = new SiteModel();
