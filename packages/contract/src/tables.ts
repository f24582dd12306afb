import {
  AGE_BANDS,
  CONTRACT_YEARS,
  FORECAST_VARIANTS,
  HIRE_SOURCES,
  INSTITUTE_TYPES,
  LEAVER_REASONS,
  SECTORS,
} from './codes.js';
import type { FieldDef, ForeignKeyDef, TableDef } from './types.js';

const { historyStart, historyEnd, forecastBaseStart, forecastEnd } = CONTRACT_YEARS;

// The helpers keep names, types and `required` as literal types: the row types are mapped from them.
const req = { required: true } as const;
const id = <const N extends string>(name: N, description: string, pattern?: string) =>
  ({
    name,
    type: 'string',
    description,
    constraints: pattern ? { required: true, pattern } : { required: true },
  }) as const satisfies FieldDef;
const yearField = (
  description = 'Calendar year of the reference date 1 October',
  min: number = historyStart,
  max: number = historyEnd,
) =>
  ({
    name: 'year',
    type: 'integer',
    description,
    unit: 'year',
    constraints: { required: true, minimum: min, maximum: max },
  }) as const satisfies FieldDef;
const count = <const N extends string>(name: N, description: string, unit = 'persons') =>
  ({
    name,
    type: 'integer',
    description,
    unit,
    constraints: { required: true, minimum: 0 },
  }) as const satisfies FieldDef;
const fte = <const N extends string>(name: N, description: string) =>
  ({
    name,
    type: 'number',
    description,
    unit: 'fte',
    constraints: { required: true, minimum: 0 },
    decimals: 3,
  }) as const satisfies FieldDef;
const sectorField = {
  name: 'sector',
  type: 'string',
  description: 'Sector: vo (secondary), vso (special secondary), mbo (vocational)',
  constraints: { required: true, enum: SECTORS },
} as const satisfies FieldDef;
const fk = (field: string, resource: string, refField = field): ForeignKeyDef => ({
  fields: [field],
  reference: { resource, fields: [refField] },
});

const REGION_ID = '^R[0-9]{2}$';
const CLUSTER_ID = '^R[0-9]{2}-C[0-9]$';
const BOARD_ID = '^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$';
const LOCATION_ID = '^[0-9]{2}[A-Z]{2}[0-9]{2}$';
const INSTITUTE_ID = '^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$';
const SUBJECT_ID = '^(vo|vso|mbo)-[a-z]+$';

const regionId = id('region_id', 'Region (onderwijsregio) identifier', REGION_ID);
const boardId = id('board_id', 'School board (bevoegd gezag) identifier, fictitious', BOARD_ID);
const locationId = id(
  'location_id',
  'School location: fictitious BRIN (4 characters, 9xXX range) + 2-digit vestigingscode',
  LOCATION_ID,
);
const instituteId = id('institute_id', 'Teacher-training institute identifier', INSTITUTE_ID);
const programmeId = id('programme_id', 'Teacher-training programme identifier');
const subjectId = id('subject_id', 'Subject identifier, prefixed with its sector', SUBJECT_ID);
const ageBand = {
  name: 'age_band',
  type: 'string',
  description: 'Age band on 1 October (65+ = 65 up to the AOW age)',
  constraints: { required: true, enum: AGE_BANDS },
} as const satisfies FieldDef;
const nameField = (description: string) =>
  ({
    name: 'name',
    type: 'string',
    description,
    constraints: req,
  }) as const satisfies FieldDef;

/**
 * Every resource of an Opgave dataset, in an order where each foreign key points backwards (the order of
 * datapackage.json). The one definition of the contract: Table Schemas, row types, DuckDB column types and
 * docs/data.md's table are derived from it.
 * @example
 * TABLES.find((t) => t.name === 'pupils')?.primaryKey; // → ['location_id', 'year']
 */
