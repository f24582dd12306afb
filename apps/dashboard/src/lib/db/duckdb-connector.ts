import * as duckdb from '@duckdb/duckdb-wasm';
import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import workerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import type { Connector, Row } from './connector';

/**
 * Starts DuckDB-wasm (the eh bundle, served from the site itself) in a web worker.
 * Import this module dynamically and only in the browser: it pulls in the wasm bundle.
 * @returns a connector whose extensions never autoload, so nothing is fetched from elsewhere
 * @example
 * const { createDuckDBConnector } = await import('$lib/db/duckdb-connector');
 * const db = await createDuckDBConnector();
 * const rows = await db.query('SELECT 42 AS answer');
 */
export async function createDuckDBConnector(): Promise<Connector> {
  const worker = new Worker(workerUrl);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  try {
    await db.instantiate(wasmUrl);
    await db.open({
      query: { castBigIntToDouble: true, castDecimalToDouble: true, castTimestampToDate: true },
    });
  } catch (error) {
    worker.terminate();
    throw error;
  }
  const conn = await db.connect();
  // Offline: an extension that would autoload (read_parquet, JSON, ICU) must fail at once.
  await conn.query('SET autoinstall_known_extensions=false');
  await conn.query('SET autoload_known_extensions=false');

  return {
    async registerFile(name, bytes) {
      await db.registerFileBuffer(name, bytes);
    },
    async exec(sql) {
      await conn.query(sql);
    },
    async query<T extends object = Row>(sql: string) {
      const table = await conn.query(sql);
      return table.toArray().map((row) => row.toJSON() as T);
    },
    async lock() {
      await conn.query('SET enable_external_access=false');
      await conn.query('SET lock_configuration=true');
    },
    async close() {
      await conn.close();
      await db.terminate();
    },
  };
}
