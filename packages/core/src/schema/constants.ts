/**
 * Age bands of the workforce, youngest first (docs/data.md).
 * @example
 * AGE_BANDS.indexOf('65+'); // → 9
 */
export const AGE_BANDS = [
  '<25',
  '25-29',
  '30-34',
  '35-39',
  '40-44',
  '45-49',
  '50-54',
  '55-59',
  '60-64',
  '65+',
] as const;
/** An age band label. */
export type AgeBand = (typeof AGE_BANDS)[number];

/**
 * Sectors of the data contract.
 * @example
 * SECTORS.includes('mbo'); // → true
 */
export const SECTORS = ['vo', 'vso', 'mbo'] as const;

/**
 * Hire sources of the data contract, in the order the model reports them.
 * @example
 * SOURCES.map((s) => `inflow_${s}_fte`); // the inflow measures by source
 */
export const SOURCES = ['own_placement', 'other_graduate', 'lateral_entrant', 'returner', 'other'] as const;
/** A hire source. */
export type Source = (typeof SOURCES)[number];

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
