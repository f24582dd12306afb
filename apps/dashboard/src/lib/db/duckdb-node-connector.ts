import { DuckDBInstance } from '@duckdb/node-api';
import { COLUMN_SQL_TYPES, type ColumnData, type Connector, type Row } from './connector';

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * A {@link Connector} over DuckDB in Node (`@duckdb/node-api`), so the dashboard's SQL and its
 * loading code run in unit tests against the same engine as in the browser, with tables of the same
 * column types. Tests only: never bundled.
 * @returns an open connector
 * @example const db = await openNodeConnector(); await db.query('SELECT 42 AS x'); await db.close();
 */
export async function openNodeConnector(): Promise<Connector> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  return {
    async insertColumns(name: string, columns: readonly ColumnData[]) {
      const definitions = columns.map((c) => `${quote(c.name)} ${COLUMN_SQL_TYPES[c.type]}`).join(', ');
      await connection.run(`CREATE TABLE ${quote(name)} (${definitions})`);
      const appender = await connection.createAppender(name);
      for (let row = 0; row < (columns[0]?.values.length ?? 0); row++) {
        for (const column of columns) {
          const value = column.values[row];
          if (value === null) appender.appendNull();
          else if (column.type === 'string') appender.appendVarchar(value as string);
          else if (column.type === 'integer') appender.appendInteger(value as number);
          else appender.appendDouble(value as number);
        }
        appender.endRow();
      }
      appender.closeSync();
    },
    async exec(sql) {
      await connection.run(sql);
    },
    async query<T extends object = Row>(sql: string) {
      const reader = await connection.runAndReadAll(sql);
      // As the browser's connector does (castBigIntToDouble): whole numbers come back as numbers.
      return reader
        .getRowObjectsJS()
        .map((row) =>
          Object.fromEntries(
            Object.entries(row).map(([key, value]) => [
              key,
              typeof value === 'bigint' ? Number(value) : value,
            ]),
          ),
        ) as T[];
    },
    async lock() {
      await connection.run('SET enable_external_access = false');
      await connection.run('SET lock_configuration = true');
    },
    async close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}
