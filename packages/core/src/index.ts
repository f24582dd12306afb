// Public API of @opgave/core (Node-only loading lives in @opgave/core/node).
export { AGE_BANDS, SOURCES, SECTORS, LEVELS, ALL } from './schema/constants.js';
export type { AgeBand, Source, Level } from './schema/constants.js';
export type * from './schema/types.js';
export { RESOURCE_COLUMNS, RESOURCE_NAMES, RESOURCE_OPTIONAL_COLUMNS } from './schema/resources.js';
export { toDataset } from './schema/to-dataset.js';
export { parseCsv } from './io/parse-csv.js';
export type { ColumnType, ParseCsvOptions } from './io/parse-csv.js';
export { datasetFromPackage, parseResource } from './io/dataset-from-package.js';
export type { DataPackageDescriptor, DatasetFromPackageOptions } from './io/dataset-from-package.js';
export { calibrate } from './calibrate/calibrate.js';
export type { CalibrateOptions } from './calibrate/calibrate.js';
export { withParams } from './calibrate/params.js';
export type { Params, ParamsOverride } from './calibrate/params.js';
export { historicalDemand } from './calibrate/estimate-demand-rates.js';
export { project, prepare, projectModel } from './projection/project.js';
export type { ProjectOptions } from './projection/project.js';
export type { Projection, SeriesSelector } from './projection/projection.js';
export type { Model } from './model/model.js';
export { MEASURES } from './projection/measures.js';
export type { Measure } from './projection/measures.js';
export { LEAF_MEASURES } from './projection/kernel.js';
export { LEVERS } from './levers/scenario.js';
export type { Scenario, IntakeChange, LeverSpec } from './levers/scenario.js';
export { validateScenario } from './levers/validate-scenario.js';
export { runScenario } from './scenario/run-scenario.js';
export type { ScenarioResult } from './scenario/run-scenario.js';
export { explainChange, DRIVERS } from './drivers/explain-change.js';
export type { ExplainOptions } from './drivers/explain-change.js';
export { requiredIntake } from './required-intake/required-intake.js';
export type {
  IntakeLimit,
  IntakeTarget,
  RequiredIntakeOptions,
  RequiredIntakeResult,
  SubjectIntake,
} from './required-intake/required-intake.js';
export { createRandom, createDrawRandom } from './uncertainty/random.js';
export type { Random } from './uncertainty/random.js';
export { sampleNormal } from './uncertainty/sample-normal.js';
export { sampleGamma } from './uncertainty/sample-gamma.js';
export { sampleBeta, sampleRate } from './uncertainty/sample-beta.js';
export { QUANTILES, QUANTILE_NAMES, quantileSorted } from './uncertainty/quantile-sorted.js';
export type { QuantileName } from './uncertainty/quantile-sorted.js';
export { parameterTrials } from './uncertainty/parameter-trials.js';
export type { ParameterTrials } from './uncertainty/parameter-trials.js';
export { pupilForecastError } from './uncertainty/pupil-forecast-error.js';
export type { PupilForecastError } from './uncertainty/pupil-forecast-error.js';
export { simulate, SIMULATION_MEASURES, PROGRESS_EVERY } from './uncertainty/simulate.js';
export type {
  SimulateOptions,
  SimulationResult,
  SimulationGroup,
  SimulationMeasure,
} from './uncertainty/simulate.js';
export { simulationSummary, simulationQuantile } from './uncertainty/simulation-summary.js';
export type { SimulationSummaryRow, SimulationSummaryOptions } from './uncertainty/simulation-summary.js';
export { sliceHistory } from './dataset/slice-history.js';
export { mae } from './backtest/mae.js';
export { smape } from './backtest/smape.js';
export { mase, naiveScale } from './backtest/mase.js';
export { lastValueForecast } from './backtest/last-value-forecast.js';
export { linearTrendForecast } from './backtest/linear-trend-forecast.js';
export { observedSeries, BACKTEST_MEASURES } from './backtest/observed-series.js';
export type { BacktestMeasure } from './backtest/observed-series.js';
export { backtest, BACKTEST_METHODS, BACKTEST_BASELINES, BACKTEST_BANDS } from './backtest/backtest.js';
export type {
  BacktestOptions,
  BacktestResult,
  BacktestRow,
  BacktestMetric,
  BacktestCoverage,
  BacktestComparison,
  BacktestMethod,
  BacktestBaseline,
  BacktestBand,
} from './backtest/backtest.js';
export { BACKTEST_LEVELS, subjectUnit, backtestSelector } from './dataset/backtest-levels.js';
export type { BacktestLevel } from './dataset/backtest-levels.js';
export { winCountBootstrap } from './backtest/win-count-bootstrap.js';
export type { WinCount, WinCell, WinCountOptions } from './backtest/win-count-bootstrap.js';
export { calibratedBandPass, passCountDistribution } from './backtest/calibrated-band-pass.js';
export type { BandPassOptions } from './backtest/calibrated-band-pass.js';
export { originForecast } from './backtest/origin-forecast.js';
export type { OriginForecast, OriginForecastOptions, BacktestPupils } from './backtest/origin-forecast.js';
export { backtestForecasts } from './backtest/backtest-forecasts.js';
export type { BacktestForecastsOptions, BacktestForecastRow } from './backtest/backtest-forecasts.js';
export { combinationWeight } from './backtest/combination-weight.js';
export type { CombinationEvidence } from './backtest/combination-weight.js';
export { combineForecasts, UNIT_SHRINKAGE } from './backtest/combine-forecasts.js';
export type { CombineForecastsOptions, CombinedForecastRow } from './backtest/combine-forecasts.js';
export {
  structuralError,
  centredErrors,
  horizonErrors,
  pooledErrors,
  randomWalkFloor,
} from './backtest/structural-error.js';
export type { StructuralError, StructuralErrorOptions } from './backtest/structural-error.js';
export { pairedBootstrap } from './backtest/paired-bootstrap.js';
export type { PairedForecast, PairedDifference } from './backtest/paired-bootstrap.js';
export { addStructuralError } from './uncertainty/add-structural-error.js';
export type { StructuralErrorTarget } from './uncertainty/add-structural-error.js';
export { loadDatasetFromUrls } from './io/load-dataset-from-urls.js';
export type { DatasetUrlOptions } from './io/load-dataset-from-urls.js';
export { loadDatasetFromFiles } from './io/load-dataset-from-files.js';
export type { TextFile } from './io/load-dataset-from-files.js';
export { datasetFromTables } from './io/dataset-from-tables.js';
export type { AnyDatasetInput, AnyTableInput, ArrowTableLike } from './io/dataset-from-tables.js';
export { toCsv } from './io/to-csv.js';
export { toParquet } from './io/to-parquet.js';
export { resultsColumns } from './io/results-columns.js';
export type { ResultsInput, ResultsColumn } from './io/results-columns.js';
