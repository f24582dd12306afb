import type { Connector } from './connector';

/**
 * Opens a connection to the visit's one DuckDB-wasm, importing DuckDB on demand; the database is
 * started once (on the first call) and shared by every connector. In a server build the import is
 * compiled away (`import.meta.env.SSR` is `true` there), so neither DuckDB nor its 34 MB of wasm
 * reaches server rendering or prerendering.
 * @returns an open connector
 * @throws when called during server rendering
 * @example onMount(async () => { const db = await openBrowserConnector(); });
 */
export async function openBrowserConnector(): Promise<Connector> {
  if (!import.meta.env.SSR) {
    const { createDuckDBConnector } = await import('./duckdb-connector');
    return createDuckDBConnector();
  }
  throw new Error('openBrowserConnector: DuckDB runs only in the browser, not during server rendering');
}

/**
 * Starts the visit's DuckDB-wasm without waiting for it (its wasm downloads and instantiates meanwhile),
 * so it runs in parallel with fetching the dataset. Does nothing during server rendering.
 * @example onMount(() => warmBrowserDuckDB());
 */
export function warmBrowserDuckDB(): void {
  if (!import.meta.env.SSR) {
    void import('./duckdb-connector').then(({ sharedDuckDB }) => sharedDuckDB()).catch(() => {});
  }
}

/**
 * Ends the visit's DuckDB-wasm, so that the next connector starts a fresh one (see `resetSharedDuckDB`).
 * Does nothing during server rendering.
 * @returns once the old instance is gone
 * @example await resetBrowserDuckDB();
 */
export async function resetBrowserDuckDB(): Promise<void> {
  if (!import.meta.env.SSR) {
    const { resetSharedDuckDB } = await import('./duckdb-connector');
    await resetSharedDuckDB();
  }
}
