import type { ResolvedPathname } from '$app/types';

/**
 * A resolved path with a query string, still typed as resolved (the query does not change the path).
 * @param path a path from `resolve()` or `page.url.pathname`
 * @param search `?…` or `''`
 * @returns the link
 * @example withSearch(resolve('/vakken'), '?lang=en')
 */
export function withSearch(path: ResolvedPathname, search: string): ResolvedPathname {
  return `${path}${search}` as ResolvedPathname;
}
