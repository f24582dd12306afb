/** A row as returned by a query: column name → value (numbers, strings, booleans, null). */
export type Row = Record<string, unknown>;

/** A column of values to load as a table: text, whole numbers (INTEGER) or numbers (DOUBLE). */
export type ColumnData =
  | { name: string; type: 'string'; values: readonly string[] }
  | { name: string; type: 'integer' | 'number'; values: readonly (number | null)[] };

/**
 * The one interface between the dashboard and its SQL engine. DuckDB-wasm implements it in the
 * browser (`createDuckDBConnector`); tests can pass any other implementation.
 */
export interface Connector {
  /** Makes a file available to SQL under `name` (e.g. `read_csv('pupils.csv')`). */
  registerFile(name: string, bytes: Uint8Array): Promise<void>;
  /** Creates the table `name` from columns of equal length (in the browser: as Arrow, no CSV). */
  insertColumns(name: string, columns: readonly ColumnData[]): Promise<void>;
  /** Runs statements that return nothing. */
  exec(sql: string): Promise<void>;
  /** Runs a query and returns its rows as plain objects. */
  query<T extends object = Row>(sql: string): Promise<T[]>;
  /** Locks the engine down after loading: no file or network access, no more settings. */
  lock(): Promise<void>;
  /** Frees the worker and its memory. */
  close(): Promise<void>;
}
