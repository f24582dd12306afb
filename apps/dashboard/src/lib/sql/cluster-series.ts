/** Pupils and qualified teacher FTE of one cluster in one year. */
export interface ClusterYear {
  clusterId: string;
  clusterName: string;
  year: number;
  /** Pupils on 1 October, summed over the cluster's locations. */
  pupils: number;
  /** School locations with pupils that year. */
  locations: number;
  /** Qualified teachers' FTE on 1 October (`workforce`). */
  teacherFte: number;
  /** Qualified teachers (persons) on 1 October. */
  teacherHeadcount: number;
}

/**
 * Pupils and qualified teacher FTE per cluster and year: `pupils` and `workforce` summed over the
 * locations of each cluster. Locations without a cluster are left out.
 * @returns SQL over the tables `clusters`, `locations`, `pupils` and `workforce`
 * @example const rows = await db.query<ClusterYear>(clusterSeriesSql());
 */
export function clusterSeriesSql(): string {
  return `
WITH pupils_by_cluster AS (
	SELECT l.cluster_id, p.year, sum(p.pupils) AS pupils, count(DISTINCT p.location_id) AS locations
	FROM pupils p JOIN locations l USING (location_id)
	GROUP BY l.cluster_id, p.year
),
workforce_by_cluster AS (
	SELECT l.cluster_id, w.year, sum(w.fte) AS fte, sum(w.headcount) AS headcount
	FROM workforce w JOIN locations l USING (location_id)
	GROUP BY l.cluster_id, w.year
),
cluster_years AS (
	SELECT cluster_id, year FROM pupils_by_cluster
	UNION
	SELECT cluster_id, year FROM workforce_by_cluster
)
SELECT
	c.cluster_id AS "clusterId",
	c.name AS "clusterName",
	cy.year::INTEGER AS "year",
	coalesce(p.pupils, 0)::DOUBLE AS "pupils",
	coalesce(p.locations, 0)::DOUBLE AS "locations",
	round(coalesce(w.fte, 0), 3)::DOUBLE AS "teacherFte",
	coalesce(w.headcount, 0)::DOUBLE AS "teacherHeadcount"
FROM cluster_years cy
JOIN clusters c USING (cluster_id)
LEFT JOIN pupils_by_cluster p USING (cluster_id, year)
LEFT JOIN workforce_by_cluster w USING (cluster_id, year)
ORDER BY c.cluster_id, cy.year`;
}
