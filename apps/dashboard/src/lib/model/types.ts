/** Whether a point is measured (history) or projected by the model (forecast). */
export type Phase = 'history' | 'forecast';

/** One year of a unit's baseline: demand, supply and the shortage, in FTE, and the shortage in %. */
export interface BaselinePoint {
  year: number;
  phase: Phase;
  /** Werkgelegenheid: required teaching FTE (filled + unfilled). */
  demandFte: number;
  /** Bevoegd aanbod: qualified teachers' FTE on 1 October. */
  supplyFte: number;
  /** Totaal tekort: hidden + unfilled. */
  totalShortageFte: number;
  /** Verborgen tekort: lessons given by unqualified staff, in FTE. */
  hiddenShortageFte: number;
  /** Onvervuld: open vacancies, in FTE. */
  unfilledFte: number;
  /** Total shortage as a percentage of demand (0–100). */
  shortagePct: number;
}

/** The baseline series of the region or of one cluster. */
export interface BaselineUnit {
  level: 'region' | 'cluster';
  unitId: string;
  name: string;
  /** Measured, `historyStart … baseYear`. */
  history: BaselinePoint[];
  /** The model's, `baseYear … baseYear + horizon` (the base year is the model's start). */
  forecast: BaselinePoint[];
}

/** What the model's worker sends back: compact series per unit, the region first. */
export interface Baseline {
  /** The last history year, where the model starts (t₀). */
  baseYear: number;
  /** `baseYear + 1`: the first projected year. */
  firstForecastYear: number;
  historyStart: number;
  lastYear: number;
  units: BaselineUnit[];
  /** Milliseconds spent in the worker per step. */
  timings: { parse: number; calibrate: number; project: number; shape: number };
}

/** Request to the model's worker. */
export interface BaselineRequest {
  id: number;
  /** The parsed `datapackage.json`. */
  descriptor: unknown;
  /** The bytes of each resource file, by its `path` in the package. */
  files: Record<string, Uint8Array>;
  horizon: number;
}

/** Answer of the model's worker. */
export type BaselineResponse =
  { id: number; ok: true; baseline: Baseline } | { id: number; ok: false; message: string };
