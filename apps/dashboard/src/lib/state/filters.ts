/** The filters of the pages, as they live in the URL. */
export interface Filters {
  cluster: string | null;
  board: string | null;
  sector: string | null;
  subject: string | null;
  from: number | null;
  to: number | null;
}

/** The query parameters of the filters, in the order they are written. */
export const FILTER_KEYS = ['cluster', 'board', 'sector', 'subject', 'from', 'to'] as const;

/** Sectors a filter can choose. */
export const FILTER_SECTORS = ['vo', 'vso', 'mbo'] as const;

const year = (text: string | null) => (text !== null && /^\d{4}$/.test(text) ? Number(text) : null);
const id = (text: string | null) => (text === null || text === '' ? null : text);

/**
 * Reads the filters from a URL; empty or malformed values count as not set.
 * @param url the page's URL
 * @returns the filters
 * @example readFilters(new URL('https://x/?sector=vo&from=2020')) // { sector: 'vo', from: 2020, … }
 */
export function readFilters(url: URL): Filters {
  const p = url.searchParams;
  const sector = id(p.get('sector'));
  return {
    cluster: id(p.get('cluster')),
    board: id(p.get('board')),
    sector: sector !== null && (FILTER_SECTORS as readonly string[]).includes(sector) ? sector : null,
    subject: id(p.get('subject')),
    from: year(p.get('from')),
    to: year(p.get('to')),
  };
}

/**
 * The query string of a URL with some parameters changed (`null` removes one); other parameters,
 * such as `lang`, are kept.
 * @param url the current URL
 * @param changes parameters to set or remove
 * @returns `?…` or `''`
 * @example withQuery(new URL('https://x/?lang=en'), { sector: 'vo' }) // '?lang=en&sector=vo'
 */
export function withQuery(
  url: URL,
  changes: Record<string, string | number | null | undefined>,
): `?${string}` | '' {
  const params = new URLSearchParams(url.searchParams);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === undefined || value === '') params.delete(key);
    else params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * The subject key the filters choose: the subject, else the sector total (`all-vo`), else `all`.
 * @param filters the filters
 * @returns a subject key of the model
 * @example subjectKey({ ...none, sector: 'mbo' }) // 'all-mbo'
 */
export function subjectKey(filters: Pick<Filters, 'sector' | 'subject'>): string {
  return filters.subject ?? (filters.sector ? `all-${filters.sector}` : 'all');
}

/**
 * The years to show: the filters' range clamped to the data, `from ≤ to`.
 * @param filters the filters
 * @param first the first year with data
 * @param last the last year with data
 * @returns `[from, to]`
 * @example yearWindow({ from: 2010, to: 2030 }, 2014, 2040) // [2014, 2030]
 */
export function yearWindow(
  filters: Pick<Filters, 'from' | 'to'>,
  first: number,
  last: number,
): [number, number] {
  const from = Math.min(Math.max(filters.from ?? first, first), last);
  const to = Math.max(Math.min(filters.to ?? last, last), from);
  return [from, to];
}
