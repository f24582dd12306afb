/**
 * @opgave/synthetic — the seeded person-level simulator behind Opgave's synthetic datasets, and the true
 * parameters of its world (for calibration tests).
 */
export { generate, trueParameters, type GenerateOptions, type GenerateResult } from './generate.ts';
export { createRandom, hashString, type Random } from './random.ts';
export * from './parameters.ts';
export {
  AGE_BANDS,
  FORECAST_VARIANTS,
  HIRE_SOURCES,
  LEAVER_REASONS,
  PROGRAMMES,
  PROGRAMME_SUBJECTS,
  SECTORS,
  SECTOR_INFO,
  SUBJECTS,
  VO_PROFILE_MULTIPLIERS,
  ageBandIndex,
  type Programme,
  type Sector,
  type Subject,
} from './catalogue.ts';
export { rotterdamSpec } from './region-specs.ts';
export { congestionFactor } from './simulate-teachers.ts';
export {
  buildRegion,
  bindingProbability,
  type Board,
  type Cluster,
  type Location,
  type Region,
} from './region.ts';
export { generatorParameters, type YearSummary } from './generator-parameters.ts';
export { dataPackage } from './datapackage.ts';
export { formatNumber } from './write-csv.ts';
