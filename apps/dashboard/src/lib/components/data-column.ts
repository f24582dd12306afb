import type { Snippet } from 'svelte';

/** A number format of the site (`numberFormats`): FTE and % with one decimal, counts whole. */
export type NumberFormat = 'fte' | 'pct' | 'count';

/** The site's number formatters, as `numberFormats(lang)` returns them. */
export type NumberFormatters = Record<NumberFormat, (value: number) => string>;

/** One column of a `DataTable`: what its header says, which value each row shows and how. */
export interface DataColumn<Row> {
  /** The column's id; also each cell's `data-col` (and the `{#each}` key of the header). */
  key: string;
  /** The header text. */
  label: string;
  /** The value of a row in this column, shown and sorted on. Default: `row[key]`. */
  value?: (row: Row) => unknown;
  /**
   * How the value is written: a site number format (numbers then align right; a missing or non-finite
   * value is written "–"), or a function of the row. Default: the value as text.
   */
  format?: NumberFormat | ((row: Row) => string);
  /** Default: right for a number format, else left. */
  align?: 'left' | 'right';
  /** The cell names its row: `<th scope="row">` instead of `<td>`. */
  rowHeader?: boolean;
  /** A header button sorts the rows by this column: `true` compares the values, or a compare function. */
  sort?: boolean | ((a: Row, b: Row) => number);
  /** Cell content that is more than one formatted value (two numbers, a swatch, an input). */
  cell?: Snippet<[Row, DataColumn<Row>]>;
  /** Makes the cell's content a link to this address. */
  href?: (row: Row) => string;
  /** `data-testid` of the link made by `href`. */
  linkTestId?: string;
  /** `data-testid` of every cell in the column. */
  testId?: string;
  /** Class of the header and every cell: `optional`, `divider`, `muted`, `wrap` (see DataTable). */
  class?: string;
  /** Class of one cell, from its row (`less`, `more`). */
  cellClass?: (row: Row) => string | undefined;
  /** Further attributes of one cell, from its row (`data-unit`). */
  cellAttributes?: (row: Row) => Record<string, string>;
}

/** Headers above groups of columns: a second header row on top, spanning `span` columns. */
export interface ColumnGroup {
  /** The group's header; `null` for columns outside any group (their header spans both rows). */
  label: string | null;
  /** How many columns, in order, the group covers. */
  span: number;
  /** Class of the group's header. */
  class?: string;
}

/**
 * The value of a row in a column: `column.value(row)`, else the row's property `column.key`.
 * @param column the column
 * @param row the row
 * @returns the value, unformatted
 * @example columnValue({ key: 'pupils', label: 'Leerlingen' }, { pupils: 120 }) // 120
 */
export function columnValue<Row>(column: DataColumn<Row>, row: Row): unknown {
  if (column.value) return column.value(row);
  return (row as Record<string, unknown>)[column.key];
}

/**
 * The text of a cell, written in the reader's number format.
 * @param column the column
 * @param row the row
 * @param formats the site's number formatters for the language shown
 * @returns the cell's text; "–" for a missing or non-finite number
 * @example formatColumn({ key: 'fte', label: 'fte', format: 'fte' }, { fte: 1234.56 }, numberFormats('nl')) // '1.234,6'
 */
export function formatColumn<Row>(column: DataColumn<Row>, row: Row, formats: NumberFormatters): string {
  const { format } = column;
  if (typeof format === 'function') return format(row);
  const value = columnValue(column, row);
  if (format) return typeof value === 'number' && Number.isFinite(value) ? formats[format](value) : '–';
  return value === null || value === undefined ? '' : String(value);
}

/**
 * Whether a column aligns right (numbers, with tabular figures) or left (text).
 * @param column the column
 * @returns `'right'` or `'left'`
 * @example columnAlign({ key: 'pct', label: '%', format: 'pct' }) // 'right'
 */
export function columnAlign<Row>(column: DataColumn<Row>): 'left' | 'right' {
  return column.align ?? (typeof column.format === 'string' ? 'right' : 'left');
}
