import { AGE_BANDS } from '../schema/constants.js';
import type { Params } from '../calibrate/params.js';
import type { Scenario } from '../levers/scenario.js';

/** Number of age bands. */
export const A = AGE_BANDS.length;

/**
 * A prepared model: index maps and flat typed arrays for the kernel. Built by prepareModel from a dataset,
 * parameters and a scenario; the kernel only reads it.
 */
export interface Model {
  baseYear: number;
  horizon: number;
  /** years[0] = baseYear … years[horizon]. */
  years: number[];
  locations: string[];
  boards: string[];
  clusters: string[];
  regions: string[];
  subjects: string[];
  sectors: string[];
  locationBoard: Int32Array;
  locationCluster: Int32Array;
  clusterRegion: Int32Array;
  subjectSector: Int32Array;
  /** Leaf cells (location × subject). */
  nLeaf: number;
  leafLocation: Int32Array;
  leafSubject: Int32Array;
  leafBoard: Int32Array;
  leafSector: Int32Array;
  /** Leaf indices of each subject. */
  subjectLeaves: Int32Array[];
  /** Stock FTE in the base year, [leaf·A + band]. */
  stock0: Float64Array;
  /** Pupils per location and year, [t·nLocation + location]. */
  pupils: Float64Array;
  /** Demand FTE per pupil (lessonShare ÷ ratio), [t·nLeaf + leaf]; demand = fixed + pupils · perPupil. */
  perPupil: Float64Array;
  /** Fixed demand FTE per leaf (base FTE × lesson share). */
  fixedDemand: Float64Array;
  demand: Float64Array;
  hiddenShare: Float64Array;
  /** Exit rate (other), [sector·A + band]; pension rate per sector; yearly relative hours change, [sector·A + band]. */
  exitRate: Float64Array;
  pensionRate: Float64Array;
  hoursChange: Float64Array;
  ageingShare: Float64Array;
  /** One-off multiplier of the stock FTE in the first projected year (average FTE per teacher lever). */
  fteFactor: Float64Array;
  /** Binding candidates FTE, [(t·nBoard + board)·nSubject + subject]. */
  binding: Float64Array;
  /** Pool candidates FTE per pool source (other_graduate, lateral_entrant, returner, other), [(t·nSubject + subject)·4 + k]. */
  pool: Float64Array;
  /** Age shares of hires per source (SOURCES order), [source·A + band]. */
  inflowAge: Float64Array;
  /** Multiplier of the exit rates per board. */
  exitMultiplier: Float64Array;
  /** Per-opening hazard of lateral entrants, returners and others together, per leaf: −ln(1 − fillRate). */
  fillHazard: Float64Array;
  /** Calibrated pool levels per subject and source, [subject·4 + k]: the pool relative to these scales the hazard. */
  poolBase: Float64Array;
  /** Split of the hazard over lateral_entrant, returner, other per subject, [subject·3 + k]. */
  sourceWeight: Float64Array;
  /** Per sector: share of unfilled openings taken by unqualified staff, share of unqualified FTE staying a year, hours top-up cap (FTE per leaf). */
  unqualifiedHireShare: Float64Array;
  unqualifiedRetention: Float64Array;
  hoursTopUp: Float64Array;
  params: Params;
  scenario: Scenario;
}
