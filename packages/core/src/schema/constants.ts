export { AGE_BANDS, SECTORS, type AgeBand } from '@opgave/contract';
export { HIRE_SOURCES as SOURCES, type HireSource as Source } from '@opgave/contract';

/**
 * Levels of the unit hierarchy, from leaf to root.
 * @example
 * LEVELS.map((level) => projection.value('total_shortage_fte', 2030, { level }));
 */
export const LEVELS = ['location', 'board', 'cluster', 'region'] as const;
/** A level of the unit hierarchy. */
export type Level = (typeof LEVELS)[number];

/**
 * The subject label of totals over subjects in long tables (sector totals are `all-<sector>`).
 * @example
 * projection.value('demand_fte', 2030, { subject: ALL });
 */
export const ALL = 'all';
