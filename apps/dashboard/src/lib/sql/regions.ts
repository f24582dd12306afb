/** An onderwijsregio. */
export interface Region {
  regionId: string;
  name: string;
}

/**
 * All regions in the dataset (the Rotterdam dataset has one).
 * @returns SQL over the table `regions`
 * @example const [region] = await db.query<Region>(regionsSql());
 */
export function regionsSql(): string {
  return `SELECT region_id AS "regionId", name AS "name" FROM regions ORDER BY region_id`;
}
