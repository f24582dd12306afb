import type { ResourceName } from './types.js';

/**
 * Column types of every resource of the data contract (docs/data.md).
 * @example
 * RESOURCE_COLUMNS.workforce.fte; // → 'number'
 */
export const RESOURCE_COLUMNS: Record<
  ResourceName,
  Record<string, 'string' | 'number' | 'integer' | 'boolean'>
> = {
  regions: { region_id: 'string', name: 'string' },
  clusters: { cluster_id: 'string', region_id: 'string', name: 'string' },
  sectors: { sector: 'string', name: 'string', lesson_hours_per_fte: 'number' },
  boards: {
    board_id: 'string',
    name: 'string',
    sector: 'string',
    region_id: 'string',
    partnership_member: 'boolean',
  },
  locations: {
    location_id: 'string',
    name: 'string',
    board_id: 'string',
    cluster_id: 'string',
    sector: 'string',
    partnership_member: 'boolean',
  },
  institutes: { institute_id: 'string', name: 'string', type: 'string', region_id: 'string' },
  programmes: { programme_id: 'string', institute_type: 'string', name: 'string', duration_years: 'integer' },
  subjects: { subject_id: 'string', sector: 'string', name: 'string', name_en: 'string' },
  pupils: { location_id: 'string', year: 'integer', pupils: 'integer' },
  pupil_forecast: {
    location_id: 'string',
    base_year: 'integer',
    year: 'integer',
    variant: 'string',
    pupils: 'number',
  },
  workforce: {
    location_id: 'string',
    subject_id: 'string',
    age_band: 'string',
    year: 'integer',
    headcount: 'integer',
    fte: 'number',
  },
  intake: {
    institute_id: 'string',
    programme_id: 'string',
    subject_id: 'string',
    year: 'integer',
    intake: 'integer',
  },
  placements: {
    institute_id: 'string',
    programme_id: 'string',
    location_id: 'string',
    subject_id: 'string',
    year: 'integer',
    trainees: 'integer',
  },
  graduates: {
    institute_id: 'string',
    programme_id: 'string',
    subject_id: 'string',
    year: 'integer',
    placement_board_id: 'string',
    graduates: 'integer',
  },
  hires: {
    board_id: 'string',
    subject_id: 'string',
    year: 'integer',
    source: 'string',
    headcount: 'integer',
    fte: 'number',
  },
  leavers: {
    board_id: 'string',
    subject_id: 'string',
    age_band: 'string',
    year: 'integer',
    reason: 'string',
    headcount: 'integer',
    fte: 'number',
  },
  vacancies: {
    location_id: 'string',
    subject_id: 'string',
    year: 'integer',
    opened: 'integer',
    unfilled: 'integer',
    unfilled_fte: 'number',
  },
  lesson_hours: {
    location_id: 'string',
    subject_id: 'string',
    year: 'integer',
    hours: 'number',
    unqualified_hours: 'number',
  },
};

/**
 * Resource names in the order of the data contract.
 * @example
 * RESOURCE_NAMES.length; // → 18
 */
export const RESOURCE_NAMES = Object.keys(RESOURCE_COLUMNS) as ResourceName[];

/**
 * Columns of the data contract that Opgave does not read but accepts, per resource (docs/data.md); used when a
 * resource has no Table Schema (with one, the schema's fields are accepted).
 * @example
 * RESOURCE_OPTIONAL_COLUMNS.locations; // → ['municipality_code', 'municipality', 'latitude', 'longitude']
 */
export const RESOURCE_OPTIONAL_COLUMNS: Partial<Record<ResourceName, readonly string[]>> = {
  locations: ['municipality_code', 'municipality', 'latitude', 'longitude'],
};
