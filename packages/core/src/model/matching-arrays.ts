import type { Params } from '../calibrate/params.js';
import { HAZARD_SOURCES } from '../calibrate/estimate-matching.js';

/**
 * The matching parameters as the kernel reads them: a per-opening hazard per leaf (from the location's fill rate in the
 * subject, else its cluster's, else the subject's, else the region's), the source split per subject, the unqualified and top-up rates per
 * sector, and room for the calibrated pool levels (filled by prepareModel).
 * @param params parameters
 * @param index ids and the leaf index
 * @returns typed arrays for the Model
 * @example
 * const { fillHazard } = matchingArrays(params, { locations, locationCluster, clusters, subjects, sectors, leafLocation, leafSubject });
 */
export function matchingArrays(
  params: Params,
  index: {
    locations: string[];
    locationCluster: Int32Array;
    clusters: string[];
    subjects: string[];
    sectors: string[];
    leafLocation: Int32Array;
    leafSubject: Int32Array;
  },
) {
  const { locations, locationCluster, clusters, subjects, sectors, leafLocation, leafSubject } = index;
  const fill = params.fillRate ?? {};
  const region = fill['*']?.['*'] ?? 0.99;
  const fillHazard = new Float64Array(leafLocation.length);
  for (let c = 0; c < leafLocation.length; c++) {
    const s = subjects[leafSubject[c]];
    const l = leafLocation[c];
    const r = fill[locations[l]]?.[s] ?? fill[clusters[locationCluster[l]]]?.[s] ?? fill['*']?.[s] ?? region;
    fillHazard[c] = -Math.log(1 - Math.min(0.999, Math.max(0, r)));
  }
  const sourceWeight = new Float64Array(subjects.length * 3);
  const share = params.sourceShare ?? {};
  subjects.forEach((s, i) => {
    HAZARD_SOURCES.forEach((k, j) => {
      sourceWeight[i * 3 + j] = share[s]?.[k] ?? share['*']?.[k] ?? 1 / 3;
    });
  });
  const perSector = (rec: Record<string, number> | undefined, fallback: number) =>
    Float64Array.from(sectors, (s) => rec?.[s] ?? fallback);
  return {
    fillHazard,
    sourceWeight,
    poolBase: new Float64Array(subjects.length * 4),
    unqualifiedHireShare: perSector(params.unqualifiedHireShare, 0.5),
    unqualifiedRetention: perSector(params.unqualifiedRetention, 0.7),
    hoursTopUp: perSector(params.hoursTopUpFte, 0),
  };
}
