/**
 * Quotes a name for use as a DuckDB identifier.
 * @param name a table or column name
 * @returns the name in double quotes, inner quotes doubled
 * @example quoteIdentifier('pupils') // '"pupils"'
 */
export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * Quotes a value as a DuckDB string literal.
 * @param value any text
 * @returns the text in single quotes, inner quotes doubled
 * @example quoteLiteral("'s-Gravenhage") // "'''s-Gravenhage'"
 */
export function quoteLiteral(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}
