import type { Connector } from './connector';

/**
 * Opens the DuckDB-wasm connector, importing DuckDB on demand. In a server build the import is
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
