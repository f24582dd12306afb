/**
 * Sectors of the data contract.
 * @example
 * SECTORS.includes('mbo'); // → true
 */
export const SECTORS = ['vo', 'vso', 'mbo'] as const;
/** A sector. */
export type Sector = (typeof SECTORS)[number];

/**
 * Age bands of the workforce, youngest first.
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
 * Hire sources, in the order the model reports them.
 * @example
 * HIRE_SOURCES.map((s) => `inflow_${s}_fte`); // the inflow measures by source
 */
export const HIRE_SOURCES = [
  'own_placement',
  'other_graduate',
  'lateral_entrant',
  'returner',
  'other',
] as const;
/** A hire source. */
export type HireSource = (typeof HIRE_SOURCES)[number];

/**
 * Why a teacher left: pension (reaching the AOW age) or any other reason.
 * @example
 * LEAVER_REASONS[0]; // → 'pension'
 */
export const LEAVER_REASONS = ['pension', 'other'] as const;
/** A leaver reason. */
export type LeaverReason = (typeof LEAVER_REASONS)[number];

/**
 * Variants of a pupil forecast.
 * @example
 * FORECAST_VARIANTS.includes('mid'); // → true
 */
export const FORECAST_VARIANTS = ['low', 'mid', 'high'] as const;

/**
 * Types of teacher-training institute: hbo (university of applied sciences) or wo (university).
 * @example
 * INSTITUTE_TYPES; // → ['hbo', 'wo']
 */
export const INSTITUTE_TYPES = ['hbo', 'wo'] as const;

/**
 * The years the contract's year columns allow: published history (1 October) and pupil forecasts.
 * @example
 * CONTRACT_YEARS.historyEnd; // → 2025
 */
export const CONTRACT_YEARS = {
  historyStart: 2014,
  historyEnd: 2025,
  forecastBaseStart: 2018,
  forecastEnd: 2040,
} as const;
