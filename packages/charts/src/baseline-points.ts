import type { BaselinePoint, BaselineUnit } from './baseline-unit.js';

/**
 * The point of a unit in a year: the model's from the base year on, else the measured one.
 * @param unit a unit's series
 * @param year a year
 * @returns the point, or `undefined` when the year is outside both series
 * @example pointAt(region, 2030)?.totalShortageFte
 */
export function pointAt(unit: BaselineUnit, year: number): BaselinePoint | undefined {
  return unit.forecast.find((p) => p.year === year) ?? unit.history.find((p) => p.year === year);
}

/**
 * The points to show one per year (tooltips, tables): measured before the base year, the model's from it.
 * @param unit a unit's series
 * @returns points by year, without the base year twice
 * @example yearlyPoints(region).length // 2040 − 2014 + 1
 */
export function yearlyPoints(unit: BaselineUnit): BaselinePoint[] {
  const start = unit.forecast[0]?.year ?? Infinity;
  return [...unit.history.filter((p) => p.year < start), ...unit.forecast];
}
