import type { FetchedDataset } from '$lib/db';
import type { Baseline } from '$lib/model';

/** Where the model's run stands. */
export type BaselineStatus = 'idle' | 'running' | 'ready' | 'error';

/**
 * The page's baseline: runs `@opgave/core` in a Web Worker on the fetched dataset and holds the
 * result. Create it with {@link createBaselineModel}.
 */
export class BaselineModel {
  status = $state<BaselineStatus>('idle');
  error = $state<string | null>(null);
  result = $state.raw<Baseline | null>(null);
  /** Milliseconds from the start of `run` to the result, including waiting for the data. */
  elapsedMs = $state<number | null>(null);
  #controller = new AbortController();

  /**
   * Runs the baseline once the dataset has been fetched.
   * @param dataset the dataset being fetched, shared with DuckDB
   * @param horizon years projected after the base year
   */
  async run(dataset: Promise<FetchedDataset>, horizon = 15): Promise<void> {
    const started = performance.now();
    this.status = 'running';
    try {
      if (import.meta.env.SSR) throw new Error('the model runs only in the browser');
      const [{ runBaseline }, fetched] = await Promise.all([import('$lib/model/run-baseline'), dataset]);
      const result = await runBaseline(fetched, { horizon, signal: this.#controller.signal });
      this.result = result;
      this.elapsedMs = performance.now() - started;
      this.status = 'ready';
    } catch (error) {
      if (this.#controller.signal.aborted) return;
      this.error = error instanceof Error ? error.message : String(error);
      this.status = 'error';
    }
  }

  /** Stops a running worker. */
  dispose(): void {
    this.#controller.abort();
  }
}

/**
 * Creates the page's baseline holder; call `run()` from `onMount`.
 * @returns a new, idle {@link BaselineModel}
 * @example const baseline = createBaselineModel(); onMount(() => void baseline.run(dataset));
 */
export function createBaselineModel(): BaselineModel {
  return new BaselineModel();
}
