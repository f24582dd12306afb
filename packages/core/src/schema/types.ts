import type { ColumnTable } from 'arquero';

/** One row of a resource: column name → value. */
export type Row = Record<string, unknown>;

/** A resource given as an arquero table or as an array of row objects. */
export type TableInput = ColumnTable | readonly Row[];

export interface RegionRow {
  region_id: string;
  name: string;
}
export interface ClusterRow {
  cluster_id: string;
  region_id: string;
  name: string;
}
export interface SectorRow {
  sector: string;
  name: string;
  lesson_hours_per_fte: number;
}
export interface BoardRow {
  board_id: string;
  name: string;
  sector: string;
  region_id: string;
  partnership_member: boolean;
}
export interface LocationRow {
  location_id: string;
  name: string;
  board_id: string;
  cluster_id: string;
  sector: string;
  partnership_member: boolean;
}
export interface InstituteRow {
  institute_id: string;
  name: string;
  type: string;
  region_id: string;
}
export interface ProgrammeRow {
  programme_id: string;
  institute_type: string;
  name: string;
  duration_years: number;
}
export interface SubjectRow {
  subject_id: string;
  sector: string;
  name: string;
  name_en: string;
}
export interface PupilRow {
  location_id: string;
  year: number;
  pupils: number;
}
export interface PupilForecastRow {
  location_id: string;
  base_year: number;
  year: number;
  variant: string;
  pupils: number;
}
export interface WorkforceRow {
  location_id: string;
  subject_id: string;
  age_band: string;
  year: number;
  headcount: number;
  fte: number;
}
export interface IntakeRow {
  institute_id: string;
  programme_id: string;
  subject_id: string;
  year: number;
  intake: number;
}
export interface PlacementRow {
  institute_id: string;
  programme_id: string;
  location_id: string;
  subject_id: string;
  year: number;
  trainees: number;
}
export interface GraduateRow {
  institute_id: string;
  programme_id: string;
  subject_id: string;
  year: number;
  placement_board_id: string | null;
  graduates: number;
}
export interface HireRow {
  board_id: string;
  subject_id: string;
  year: number;
  source: string;
  headcount: number;
  fte: number;
}
export interface LeaverRow {
  board_id: string;
  subject_id: string;
  age_band: string;
  year: number;
  reason: string;
  headcount: number;
  fte: number;
}
export interface VacancyRow {
  location_id: string;
  subject_id: string;
  year: number;
  opened: number;
  unfilled: number;
  unfilled_fte: number;
}
export interface LessonHoursRow {
  location_id: string;
  subject_id: string;
  year: number;
  hours: number;
  unqualified_hours: number;
}

/** Dataset-level facts from the `opgave` block of datapackage.json. */
export interface DatasetMeta {
  historyStart: number;
  historyEnd: number;
  synthetic?: boolean;
  [key: string]: unknown;
}

/** A dataset after normalisation: every resource an array of typed rows. */
export interface Dataset {
  meta: DatasetMeta;
  regions: RegionRow[];
  clusters: ClusterRow[];
  sectors: SectorRow[];
  boards: BoardRow[];
  locations: LocationRow[];
  institutes: InstituteRow[];
  programmes: ProgrammeRow[];
  subjects: SubjectRow[];
  pupils: PupilRow[];
  pupil_forecast: PupilForecastRow[];
  workforce: WorkforceRow[];
  intake: IntakeRow[];
  placements: PlacementRow[];
  graduates: GraduateRow[];
  hires: HireRow[];
  leavers: LeaverRow[];
  vacancies: VacancyRow[];
  lesson_hours: LessonHoursRow[];
}

/** Names of the resources of a dataset. */
export type ResourceName = Exclude<keyof Dataset, 'meta'>;

/** A dataset as users may pass it: each resource an arquero table or an array of rows. */
export type DatasetInput = { meta?: Partial<DatasetMeta> } & { [K in ResourceName]?: TableInput };
