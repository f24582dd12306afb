// Types and loaders only: the DuckDB module itself is imported dynamically from
// './duckdb-connector' in the browser, so it never reaches server rendering.
export type { ColumnData, Connector, Row } from './connector';
export type { DataPackage, DataResource } from './datapackage';
export { fetchDataset, type FetchedDataset, type FetchDatasetOptions } from './fetch-dataset';
export { openBrowserConnector, resetBrowserDuckDB, warmBrowserDuckDB } from './open-browser-connector';
