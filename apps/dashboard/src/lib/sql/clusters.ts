/** A cluster of the partnership, with the number of its school locations. */
export interface Cluster {
  clusterId: string;
  name: string;
  regionId: string;
  locations: number;
}

/**
 * The clusters in a stable order (by id), so each keeps its colour whatever the filter.
 * @returns SQL over the tables `clusters` and `locations`
 * @example const clusters = await db.query<Cluster>(clustersSql());
 */
export function clustersSql(): string {
  return `
SELECT
	c.cluster_id AS "clusterId",
	c.name AS "name",
	c.region_id AS "regionId",
	count(l.location_id)::DOUBLE AS "locations"
FROM clusters c LEFT JOIN locations l USING (cluster_id)
GROUP BY ALL
ORDER BY c.cluster_id`;
}
