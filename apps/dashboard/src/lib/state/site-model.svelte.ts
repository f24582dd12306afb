import { warmBrowserDuckDB, type FetchedDataset } from '$lib/db';
import { fetchDataset } from '$lib/db/fetch-dataset';
import type { CalibratedDataset } from '$lib/model/calibrated-dataset';
import type { ClusterOverview } from '$lib/model/cluster-overview';
import type { SiteBands, SiteResult } from '$lib/model/site-types';
import { runSiteModel } from '$lib/model/run-site-model';
import { indexSeries } from '$lib/model/site-series';
import { storedOwnDataSource } from '$lib/own-data/stored-flag';
import {
  DATA_SOURCE_FOLDERS,
  dataSourceFromUrl,
  storeDataSource,
  storedDataSource,
  type DataSource,
} from '$lib/site/data-source';
import type { OwnTable } from '$lib/own-data/own-table';
import { withOwnTables } from '$lib/own-data/with-own-tables';
import { afterNextPaint } from './after-next-paint';

/** Where a step of the model stands. */
export type StepStatus = 'idle' | 'running' | 'ready' | 'error';

/** Draws of the simulation behind the bands. */
export const BAND_DRAWS = 500;

/**
 * How long DuckDB's start waits for the model's first answer (the overview) before it starts anyway: long
 * enough for the overview on a busy two-core machine, short enough when the model's worker never answers.
 */
