const fteFormat = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const pctFormat = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/**
 * FTE in Dutch notation, whole numbers: `1.235`.
 * @param n FTE
 * @returns the text
 * @example
 * formatFte(1234.6); // '1.235'
 */
export function formatFte(n: number): string {
  return fteFormat.format(Math.abs(n) < 0.5 ? 0 : n);
}

/**
 * A signed FTE change in Dutch notation: `+12`, `−3`.
 * @param n change in FTE
 * @returns the text with a sign
 * @example
 * formatSignedFte(-3.2); // '−3'
 */
export function formatSignedFte(n: number): string {
  const r = Math.round(n);
  return r > 0 ? `+${fteFormat.format(r)}` : r < 0 ? `−${fteFormat.format(-r)}` : '0';
}

/**
 * A percentage in Dutch notation with one decimal: `5,3%`.
 * @param n percent
 * @returns the text
 * @example
 * formatPct(5.26); // '5,3%'
 */
export function formatPct(n: number): string {
  return `${pctFormat.format(n)}%`;
}

/**
 * Escapes text for HTML.
 * @param text any text
 * @returns text safe inside elements and quoted attributes
 * @example
 * escapeHtml('<a & b>'); // '&lt;a &amp; b&gt;'
 */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}
