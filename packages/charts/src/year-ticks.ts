/**
 * Whole years for the ticks of a time axis: every year, or every second, fifth… so that about 4 (narrow)
 * or 8 ticks fit; never half years.
 * @param points values with a `year`
 * @param width the chart's width
 * @returns the years to tick
 * @example yearTicks([{ year: 2025 }, { year: 2026 }], 640) // [2025, 2026]
 */
export function yearTicks(points: readonly { year: number }[], width: number): number[] {
  const years = [...new Set(points.map((p) => p.year))].sort((a, b) => a - b);
  const step = Math.max(1, Math.ceil(years.length / (width < 500 ? 4 : 8)));
  return years.filter((_, i) => i % step === 0);
}