export const DUCKDB_HEAD_START_MS = 4000;

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

  /**
   * The dataset the model's worker reads, fetched once; `null` until {@link start}. Reactive: it
   * changes when the reader puts their own data in place ({@link useDataset}), and pages follow.
   */
  dataset = $state.raw<Promise<FetchedDataset> | null>(null);
  /**
   * The site's built-in base dataset (the synthetic example, or the real-data set with `?data=duo`),
   * fetched once; `null` until {@link start}.
   */
  builtin: Promise<FetchedDataset> | null = null;
  /** Which base dataset is in use: the synthetic example or the real-data set (DUO pupils). */
  source = $state<DataSource>('synthetic');
  /** The folder holding the base datasets (`…/data`), relative to the page; set by {@link start}. */
  #dataRoot = '';
  /** The reader's own tables in use (with their provenance), or `null` for the built-in data only. */
  ownTables = $state.raw<OwnTable[] | null>(null);
  /** Whether the own tables in use were read back from this browser's storage at the start of the visit. */
  restoredFromBrowser = $state(false);

  #started = false;
  #stop: (() => void) | null = null;
  /**
   * Settles once DuckDB may start: once the model's worker has posted its overview and the page has
   * painted it (or the worker failed, or {@link DUCKDB_HEAD_START_MS} passed without an answer). DuckDB
   * compiles 34 MB of wasm: on two cores that would slow down the worker that draws the first chart.
   */
  #headStart: Promise<void> = Promise.resolve();
  /** The dataset as the model's worker read and calibrated it, with the fetched dataset it came from. */
  #calibrated: { dataset: FetchedDataset; calibrated: CalibratedDataset } | null = null;

  /**
   * The dataset as the model's worker read and calibrated it, for the scenario studio's workers (they then
   * neither parse nor calibrate); `null` until the model has got that far, or for another dataset.
   * @param dataset the fetched dataset in use
   * @returns its rows as columns and its parameters, or `null`
   */
  calibratedOf(dataset: FetchedDataset): CalibratedDataset | null {
    return this.#calibrated?.dataset === dataset ? this.#calibrated.calibrated : null;
  }

  /**
   * Starts the model once (later calls do nothing). Own data kept in this browser (opt-in) are used
   * instead of the built-in tables they replace.
   * The base dataset follows the URL (`?data=duo`), else the reader's stored choice, else the synthetic
   * example.
   * @param dataRoot the folder holding the base datasets (`rotterdam/`, `rotterdam-duo/`), relative to the page
   * @param options `model: false` only fetches the data in use (a page that runs its own computations,
   *   such as the scenario studio); a later call without it starts the model on the same data
   */
  start(dataRoot: string, { model = true }: { model?: boolean } = {}): void {
    if (import.meta.env.SSR) return;
    const dataset = this.#openDataset(dataRoot);
    if (!model || this.#started) return;
    this.#started = true;
    this.status = 'running';
    this.#run(dataset);
    // The pages' DuckDB instantiates while the model runs, after its first answer is on the page.
    void this.#headStart.then(() => warmBrowserDuckDB());
  }

  /** Fetches the base dataset once and puts the reader's kept tables (opt-in) in place. */
  #openDataset(dataRoot: string): Promise<FetchedDataset> {
    if (this.dataset) return this.dataset;
    this.#dataRoot = dataRoot.replace(/\/$/, '');
    // Read once, at the start of the visit: not state.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    const url = new URL(location.href);
    this.source = dataSourceFromUrl(url, storedDataSource());
    if (url.searchParams.has('data')) storeDataSource(this.source);
    this.builtin = this.#fetchBase(this.source);
    const builtin = this.builtin;
    const source = this.source;
    const dataset = (async () => {
      // Own tables are used again only on the base dataset they were checked against.
      if (storedOwnDataSource() !== source) return builtin;
      const [base, stored] = await Promise.all([
        builtin,
        import('$lib/own-data/own-data-store').then(({ readOwnData }) => readOwnData().catch(() => null)),
      ]);
      if (!stored || stored.length === 0) return base;
      this.ownTables = stored;
      this.restoredFromBrowser = true;
      return withOwnTables(base, stored);
    })();
    this.dataset = dataset;
    // Handled by the model and the pages; this keeps a fetch error from being reported as unhandled.
    dataset.catch(() => {});
    builtin.catch(() => {});
    return dataset;
  }

  #fetchBase(source: DataSource): Promise<FetchedDataset> {
    // Imported statically (a few hundred bytes): the fetch starts at once, not one request later.
    return fetchDataset(`${this.#dataRoot}/${DATA_SOURCE_FOLDERS[source]}`);
  }

  /**
   * The base dataset of a source, fetched once (the one in use, or the other for a switch).
   * @param source the synthetic example or the real-data set
   * @returns the fetched dataset
   */
  base(source: DataSource): Promise<FetchedDataset> {
    if (source === this.source && this.builtin) return this.builtin;
    return this.#fetchBase(source);
  }

  /**
   * Puts another dataset in place of the one in use: stops the running model, then computes again.
   * DuckDB must be reset by the caller (`switchDataset` does both).
   * @param dataset the complete dataset to use
   * @param ownTables the reader's own tables in it, or `null` for the built-in data
   * @param source its base dataset (default: the one in use); a new one is kept as the reader's choice
   */
  useDataset(dataset: FetchedDataset, ownTables: OwnTable[] | null, source = this.source): void {
    if (source !== this.source) {
      this.builtin = this.#fetchBase(source);
      this.source = source;
      storeDataSource(source);
    }
    this.#stop?.();
    this.#stop = null;
    this.#calibrated = null;
    this.overview = null;
    this.result = null;
    this.bands = null;
    this.error = null;
    this.bandsError = null;
    this.bandsDone = 0;
    this.bandsStatus = 'idle';
    this.status = 'running';
    this.ownTables = ownTables;
    this.restoredFromBrowser = false;
    const pending = Promise.resolve(dataset);
    this.dataset = pending;
    this.#started = true;
    this.#run(pending);
  }

  #run(datasetPromise: Promise<FetchedDataset>): void {
    const current = () => this.dataset === datasetPromise;
    let endHeadStart!: () => void;
    this.#headStart = new Promise<void>((resolve) => {
      endHeadStart = resolve;
      setTimeout(resolve, DUCKDB_HEAD_START_MS);
    });
    try {
      // The worker starts while the dataset still downloads: its module loads and compiles meanwhile.
      this.#stop = runSiteModel(datasetPromise, {
        draws: BAND_DRAWS,
        onOverview: (overview) => {
          if (!current()) return;
          this.overview = overview;
          void afterNextPaint().then(endHeadStart);
        },
        onResult: (result) => {
          if (!current()) return;
          this.result = result;
          this.status = 'ready';
          this.bandsStatus = 'running';
        },
        onCalibrated: (calibrated) => {
          // The worker has read the dataset: the promise has settled.
          void datasetPromise.then((dataset) => {
            if (current()) this.#calibrated = { dataset, calibrated };
          });
        },
        onProgress: (done, total) => {
          if (!current()) return;
          this.bandsDone = done;
          this.bandsTotal = total;
        },
        onBands: (bands) => {
          if (!current()) return;
          this.bands = bands;
          this.bandsStatus = 'ready';
        },
        onError: (stage, message) => {
          endHeadStart();
          if (!current()) return;
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
      // The worker could not be made.
      endHeadStart();
      this.error = error instanceof Error ? error.message : String(error);
      this.status = 'error';
    }
  }
}

/** The one model of the site. */
export const siteModel = new SiteModel();
