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
