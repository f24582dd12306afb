import type { CalibratedDataset } from './calibrated-dataset';
import type { ClusterOverview } from './cluster-overview';

/** Levels the pages show: the region, its clusters and the school boards. */
export type UnitLevel = 'region' | 'cluster' | 'board';

/** A unit of the region: its id, name and where it belongs. */
export interface SiteUnit {
  level: UnitLevel;
  id: string;
  name: string;
  /** Clusters the unit has locations in (a board can span clusters). */
  clusterIds: string[];
  /** Sector of a board (`vo`, `vso`, `mbo`). */
  sector?: string;
  /** Whether a board is a member of the partnership. */
  member?: boolean;
}

/** A teaching subject. */
export interface SiteSubject {
  id: string;
  name: string;
  nameEn: string;
  sector: string;
}

/** One unit, subject key and year: demand, supply and the shortage (measured or the model's). */
export interface SeriesRow {
  level: UnitLevel;
  unit: string;
  /** A subject id, `all-<sector>` or `all`. */
  subject: string;
  year: number;
  demandFte: number;
  supplyFte: number;
  totalShortageFte: number;
  /** Verborgen tekort: lessons given by unqualified staff, FTE. */
  hiddenShortageFte: number;
  /** Onvervuld: open vacancies, FTE. */
  unfilledFte: number;
  shortagePct: number;
}

/** The model's flows of a unit in a year (subject `all`), FTE. */
export interface FlowRow {
  level: UnitLevel;
  unit: string;
  year: number;
  ownPlacement: number;
  otherGraduate: number;
  lateralEntrant: number;
  returner: number;
  other: number;
}

/** One driver of the change of the total shortage of a unit from `year − 1` to `year` (explainChange). */
export interface DriverRow {
  level: UnitLevel;
  unit: string;
  year: number;
  driver: string;
  value: number;
}

/** Qualified FTE of a unit by age band: in the base year and as the model projects it ten years on. */
export interface AgeRow {
  level: UnitLevel;
  unit: string;
  band: string;
  baseFte: number;
  laterFte: number;
}

/** Graduates placed at a board and own-placement hires of that board, per year (persons). */
export interface BindingRow {
  board: string;
  year: number;
  placedGraduates: number;
  ownPlacementHires: number;
}

/** A school location for the map: where it is, its pupils, and the model's demand and shortage by year. */
export interface SiteLocation {
  id: string;
  name: string;
  board: string;
  cluster: string;
  municipalityCode: string;
  municipality: string;
  latitude: number;
  longitude: number;
  /** Pupils in the base year. */
  pupils: number;
  /** By year from the base year: the model's demand FTE. */
  demandFte: number[];
  /** By year from the base year: the model's total shortage FTE. */
  totalShortageFte: number[];
}

/** Quantiles of a simulated measure of a unit, subject and year. */
export interface BandRow {
  level: UnitLevel;
  unit: string;
  subject: string;
  measure: string;
  year: number;
  p5: number;
  p10: number;
  p25: number;
  p50: number;
  p75: number;
  p90: number;
  p95: number;
}

/** Everything the pages read from the model: compact rows, built once in the worker. */
export interface SiteResult {
  baseYear: number;
  lastYear: number;
  historyStart: number;
  units: SiteUnit[];
  subjects: SiteSubject[];
  /** Measured, `historyStart … baseYear`, per unit and subject key. */
  history: SeriesRow[];
  /** The model's, `baseYear … lastYear`, per unit and subject key. */
  forecast: SeriesRow[];
  flows: FlowRow[];
  drivers: DriverRow[];
  ages: AgeRow[];
  binding: BindingRow[];
  locations: SiteLocation[];
  /** Milliseconds per step in the worker. */
  timings: Record<string, number>;
}

/** The simulated bands and how they were made. */
export interface SiteBands {
  draws: number;
  seed: number;
  rows: BandRow[];
  ms: number;
}

/** Request to the site's model worker. */
export interface SiteRequest {
  type: 'site';
  descriptor: unknown;
  files: Record<string, Uint8Array>;
  horizon: number;
  draws: number;
}

/**
 * Messages of the site's model worker: first the measured overview, then the result, the calibrated dataset
 * (for the scenario studio), then progress by draw and the bands (or an error at either step).
 */
export type SiteMessage =
  | { type: 'overview'; overview: ClusterOverview }
  | { type: 'result'; result: SiteResult }
  | { type: 'calibrated'; calibrated: CalibratedDataset }
  | { type: 'progress'; done: number; total: number }
  | { type: 'bands'; bands: SiteBands }
  | { type: 'error'; stage: 'result' | 'bands'; message: string };
