import type { TableSchema } from './types.js';

/** Names of the resources of an Opgave dataset, in an order where every foreign key points backwards. */
export type OpgaveResource =
  | 'regions'
  | 'clusters'
  | 'sectors'
  | 'boards'
  | 'locations'
  | 'institutes'
  | 'programmes'
  | 'subjects'
  | 'pupils'
  | 'pupil_forecast'
  | 'workforce'
  | 'intake'
  | 'placements'
  | 'graduates'
  | 'hires'
  | 'leavers'
  | 'vacancies'
  | 'lesson_hours';

/**
 * The Table Schema of every Opgave resource, as in data/rotterdam/datapackage.json (a test checks that
 * they stay equal). Keys in dependency order: a resource only references resources before it.
 * @example
 * OPGAVE_SCHEMAS.pupils.primaryKey // ['location_id', 'year']
 */
export const OPGAVE_SCHEMAS: Record<OpgaveResource, TableSchema> = {
  regions: {
    fields: [
      {
        name: 'region_id',
        type: 'string',
        description: 'Region (onderwijsregio) identifier',
        constraints: {
          required: true,
          pattern: '^R[0-9]{2}$',
        },
      },
      {
        name: 'name',
        type: 'string',
        description: 'Region name (fictitious, marked synthetic)',
        constraints: {
          required: true,
        },
      },
    ],
    primaryKey: ['region_id'],
    foreignKeys: [],
    missingValues: [''],
  },
  clusters: {
    fields: [
      {
        name: 'cluster_id',
        type: 'string',
        description: 'Cluster identifier',
        constraints: {
          required: true,
          pattern: '^R[0-9]{2}-C[0-9]$',
        },
      },
      {
        name: 'region_id',
        type: 'string',
        description: 'Region (onderwijsregio) identifier',
        constraints: {
          required: true,
          pattern: '^R[0-9]{2}$',
        },
      },
      {
        name: 'name',
        type: 'string',
        description: 'Cluster name',
        constraints: {
          required: true,
        },
      },
    ],
    primaryKey: ['cluster_id'],
    foreignKeys: [
      {
        fields: ['region_id'],
        reference: {
          resource: 'regions',
          fields: ['region_id'],
        },
      },
    ],
    missingValues: [''],
  },
  sectors: {
    fields: [
      {
        name: 'sector',
        type: 'string',
        description: 'Sector: vo (secondary), vso (special secondary), mbo (vocational)',
        constraints: {
          required: true,
          enum: ['vo', 'vso', 'mbo'],
        },
      },
      {
        name: 'name',
        type: 'string',
        description: 'Dutch name of the sector',
        constraints: {
          required: true,
        },
      },
      {
        name: 'lesson_hours_per_fte',
        type: 'integer',
        description: 'Annual lesson hours one full-time teacher gives',
        unit: 'hours per fte per year',
        constraints: {
          required: true,
          minimum: 1,
        },
      },
    ],
    primaryKey: ['sector'],
    foreignKeys: [],
    missingValues: [''],
  },
  boards: {
    fields: [
      {
        name: 'board_id',
        type: 'string',
        description: 'School board (bevoegd gezag) identifier, fictitious',
        constraints: {
          required: true,
          pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$',
        },
      },
      {
        name: 'name',
        type: 'string',
        description: 'Board name (fictitious)',
        constraints: {
          required: true,
        },
      },
      {
        name: 'sector',
        type: 'string',
        description: 'Main sector of the board',
        constraints: {
          required: true,
          enum: ['vo', 'vso', 'mbo'],
        },
      },
      {
        name: 'region_id',
        type: 'string',
        description: 'Region (onderwijsregio) identifier',
        constraints: {
          required: true,
          pattern: '^R[0-9]{2}$',
        },
      },
      {
        name: 'partnership_member',
        type: 'boolean',
        description: 'Whether the board takes part in the region’s teacher-training partnership',
        constraints: {
          required: true,
        },
      },
    ],
    primaryKey: ['board_id'],
    foreignKeys: [
      {
        fields: ['region_id'],
        reference: {
          resource: 'regions',
          fields: ['region_id'],
        },
      },
      {
        fields: ['sector'],
        reference: {
          resource: 'sectors',
          fields: ['sector'],
        },
      },
    ],
    missingValues: [''],
  },
  locations: {
    fields: [
      {
        name: 'location_id',
        type: 'string',
        description: 'School location: fictitious BRIN (4 characters, 9xXX range) + 2-digit vestigingscode',
        constraints: {
          required: true,
          pattern: '^[0-9]{2}[A-Z]{2}[0-9]{2}$',
        },
      },
      {
        name: 'name',
        type: 'string',
        description: 'Location name (fictitious)',
        constraints: {
          required: true,
        },
      },
      {
        name: 'board_id',
        type: 'string',
        description: 'School board (bevoegd gezag) identifier, fictitious',
        constraints: {
          required: true,
          pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$',
        },
      },
      {
        name: 'cluster_id',
        type: 'string',
        description: 'Cluster the location belongs to',
        constraints: {
          required: true,
          pattern: '^R[0-9]{2}-C[0-9]$',
        },
      },
      {
        name: 'sector',
        type: 'string',
        description: 'Sector: vo (secondary), vso (special secondary), mbo (vocational)',
        constraints: {
          required: true,
          enum: ['vo', 'vso', 'mbo'],
        },
      },
      {
        name: 'municipality_code',
        type: 'string',
        description: 'CBS municipality code',
        constraints: {
          required: true,
          pattern: '^GM[0-9]{4}$',
        },
      },
      {
        name: 'municipality',
        type: 'string',
        description: 'Municipality name (CBS 2025)',
        constraints: {
          required: true,
        },
      },
      {
        name: 'partnership_member',
        type: 'boolean',
        description: 'Whether the location’s board is in the partnership',
        constraints: {
          required: true,
        },
      },
      {
        name: 'latitude',
        type: 'number',
        description: 'Latitude (WGS84) of a random point inside the municipality',
        unit: 'degrees',
        constraints: {
          required: true,
          minimum: 50.7,
          maximum: 53.6,
        },
      },
      {
        name: 'longitude',
        type: 'number',
        description: 'Longitude (WGS84) of a random point inside the municipality',
        unit: 'degrees',
        constraints: {
          required: true,
          minimum: 3.3,
          maximum: 7.3,
        },
      },
    ],
    primaryKey: ['location_id'],
    foreignKeys: [
      {
        fields: ['board_id'],
        reference: {
          resource: 'boards',
          fields: ['board_id'],
        },
      },
      {
        fields: ['cluster_id'],
        reference: {
          resource: 'clusters',
          fields: ['cluster_id'],
        },
      },
      {
        fields: ['sector'],
        reference: {
          resource: 'sectors',
          fields: ['sector'],
        },
      },
    ],
    missingValues: [''],
  },
  institutes: {
    fields: [
      {
        name: 'institute_id',
        type: 'string',
        description: 'Teacher-training institute identifier',
        constraints: {
          required: true,
          pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$',
        },
      },
      {
        name: 'name',
        type: 'string',
        description: 'Institute name (fictitious)',
        constraints: {
          required: true,
        },
      },
      {
        name: 'type',
        type: 'string',
        description: 'hbo (university of applied sciences) or wo (university)',
        constraints: {
          required: true,
          enum: ['hbo', 'wo'],
        },
      },
      {
        name: 'region_id',
        type: 'string',
        description: 'Region (onderwijsregio) identifier',
        constraints: {
          required: true,
          pattern: '^R[0-9]{2}$',
        },
      },
    ],
    primaryKey: ['institute_id'],
    foreignKeys: [
      {
        fields: ['region_id'],
        reference: {
          resource: 'regions',
          fields: ['region_id'],
        },
      },
    ],
    missingValues: [''],
  },
  programmes: {
    fields: [
      {
        name: 'programme_id',
        type: 'string',
        description: 'Teacher-training programme identifier',
        constraints: {
          required: true,
        },
      },
      {
        name: 'institute_type',
        type: 'string',
        description: 'Type of institute offering it',
        constraints: {
          required: true,
          enum: ['hbo', 'wo'],
        },
      },
      {
        name: 'name',
        type: 'string',
        description: 'Dutch name of the programme',
        constraints: {
          required: true,
        },
      },
      {
        name: 'duration_years',
        type: 'integer',
        description: 'Nominal study length L',
        unit: 'years',
        constraints: {
          required: true,
          minimum: 1,
          maximum: 6,
        },
      },
    ],
    primaryKey: ['programme_id'],
    foreignKeys: [],
    missingValues: [''],
  },
  subjects: {
    fields: [
      {
        name: 'subject_id',
        type: 'string',
        description: 'Subject identifier, prefixed with its sector',
        constraints: {
          required: true,
          pattern: '^(vo|vso|mbo)-[a-z]+$',
        },
      },
      {
        name: 'sector',
        type: 'string',
        description: 'Sector: vo (secondary), vso (special secondary), mbo (vocational)',
        constraints: {
          required: true,
          enum: ['vo', 'vso', 'mbo'],
        },
      },
      {
        name: 'name',
        type: 'string',
        description: 'Dutch name',
        constraints: {
          required: true,
        },
      },
      {
        name: 'name_en',
        type: 'string',
        description: 'English name',
        constraints: {
          required: true,
        },
      },
    ],
    primaryKey: ['subject_id'],
    foreignKeys: [
      {
        fields: ['sector'],
        reference: {
          resource: 'sectors',
          fields: ['sector'],
        },
      },
    ],
    missingValues: [''],
  },
  pupils: {
    fields: [
      {
        name: 'location_id',
        type: 'string',
        description: 'School location: fictitious BRIN (4 characters, 9xXX range) + 2-digit vestigingscode',
        constraints: {
          required: true,
          pattern: '^[0-9]{2}[A-Z]{2}[0-9]{2}$',
        },
      },
      {
        name: 'year',
        type: 'integer',
        description: 'Calendar year of the reference date 1 October',
        unit: 'year',
        constraints: {
          required: true,
          minimum: 2014,
          maximum: 2025,
        },
      },
      {
        name: 'pupils',
        type: 'integer',
        description: 'Pupils on 1 October',
        unit: 'pupils',
        constraints: {
          required: true,
          minimum: 0,
        },
      },
    ],
    primaryKey: ['location_id', 'year'],
    foreignKeys: [
      {
        fields: ['location_id'],
        reference: {
          resource: 'locations',
          fields: ['location_id'],
        },
      },
    ],
    missingValues: [''],
  },
  pupil_forecast: {
    fields: [
      {
        name: 'location_id',
        type: 'string',
        description: 'School location: fictitious BRIN (4 characters, 9xXX range) + 2-digit vestigingscode',
        constraints: {
          required: true,
          pattern: '^[0-9]{2}[A-Z]{2}[0-9]{2}$',
        },
      },
      {
        name: 'base_year',
        type: 'integer',
        description: 'Year the forecast was made (last observed 1 October)',
        unit: 'year',
        constraints: {
          required: true,
          minimum: 2018,
          maximum: 2025,
        },
      },
      {
        name: 'year',
        type: 'integer',
        description: 'Forecast year (1 October), base_year + 1 … 2040',
        unit: 'year',
        constraints: {
          required: true,
          minimum: 2019,
          maximum: 2040,
        },
      },
      {
        name: 'variant',
        type: 'string',
        description: 'Forecast variant',
        constraints: {
          required: true,
          enum: ['low', 'mid', 'high'],
        },
      },
      {
        name: 'pupils',
        type: 'number',
        description: 'Forecast pupils',
        unit: 'pupils',
        constraints: {
          required: true,
          minimum: 0,
        },
      },
    ],
    primaryKey: ['location_id', 'base_year', 'year', 'variant'],
    foreignKeys: [
      {
        fields: ['location_id'],
        reference: {
          resource: 'locations',
          fields: ['location_id'],
        },
      },
    ],
    missingValues: [''],
  },
  workforce: {
    fields: [
      {
        name: 'location_id',
        type: 'string',
        description: 'School location: fictitious BRIN (4 characters, 9xXX range) + 2-digit vestigingscode',
        constraints: {
          required: true,
          pattern: '^[0-9]{2}[A-Z]{2}[0-9]{2}$',
        },
      },
      {
        name: 'subject_id',
        type: 'string',
        description: 'Subject identifier, prefixed with its sector',
        constraints: {
          required: true,
          pattern: '^(vo|vso|mbo)-[a-z]+$',
        },
      },
      {
        name: 'age_band',
        type: 'string',
        description: 'Age band on 1 October (65+ = 65 up to the AOW age)',
        constraints: {
          required: true,
          enum: ['<25', '25-29', '30-34', '35-39', '40-44', '45-49', '50-54', '55-59', '60-64', '65+'],
        },
      },
      {
        name: 'year',
        type: 'integer',
        description: 'Calendar year of the reference date 1 October',
        unit: 'year',
        constraints: {
          required: true,
          minimum: 2014,
          maximum: 2025,
        },
      },
      {
        name: 'headcount',
        type: 'integer',
        description: 'Teachers (persons)',
        unit: 'persons',
        constraints: {
          required: true,
          minimum: 0,
        },
      },
      {
        name: 'fte',
        type: 'number',
        description: 'Teachers’ FTE',
        unit: 'fte',
        constraints: {
          required: true,
          minimum: 0,
        },
      },
    ],
    primaryKey: ['location_id', 'subject_id', 'age_band', 'year'],
    foreignKeys: [
      {
        fields: ['location_id'],
        reference: {
          resource: 'locations',
          fields: ['location_id'],
        },
      },
      {
        fields: ['subject_id'],
        reference: {
          resource: 'subjects',
          fields: ['subject_id'],
        },
      },
    ],
    missingValues: [''],
  },
  intake: {
    fields: [
      {
        name: 'institute_id',
        type: 'string',
        description: 'Teacher-training institute identifier',
        constraints: {
          required: true,
          pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$',
        },
      },
      {
        name: 'programme_id',
        type: 'string',
        description: 'Teacher-training programme identifier',
        constraints: {
          required: true,
        },
      },
      {
        name: 'subject_id',
        type: 'string',
        description: 'Subject identifier, prefixed with its sector',
        constraints: {
          required: true,
          pattern: '^(vo|vso|mbo)-[a-z]+$',
        },
      },
      {
        name: 'year',
        type: 'integer',
        description: 'Year of intake (students enrolled on 1 October)',
        unit: 'year',
        constraints: {
          required: true,
          minimum: 2014,
          maximum: 2025,
        },
      },
      {
        name: 'intake',
        type: 'integer',
        description: 'First-year students',
        unit: 'persons',
        constraints: {
          required: true,
          minimum: 0,
        },
      },
    ],
    primaryKey: ['institute_id', 'programme_id', 'subject_id', 'year'],
    foreignKeys: [
      {
        fields: ['institute_id'],
        reference: {
          resource: 'institutes',
          fields: ['institute_id'],
        },
      },
      {
        fields: ['programme_id'],
        reference: {
          resource: 'programmes',
          fields: ['programme_id'],
        },
      },
      {
        fields: ['subject_id'],
        reference: {
          resource: 'subjects',
          fields: ['subject_id'],
        },
      },
    ],
    missingValues: [''],
  },
  placements: {
    fields: [
      {
        name: 'institute_id',
        type: 'string',
        description: 'Teacher-training institute identifier',
        constraints: {
          required: true,
          pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$',
        },
      },
      {
        name: 'programme_id',
        type: 'string',
        description: 'Teacher-training programme identifier',
        constraints: {
          required: true,
        },
      },
      {
        name: 'location_id',
        type: 'string',
        description: 'School location: fictitious BRIN (4 characters, 9xXX range) + 2-digit vestigingscode',
        constraints: {
          required: true,
          pattern: '^[0-9]{2}[A-Z]{2}[0-9]{2}$',
        },
      },
      {
        name: 'subject_id',
        type: 'string',
        description: 'Subject identifier, prefixed with its sector',
        constraints: {
          required: true,
          pattern: '^(vo|vso|mbo)-[a-z]+$',
        },
      },
      {
        name: 'year',
        type: 'integer',
        description: 'School year year/year+1',
        unit: 'year',
        constraints: {
          required: true,
          minimum: 2014,
          maximum: 2025,
        },
      },
      {
        name: 'trainees',
        type: 'integer',
        description: 'Trainees placed',
        unit: 'persons',
        constraints: {
          required: true,
          minimum: 0,
        },
      },
    ],
    primaryKey: ['institute_id', 'programme_id', 'location_id', 'subject_id', 'year'],
    foreignKeys: [
      {
        fields: ['institute_id'],
        reference: {
          resource: 'institutes',
          fields: ['institute_id'],
        },
      },
      {
        fields: ['programme_id'],
        reference: {
          resource: 'programmes',
          fields: ['programme_id'],
        },
      },
      {
        fields: ['location_id'],
        reference: {
          resource: 'locations',
          fields: ['location_id'],
        },
      },
      {
        fields: ['subject_id'],
        reference: {
          resource: 'subjects',
          fields: ['subject_id'],
        },
      },
    ],
    missingValues: [''],
  },
  graduates: {
    fields: [
      {
        name: 'institute_id',
        type: 'string',
        description: 'Teacher-training institute identifier',
        constraints: {
          required: true,
          pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$',
        },
      },
      {
        name: 'programme_id',
        type: 'string',
        description: 'Teacher-training programme identifier',
        constraints: {
          required: true,
        },
      },
      {
        name: 'subject_id',
        type: 'string',
        description: 'Subject identifier, prefixed with its sector',
        constraints: {
          required: true,
          pattern: '^(vo|vso|mbo)-[a-z]+$',
        },
      },
      {
        name: 'year',
        type: 'integer',
        description: 'Calendar year of the reference date 1 October',
        unit: 'year',
        constraints: {
          required: true,
          minimum: 2014,
          maximum: 2025,
        },
      },
      {
        name: 'placement_board_id',
        type: 'string',
        description: 'Board of the final placement; empty when placed outside the region’s boards',
        constraints: {
          pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$',
        },
      },
      {
        name: 'graduates',
        type: 'integer',
        description: 'Graduates',
        unit: 'persons',
        constraints: {
          required: true,
          minimum: 0,
        },
      },
    ],
    primaryKey: ['institute_id', 'programme_id', 'subject_id', 'year', 'placement_board_id'],
    foreignKeys: [
      {
        fields: ['institute_id'],
        reference: {
          resource: 'institutes',
          fields: ['institute_id'],
        },
      },
      {
        fields: ['programme_id'],
        reference: {
          resource: 'programmes',
          fields: ['programme_id'],
        },
      },
      {
        fields: ['subject_id'],
        reference: {
          resource: 'subjects',
          fields: ['subject_id'],
        },
      },
      {
        fields: ['placement_board_id'],
        reference: {
          resource: 'boards',
          fields: ['board_id'],
        },
      },
    ],
    missingValues: [''],
  },
  hires: {
    fields: [
      {
        name: 'board_id',
        type: 'string',
        description: 'School board (bevoegd gezag) identifier, fictitious',
        constraints: {
          required: true,
          pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$',
        },
      },
      {
        name: 'subject_id',
        type: 'string',
        description: 'Subject identifier, prefixed with its sector',
        constraints: {
          required: true,
          pattern: '^(vo|vso|mbo)-[a-z]+$',
        },
      },
      {
        name: 'year',
        type: 'integer',
        description: 'Calendar year of the reference date 1 October',
        unit: 'year',
        constraints: {
          required: true,
          minimum: 2014,
          maximum: 2025,
        },
      },
      {
        name: 'source',
        type: 'string',
        description: 'Where the hire came from',
        constraints: {
          required: true,
          enum: ['own_placement', 'other_graduate', 'lateral_entrant', 'returner', 'other'],
        },
      },
      {
        name: 'headcount',
        type: 'integer',
        description: 'Teachers hired',
        unit: 'persons',
        constraints: {
          required: true,
          minimum: 0,
        },
      },
      {
        name: 'fte',
        type: 'number',
        description: 'FTE hired',
        unit: 'fte',
        constraints: {
          required: true,
          minimum: 0,
        },
      },
    ],
    primaryKey: ['board_id', 'subject_id', 'year', 'source'],
    foreignKeys: [
      {
        fields: ['board_id'],
        reference: {
          resource: 'boards',
          fields: ['board_id'],
        },
      },
      {
        fields: ['subject_id'],
        reference: {
          resource: 'subjects',
          fields: ['subject_id'],
        },
      },
    ],
    missingValues: [''],
  },
  leavers: {
    fields: [
      {
        name: 'board_id',
        type: 'string',
        description: 'School board (bevoegd gezag) identifier, fictitious',
        constraints: {
          required: true,
          pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$',
        },
      },
      {
        name: 'subject_id',
        type: 'string',
        description: 'Subject identifier, prefixed with its sector',
        constraints: {
          required: true,
          pattern: '^(vo|vso|mbo)-[a-z]+$',
        },
      },
      {
        name: 'age_band',
        type: 'string',
        description: 'Age band on 1 October (65+ = 65 up to the AOW age)',
        constraints: {
          required: true,
          enum: ['<25', '25-29', '30-34', '35-39', '40-44', '45-49', '50-54', '55-59', '60-64', '65+'],
        },
      },
      {
        name: 'year',
        type: 'integer',
        description: 'Calendar year of the reference date 1 October',
        unit: 'year',
        constraints: {
          required: true,
          minimum: 2014,
          maximum: 2025,
        },
      },
      {
        name: 'reason',
        type: 'string',
        description: 'pension (reaching the AOW age) or other',
        constraints: {
          required: true,
          enum: ['pension', 'other'],
        },
      },
      {
        name: 'headcount',
        type: 'integer',
        description: 'Teachers who left',
        unit: 'persons',
        constraints: {
          required: true,
          minimum: 0,
        },
      },
      {
        name: 'fte',
        type: 'number',
        description: 'FTE that left',
        unit: 'fte',
        constraints: {
          required: true,
          minimum: 0,
        },
      },
    ],
    primaryKey: ['board_id', 'subject_id', 'age_band', 'year', 'reason'],
    foreignKeys: [
      {
        fields: ['board_id'],
        reference: {
          resource: 'boards',
          fields: ['board_id'],
        },
      },
      {
        fields: ['subject_id'],
        reference: {
          resource: 'subjects',
          fields: ['subject_id'],
        },
      },
    ],
    missingValues: [''],
  },
  vacancies: {
    fields: [
      {
        name: 'location_id',
        type: 'string',
        description: 'School location: fictitious BRIN (4 characters, 9xXX range) + 2-digit vestigingscode',
        constraints: {
          required: true,
          pattern: '^[0-9]{2}[A-Z]{2}[0-9]{2}$',
        },
      },
      {
        name: 'subject_id',
        type: 'string',
        description: 'Subject identifier, prefixed with its sector',
        constraints: {
          required: true,
          pattern: '^(vo|vso|mbo)-[a-z]+$',
        },
      },
      {
        name: 'year',
        type: 'integer',
        description: 'Calendar year of the reference date 1 October',
        unit: 'year',
        constraints: {
          required: true,
          minimum: 2014,
          maximum: 2025,
        },
      },
      {
        name: 'opened',
        type: 'integer',
        description: 'Vacancies opened in the year',
        unit: 'vacancies',
        constraints: {
          required: true,
          minimum: 0,
        },
      },
      {
        name: 'unfilled',
        type: 'integer',
        description: 'Vacancies still open on 1 October',
        unit: 'vacancies',
        constraints: {
          required: true,
          minimum: 0,
        },
      },
      {
        name: 'unfilled_fte',
        type: 'number',
        description: 'FTE of the vacancies still open on 1 October',
        unit: 'fte',
        constraints: {
          required: true,
          minimum: 0,
        },
      },
    ],
    primaryKey: ['location_id', 'subject_id', 'year'],
    foreignKeys: [
      {
        fields: ['location_id'],
        reference: {
          resource: 'locations',
          fields: ['location_id'],
        },
      },
      {
        fields: ['subject_id'],
        reference: {
          resource: 'subjects',
          fields: ['subject_id'],
        },
      },
    ],
    missingValues: [''],
  },
  lesson_hours: {
    fields: [
      {
        name: 'location_id',
        type: 'string',
        description: 'School location: fictitious BRIN (4 characters, 9xXX range) + 2-digit vestigingscode',
        constraints: {
          required: true,
          pattern: '^[0-9]{2}[A-Z]{2}[0-9]{2}$',
        },
      },
      {
        name: 'subject_id',
        type: 'string',
        description: 'Subject identifier, prefixed with its sector',
        constraints: {
          required: true,
          pattern: '^(vo|vso|mbo)-[a-z]+$',
        },
      },
      {
        name: 'year',
        type: 'integer',
        description: 'Calendar year of the reference date 1 October',
        unit: 'year',
        constraints: {
          required: true,
          minimum: 2014,
          maximum: 2025,
        },
      },
      {
        name: 'hours',
        type: 'integer',
        description: 'Lesson hours given',
        unit: 'hours',
        constraints: {
          required: true,
          minimum: 0,
        },
      },
      {
        name: 'unqualified_hours',
        type: 'integer',
        description: 'Of which given by unqualified staff',
        unit: 'hours',
        constraints: {
          required: true,
          minimum: 0,
        },
      },
    ],
    primaryKey: ['location_id', 'subject_id', 'year'],
    foreignKeys: [
      {
        fields: ['location_id'],
        reference: {
          resource: 'locations',
          fields: ['location_id'],
        },
      },
      {
        fields: ['subject_id'],
        reference: {
          resource: 'subjects',
          fields: ['subject_id'],
        },
      },
    ],
    missingValues: [''],
  },
};

/**
 * The resource names in dependency order.
 * @example
 * OPGAVE_RESOURCES[0] // 'regions'
 */
export const OPGAVE_RESOURCES = Object.keys(OPGAVE_SCHEMAS) as OpgaveResource[];
