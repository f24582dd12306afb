import type { Dataset } from '../schema/types.js';
import type { Params } from '../calibrate/params.js';
import { dampedSteps } from '../calibrate/choose-trend-damping.js';

/** Options of projectDemand. */
export interface ProjectDemandOptions {
  horizon: number;
  /** Pupils [t·nLocation + location]. */
  pupils: Float64Array;
  leafLocation: Int32Array;
  leafSubject: Int32Array;
  /** Change of the pupil-teacher ratio from the first projected year (scenario lever). */
  ratioChange: number;
}

/**
 * Demand FTE per leaf and year: D = lessonShare · (baseFte + pupils / ratio(t)),
 * ratio(t) = max(1, ratio(base) + trend · Σ_{k≤t} φ^k + change) (φ the damping; the change from t = 1).
 * @param data normalised dataset
 * @param params parameters
 * @param options horizon, pupils, leaf index, ratio change
 * @returns perPupil (share ÷ ratio) and demand [t·nLeaf + leaf], fixedDemand [leaf]
 * @example
 * const { demand } = projectDemand(data, params, { horizon: 15, pupils, leafLocation, leafSubject, ratioChange: 0 });
 */
export function projectDemand(data: Dataset, params: Params, options: ProjectDemandOptions) {
  const { horizon: H, pupils, leafLocation, leafSubject } = options;
  const nLeaf = leafLocation.length;
  const nL = data.locations.length;
  const subjects = data.subjects.map((s) => s.subject_id);
  const perPupil = new Float64Array((H + 1) * nLeaf);
  const fixedDemand = new Float64Array(nLeaf);
  const demand = new Float64Array((H + 1) * nLeaf);
  for (let c = 0; c < nLeaf; c++) {
    const loc = data.locations[leafLocation[c]];
    const share = params.lessonShare[loc.location_id]?.[subjects[leafSubject[c]]] ?? 0;
    const r0 = params.pupilTeacherRatio[loc.location_id] ?? 0;
    const trend = params.ratioTrend[loc.sector] ?? 0;
    const phi = params.ratioDamping?.[loc.sector] ?? 1;
    fixedDemand[c] = share * (params.baseFte[loc.sector] ?? 0);
    for (let t = 0; t <= H; t++) {
      const r = Math.max(1, r0 + trend * dampedSteps(phi, t) + (t > 0 ? options.ratioChange : 0));
      perPupil[t * nLeaf + c] = r0 > 0 ? share / r : 0;
      demand[t * nLeaf + c] = fixedDemand[c] + pupils[t * nL + leafLocation[c]] * perPupil[t * nLeaf + c];
    }
  }

  return { perPupil, fixedDemand, demand };
}
