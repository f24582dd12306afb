import type { Level } from '../schema/constants.js';
import { ALL } from '../schema/constants.js';

/**
 * Levels a backtest compares: the region, each cluster, each board, and each subject in the region
 * (`subject`, a unit `region:subject`, all sectors of the subject's locations in the region).
 * @example
 * BACKTEST_LEVELS.includes('subject'); // → true
 */
export const BACKTEST_LEVELS = ['region', 'cluster', 'board', 'subject'] as const;
/** A backtest level. */
export type BacktestLevel = (typeof BACKTEST_LEVELS)[number];

/**
 * The unit name of a subject in a region at the `subject` level.
 * @param region region id
 * @param subject subject id
 * @returns `region:subject`
 * @example
 * subjectUnit('R01', 'vo-wi'); // → 'R01:vo-wi'
 */
export function subjectUnit(region: string, subject: string): string {
  return `${region}:${subject}`;
}

/**
 * The projection selector (level, unit, subject) of a backtest unit.
 * @param level backtest level
 * @param unit unit id (`region:subject` at the subject level)
 * @returns selector for Projection.value and simulationQuantile
 * @example
 * backtestSelector('subject', 'R01:vo-wi'); // → { level: 'region', unit: 'R01', subject: 'vo-wi' }
 */
export function backtestSelector(
  level: BacktestLevel,
  unit: string,
): { level: Exclude<Level, 'location'>; unit: string; subject: string } {
  if (level !== 'subject') return { level, unit, subject: ALL };
  const at = unit.indexOf(':');
  return { level: 'region', unit: unit.slice(0, at), subject: unit.slice(at + 1) };
}
