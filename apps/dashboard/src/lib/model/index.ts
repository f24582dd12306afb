// Types and pure helpers only: the worker client (`run-site-model`) is imported dynamically in the
// browser, so neither the worker nor @opgave/core reaches server rendering. The baseline series' shape
// and its point pickers belong to the charts that draw them (@opgave/charts).
export type { BaselinePoint, BaselineUnit, Phase } from '@opgave/charts';
export { pointAt, yearlyPoints } from '@opgave/charts';
export { baselineUnits, toPoints } from './baseline-series';
