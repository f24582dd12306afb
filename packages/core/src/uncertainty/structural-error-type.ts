/**
 * The model's own forecast errors known at an origin, for simulate's bands: empirical distributions of the
 * scaled errors (actual − model) ÷ naive scale per level, measure and horizon, and each unit's naive scale.
 */
export interface StructuralError {
  /** The origin: errors are of forecasts whose outcome year is ≤ lastYear. */
  lastYear: number;
  /** Largest horizon with its own distribution; longer horizons scale it by h ÷ horizon. */
  horizon: number;
  /**
   * Sorted scaled errors per `level|measure|horizon` (empty when there is no past origin): the pooled e ÷ k^γ, centred
   * on their median, times h^γ, and for demand and supply at least randomWalkFloor(h) in root mean square.
   */
  errors: Record<string, number[]>;
  /** Naive scale (mean absolute year-on-year change up to lastYear) per `level|unit|measure`. */
  scales: Record<string, number>;
  /** Past origins whose forecasts gave the errors. */
  origins: number[];
  /**
   * How errors grow with the horizon per `level|measure`: the exponent γ of `mean |e_h| ∝ h^γ`, fitted on the past errors
   * (between 0.5, a random walk, and 1, a wrong trend; 1 when fewer than two horizons have errors).
   */
  growth: Record<string, number>;
}
