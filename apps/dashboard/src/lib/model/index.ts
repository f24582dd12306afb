// Types and pure helpers only: the worker client (`run-site-model`) is imported dynamically in the
// browser, so neither the worker nor @opgave/core reaches server rendering.
export type { BaselinePoint, BaselineUnit, Phase } from './types';
export { baselineUnits, pointAt, toPoints, yearlyPoints } from './baseline-series';
