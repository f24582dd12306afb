import * as duckdb from '@duckdb/duckdb-wasm';
import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import workerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { columnsToIpc } from './columns-to-ipc';
import type { Connector, Row } from './connector';

/** The one DuckDB-wasm of the visit: started on first use, shared by every connector. */
let shared: Promise<duckdb.AsyncDuckDB> | null = null;

/**
 * Starts DuckDB-wasm (the eh bundle, served from the site itself) in a web worker, once per visit;
 * later calls return the same instance. Extensions never autoload, so nothing is fetched from elsewhere.
 * @returns the shared, open database
 */
export function sharedDuckDB(): Promise<duckdb.AsyncDuckDB> {
  if (!shared) {
    shared = startDuckDB();
    // A failed start may be retried by the next caller.
    shared.catch(() => (shared = null));
  }
  return shared;
}

/**
 * Ends the visit's DuckDB (its worker is terminated) so that the next {@link sharedDuckDB} starts a new,
 * unlocked one: the dashboard does this when the data in use change, because the old one is locked.
 * @returns once the old instance is gone
 * @example await resetSharedDuckDB();
 */
export async function resetSharedDuckDB(): Promise<void> {
  const old = shared;
  shared = null;
  if (!old) return;
  try {
    await (await old).terminate();
  } catch {
    // it never started: nothing to end
  }
}

async function startDuckDB(): Promise<duckdb.AsyncDuckDB> {
  const worker = new Worker(workerUrl);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  try {
    await db.instantiate(wasmUrl);
    await db.open({
      query: { castBigIntToDouble: true, castDecimalToDouble: true, castTimestampToDate: true },
    });
    const conn = await db.connect();
    // Offline: an extension that would autoload (read_parquet, JSON, ICU) must fail at once.
    await conn.query('SET autoinstall_known_extensions=false');
    await conn.query('SET autoload_known_extensions=false');
    await conn.close();
  } catch (error) {
    worker.terminate();
    throw error;
  }
  return db;
}

/**
 * Opens a connection to the visit's one DuckDB-wasm ({@link sharedDuckDB}).
 * Import this module dynamically and only in the browser: it pulls in the wasm bundle.
 * @returns a connector on the shared database
 * @example
 * const { createDuckDBConnector } = await import('$lib/db/duckdb-connector');
 * const db = await createDuckDBConnector();
 * const rows = await db.query('SELECT 42 AS answer');
 */
export async function createDuckDBConnector(): Promise<Connector> {
  const db = await sharedDuckDB();
  const conn = await db.connect();
  return {
    async insertColumns(name, columns) {
      await conn.insertArrowFromIPCStream(columnsToIpc(columns), { name, create: true });
    },
    async exec(sql) {
      await conn.query(sql);
    },
    async query<T extends object = Row>(sql: string) {
      const table = await conn.query(sql);
      return table.toArray().map((row) => row.toJSON() as T);
    },
    async lock() {
      // Global to the shared database: call it once, after every part of the site has loaded its tables.
      await conn.query('SET enable_external_access=false');
      await conn.query('SET lock_configuration=true');
    },
    async close() {
      // The database is shared for the visit: close this connection only.
      await conn.close();
    },
  };
}
