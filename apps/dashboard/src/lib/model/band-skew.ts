/** The quantiles of a band that {@link bandSkew} reads; `p50` is its centre (the median, or the forecast shown). */
export interface BandQuantiles {
  p10: number;
  p50: number;
  p90: number;
}

/**
 * How much longer one side of the 80 % band must be than the other before the summary calls it skewed:
 * a quarter longer (below that the two sides differ by less than the draws' own noise at the region).
 */
export const SKEW_RATIO = 1.25;

/**
 * Which way a band leans: `up` when the 80 % band reaches further above its centre than below it (a much
 * larger shortage is more likely than a much smaller one), `down` for the reverse, `null` when neither
 * side is {@link SKEW_RATIO} times the other.
 * @param band the band's p10, centre and p90
 * @returns the direction and the reach above and below the centre, or `null`
 * @example bandSkew({ p10: 200, p50: 220, p90: 300 }) // { direction: 'up', above: 80, below: 20 }
 */
export function bandSkew(
  band: BandQuantiles,
): { direction: 'up' | 'down'; above: number; below: number } | null {
  const above = band.p90 - band.p50;
  const below = band.p50 - band.p10;
  if (above > SKEW_RATIO * below) return { direction: 'up', above, below };
  if (below > SKEW_RATIO * above) return { direction: 'down', above, below };
  return null;
}
