// Types and pure helpers only: the worker client (`run-baseline`) is imported dynamically in the
// browser, so neither the worker nor @opgave/core reaches server rendering.
export type { Baseline, BaselinePoint, BaselineUnit, Phase } from './types';
export { historyByUnit, forecastPoints, pointAt, yearlyPoints, type HistoricalCell } from './baseline-series';
