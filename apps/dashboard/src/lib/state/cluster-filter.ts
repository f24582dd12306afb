/** The query parameter that holds the chosen cluster. */
export const clusterParam = 'cluster';

/**
 * Reads the chosen cluster from a URL.
 * @param url the page's URL
 * @param clusterIds the clusters that exist
 * @returns the cluster id, or `null` for all clusters (also when the id is unknown)
 * @example clusterFromUrl(new URL('https://x/?cluster=C2'), ['C1', 'C2']) // 'C2'
 */
export function clusterFromUrl(url: URL, clusterIds: readonly string[]): string | null {
  const id = url.searchParams.get(clusterParam);
  return id !== null && clusterIds.includes(id) ? id : null;
}

/**
 * Tells whether the URL asks for a cluster that does not exist.
 * @param url the page's URL
 * @param clusterIds the clusters that exist
 * @returns the unknown id, or `null`
 * @example unknownCluster(new URL('https://x/?cluster=Z'), ['C1']) // 'Z'
 */
export function unknownCluster(url: URL, clusterIds: readonly string[]): string | null {
  const id = url.searchParams.get(clusterParam);
  return id !== null && id !== '' && !clusterIds.includes(id) ? id : null;
}