export const TABLES = [
  {
    name: 'regions',
    title: 'Regions',
    description: 'Onderwijsregio’s in the dataset.',
    fields: [regionId, nameField('Region name (fictitious, marked synthetic)')],
    primaryKey: ['region_id'],
    foreignKeys: [],
  },
  {
    name: 'clusters',
    title: 'Clusters',
    description: 'Clusters of school locations and institutes inside a region’s partnership.',
    fields: [id('cluster_id', 'Cluster identifier', CLUSTER_ID), regionId, nameField('Cluster name')],
    primaryKey: ['cluster_id'],
    foreignKeys: [fk('region_id', 'regions')],
  },
  {
    name: 'sectors',
    title: 'Sectors',
    description: 'Education sectors and the annual lesson hours of one full-time teacher.',
    fields: [
      sectorField,
      nameField('Dutch name of the sector'),
      {
        name: 'lesson_hours_per_fte',
        type: 'integer',
        description: 'Annual lesson hours one full-time teacher gives',
        unit: 'hours per fte per year',
        constraints: { required: true, minimum: 1 },
      },
    ],
    primaryKey: ['sector'],
    foreignKeys: [],
  },
  {
    name: 'boards',
    title: 'School boards',
    description: 'School boards (bevoegde gezagen) in the region; names are fictitious.',
    fields: [
      boardId,
      nameField('Board name (fictitious)'),
      { ...sectorField, description: 'Main sector of the board' },
      regionId,
      {
        name: 'partnership_member',
        type: 'boolean',
        description: 'Whether the board takes part in the region’s teacher-training partnership',
        constraints: req,
      },
    ],
    primaryKey: ['board_id'],
    foreignKeys: [fk('region_id', 'regions'), fk('sector', 'sectors')],
  },
  {
    name: 'locations',
    title: 'School locations',
    description:
      'School locations (vestigingen); names are fictitious, coordinates are random points in the municipality.',
    fields: [
      locationId,
      nameField('Location name (fictitious)'),
      boardId,
      id('cluster_id', 'Cluster the location belongs to', CLUSTER_ID),
      sectorField,
      { ...id('municipality_code', 'CBS municipality code', '^GM[0-9]{4}$'), modelReads: false },
      {
        name: 'municipality',
        type: 'string',
        description: 'Municipality name (CBS 2025)',
        constraints: req,
        modelReads: false,
      },
      {
        name: 'partnership_member',
        type: 'boolean',
        description: 'Whether the location’s board is in the partnership',
        constraints: req,
      },
      {
        name: 'latitude',
        type: 'number',
        description: 'Latitude (WGS84) of a random point inside the municipality',
        unit: 'degrees',
        constraints: { required: true, minimum: 50.7, maximum: 53.6 },
        decimals: 5,
        modelReads: false,
      },
      {
        name: 'longitude',
        type: 'number',
        description: 'Longitude (WGS84) of a random point inside the municipality',
        unit: 'degrees',
        constraints: { required: true, minimum: 3.3, maximum: 7.3 },
        decimals: 5,
        modelReads: false,
      },
    ],
    primaryKey: ['location_id'],
    foreignKeys: [fk('board_id', 'boards'), fk('cluster_id', 'clusters'), fk('sector', 'sectors')],
  },
  {
    name: 'institutes',
    title: 'Teacher-training institutes',
    description: 'Teacher-training institutes in the partnership; names are fictitious.',
    fields: [
      instituteId,
      nameField('Institute name (fictitious)'),
      {
        name: 'type',
        type: 'string',
        description: 'hbo (university of applied sciences) or wo (university)',
        constraints: { required: true, enum: INSTITUTE_TYPES },
      },
      regionId,
    ],
    primaryKey: ['institute_id'],
    foreignKeys: [fk('region_id', 'regions')],
  },
  {
    name: 'programmes',
    title: 'Teacher-training programmes',
    description: 'Kinds of teacher-training programme.',
    fields: [
      programmeId,
      {
        name: 'institute_type',
        type: 'string',
        description: 'Type of institute offering it',
        constraints: { required: true, enum: INSTITUTE_TYPES },
      },
      nameField('Dutch name of the programme'),
      {
        name: 'duration_years',
        type: 'integer',
        description: 'Nominal study length L',
        unit: 'years',
        constraints: { required: true, minimum: 1, maximum: 6 },
      },
    ],
    primaryKey: ['programme_id'],
    foreignKeys: [],
  },
  {
    name: 'subjects',
    title: 'Subjects',
    description: 'Subjects (vo) and subject groupings (vso, mbo).',
    fields: [
      subjectId,
      sectorField,
      nameField('Dutch name'),
      { name: 'name_en', type: 'string', description: 'English name', constraints: req },
    ],
    primaryKey: ['subject_id'],
    foreignKeys: [fk('sector', 'sectors')],
  },
  {
    name: 'pupils',
    title: 'Pupils',
    description:
      'Pupils (mbo: students) per location on 1 October; a location appears from the year it opens.',
    fields: [locationId, yearField(), count('pupils', 'Pupils on 1 October', 'pupils')],
    primaryKey: ['location_id', 'year'],
    foreignKeys: [fk('location_id', 'locations')],
  },
  {
    name: 'pupil_forecast',
    title: 'Pupil forecasts',
    description: 'Pupil forecasts per location as made in each base year, with low, mid and high variants.',
    fields: [
      locationId,
      {
        name: 'base_year',
        type: 'integer',
        description: 'Year the forecast was made (last observed 1 October)',
        unit: 'year',
        constraints: { required: true, minimum: forecastBaseStart, maximum: historyEnd },
      },
      yearField('Forecast year (1 October), base_year + 1 … 2040', forecastBaseStart + 1, forecastEnd),
      {
        name: 'variant',
        type: 'string',
        description: 'Forecast variant',
        constraints: { required: true, enum: FORECAST_VARIANTS },
      },
      {
        name: 'pupils',
        type: 'number',
        description: 'Forecast pupils',
        unit: 'pupils',
        constraints: { required: true, minimum: 0 },
        decimals: 1,
      },
    ],
    primaryKey: ['location_id', 'base_year', 'year', 'variant'],
    foreignKeys: [fk('location_id', 'locations')],
  },
  {
    name: 'workforce',
    title: 'Workforce',
    description:
      'Qualified teachers employed on 1 October per location, subject and age band; zero cells are omitted.',
    fields: [
      locationId,
      subjectId,
      ageBand,
      yearField(),
      count('headcount', 'Teachers (persons)'),
      fte('fte', 'Teachers’ FTE'),
    ],
    primaryKey: ['location_id', 'subject_id', 'age_band', 'year'],
    foreignKeys: [fk('location_id', 'locations'), fk('subject_id', 'subjects')],
  },
  {
    name: 'intake',
    title: 'Intake',
    description: 'First-year students per institute, programme and subject; zero rows are omitted.',
    fields: [
      instituteId,
      programmeId,
      subjectId,
      yearField('Year of intake (students enrolled on 1 October)'),
      count('intake', 'First-year students'),
    ],
    primaryKey: ['institute_id', 'programme_id', 'subject_id', 'year'],
    foreignKeys: [
      fk('institute_id', 'institutes'),
      fk('programme_id', 'programmes'),
      fk('subject_id', 'subjects'),
    ],
  },
  {
    name: 'placements',
    title: 'Placements',
    description:
      'Trainees placed at a location of the region for school year year/year+1; zero rows are omitted.',
    fields: [
      instituteId,
      programmeId,
      locationId,
      subjectId,
      yearField('School year year/year+1'),
      count('trainees', 'Trainees placed'),
    ],
    primaryKey: ['institute_id', 'programme_id', 'location_id', 'subject_id', 'year'],
    foreignKeys: [
      fk('institute_id', 'institutes'),
      fk('programme_id', 'programmes'),
      fk('location_id', 'locations'),
      fk('subject_id', 'subjects'),
    ],
  },
  {
    name: 'graduates',
    title: 'Graduates',
    description:
      'Diplomas awarded between 1 October year−1 and 1 October year, by board of the final placement; zero rows are omitted.',
    fields: [
      instituteId,
      programmeId,
      subjectId,
      yearField(),
      {
        name: 'placement_board_id',
        type: 'string',
        description: 'Board of the final placement; empty when placed outside the region’s boards',
        constraints: { pattern: BOARD_ID },
      },
      count('graduates', 'Graduates'),
    ],
    primaryKey: ['institute_id', 'programme_id', 'subject_id', 'year', 'placement_board_id'],
    foreignKeys: [
      fk('institute_id', 'institutes'),
      fk('programme_id', 'programmes'),
      fk('subject_id', 'subjects'),
      fk('placement_board_id', 'boards', 'board_id'),
    ],
  },
  {
    name: 'hires',
    title: 'Hires',
    description:
      'Qualified teachers hired between 1 October year−1 and 1 October year, by source; zero rows are omitted.',
    fields: [
      boardId,
      subjectId,
      yearField(),
      {
        name: 'source',
        type: 'string',
        description: 'Where the hire came from',
        constraints: { required: true, enum: HIRE_SOURCES },
      },
      count('headcount', 'Teachers hired'),
      fte('fte', 'FTE hired'),
    ],
    primaryKey: ['board_id', 'subject_id', 'year', 'source'],
    foreignKeys: [fk('board_id', 'boards'), fk('subject_id', 'subjects')],
  },
  {
    name: 'leavers',
    title: 'Leavers',
    description:
      'Qualified teachers who left between 1 October year−1 and 1 October year; zero rows are omitted.',
    fields: [
      boardId,
      subjectId,
      ageBand,
      yearField(),
      {
        name: 'reason',
        type: 'string',
        description: 'pension (reaching the AOW age) or other',
        constraints: { required: true, enum: LEAVER_REASONS },
      },
      count('headcount', 'Teachers who left'),
      fte('fte', 'FTE that left'),
    ],
    primaryKey: ['board_id', 'subject_id', 'age_band', 'year', 'reason'],
    foreignKeys: [fk('board_id', 'boards'), fk('subject_id', 'subjects')],
  },
  {
    name: 'vacancies',
    title: 'Vacancies',
    description:
      'Vacancies per location and taught subject: opened in the year and still unfilled on 1 October.',
    fields: [
      locationId,
      subjectId,
      yearField(),
      count('opened', 'Vacancies opened in the year', 'vacancies'),
      count('unfilled', 'Vacancies still open on 1 October', 'vacancies'),
      fte('unfilled_fte', 'FTE of the vacancies still open on 1 October'),
    ],
    primaryKey: ['location_id', 'subject_id', 'year'],
    foreignKeys: [fk('location_id', 'locations'), fk('subject_id', 'subjects')],
  },
  {
    name: 'lesson_hours',
    title: 'Lesson hours',
    description:
      'Lesson hours given per location and taught subject in school year year/year+1, and those given by unqualified staff.',
    fields: [
      locationId,
      subjectId,
      yearField(),
      count('hours', 'Lesson hours given', 'hours'),
      count('unqualified_hours', 'Of which given by unqualified staff', 'hours'),
    ],
    primaryKey: ['location_id', 'subject_id', 'year'],
    foreignKeys: [fk('location_id', 'locations'), fk('subject_id', 'subjects')],
  },
] as const satisfies readonly TableDef[];
