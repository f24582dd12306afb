import type { ColumnTable } from 'arquero';
import type { ResourceName as ContractResourceName, RowOf } from '@opgave/contract';

/** One row of a resource: column name → value. */
export type Row = Record<string, unknown>;

/** A resource given as an arquero table or as an array of row objects. */
export type TableInput = ColumnTable | readonly Row[];

/** A row of `regions` (typed from the table contract). */
export type RegionRow = RowOf<'regions'>;
/** A row of `clusters` (typed from the table contract). */
export type ClusterRow = RowOf<'clusters'>;
/** A row of `sectors` (typed from the table contract). */
export type SectorRow = RowOf<'sectors'>;
/** A row of `boards` (typed from the table contract). */
export type BoardRow = RowOf<'boards'>;
/** A row of `locations` (typed from the table contract). */
export type LocationRow = RowOf<'locations'>;
/** A row of `institutes` (typed from the table contract). */
export type InstituteRow = RowOf<'institutes'>;
/** A row of `programmes` (typed from the table contract). */
export type ProgrammeRow = RowOf<'programmes'>;
/** A row of `subjects` (typed from the table contract). */
export type SubjectRow = RowOf<'subjects'>;
/** A row of `pupils` (typed from the table contract). */
export type PupilRow = RowOf<'pupils'>;
/** A row of `pupil_forecast` (typed from the table contract). */
export type PupilForecastRow = RowOf<'pupil_forecast'>;
/** A row of `workforce` (typed from the table contract). */
export type WorkforceRow = RowOf<'workforce'>;
/** A row of `intake` (typed from the table contract). */
export type IntakeRow = RowOf<'intake'>;
/** A row of `placements` (typed from the table contract). */
export type PlacementRow = RowOf<'placements'>;
/** A row of `graduates` (typed from the table contract). */
export type GraduateRow = RowOf<'graduates'>;
/** A row of `hires` (typed from the table contract). */
export type HireRow = RowOf<'hires'>;
/** A row of `leavers` (typed from the table contract). */
export type LeaverRow = RowOf<'leavers'>;
/** A row of `vacancies` (typed from the table contract). */
export type VacancyRow = RowOf<'vacancies'>;
/** A row of `lesson_hours` (typed from the table contract). */
export type LessonHoursRow = RowOf<'lesson_hours'>;

/** Dataset-level facts from the `opgave` block of datapackage.json. */
export interface DatasetMeta {
  historyStart: number;
  historyEnd: number;
  synthetic?: boolean;
  [key: string]: unknown;
}

/** Every table of the contract as an array of its typed rows: `boards: RowOf<'boards'>[]` (that is, `BoardRow[]`), … */
export type DatasetTables = { [K in ContractResourceName]: RowOf<K>[] };

/**
 * A dataset after normalisation: every resource of the table contract (`@opgave/contract`'s
 * `RESOURCE_NAMES`) an array of typed rows, e.g. `regions: RegionRow[]`, `workforce: WorkforceRow[]`.
 */
export interface Dataset extends DatasetTables {
  meta: DatasetMeta;
}

/** Names of the resources of a dataset. */
export type ResourceName = Exclude<keyof Dataset, 'meta'>;

/** A dataset as users may pass it: each resource an arquero table or an array of rows. */
export type DatasetInput = { meta?: Partial<DatasetMeta> } & { [K in ResourceName]?: TableInput };
