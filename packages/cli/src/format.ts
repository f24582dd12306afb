/**
 * Formats a whole number with thousands separated by commas (as the import messages do).
 * @param n a number
 * @returns the number as text
 * @example
 * count(209088); // '209,088'
 */
export function count(n: number): string {
  return n.toLocaleString('en-US');
}

/**
 * `1 error`, `2 errors`.
 * @param n how many
 * @param word the singular
 * @returns the count and the word
 * @example
 * plural(2, 'warning'); // '2 warnings'
 */
export function plural(n: number, word: string): string {
  return `${count(n)} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * Lays out rows as a plain-text table with aligned columns (numbers right-aligned).
 * @param header column titles
 * @param rows cells as text
 * @param numeric which columns are right-aligned
 * @returns the lines of the table, without a trailing newline
 * @example
 * textTable(['horizon', 'MAE'], [['1', '3.2']], [false, true]);
 */
export function textTable(header: string[], rows: string[][], numeric: boolean[] = []): string {
  const widths = header.map((h, j) => Math.max(h.length, ...rows.map((r) => (r[j] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, j) => (numeric[j] ? c.padStart(widths[j]) : c.padEnd(widths[j])))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
