/**
 * A file name for a download: lower case, words joined by hyphens, accents dropped, starting with
 * `opgave-` (added if missing), with the extension.
 * @param base what the file holds, e.g. `Tekort per cluster 2025`
 * @param extension without the dot, e.g. `csv`
 * @returns e.g. `opgave-tekort-per-cluster-2025.csv`
 * @example exportFilename('Tekort per cluster 2025', 'csv') // 'opgave-tekort-per-cluster-2025.csv'
 */
export function exportFilename(base: string, extension: string): string {
  const slug = base
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const name =
    slug === '' ? 'opgave' : slug === 'opgave' || slug.startsWith('opgave-') ? slug : `opgave-${slug}`;
  return `${name}.${extension.replace(/^\./, '')}`;
}
