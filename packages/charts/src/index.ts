/**
 * @opgave/charts — Opgave's charts, defined once for the dashboard and the CLI report: one palette and one
 * function per chart that turns data and options into an Observable Plot figure. Pure: no Svelte, no
 * DuckDB. In a browser the figure is drawn in the page's document; in Node pass one (linkedom, jsdom) as
 * the `document` option.
 */
export {
  ageColors,
  bindingColors,
  changeColors,
  clusterColors,
  frameColors,
  heatScale,
  inflowSourceColors,
  measureColors,
  okabeIto,
  scenarioBandOpacity,
  scenarioColors,
  seriesColor,
} from './palette.js';
export type { ChartDocument } from './chart-document.js';
export type { BaselinePoint, BaselineUnit, Phase } from './baseline-unit.js';
export { pointAt, yearlyPoints } from './baseline-points.js';
export {
  baselineLabelsNl,
  forecastBand,
  niceCeiling,
  yearAxis,
  yearPointer,
  type BaselineFrame,
  type BaselineLabels,
} from './baseline-frame.js';
export { yearTicks } from './year-ticks.js';
export { agePyramidChart, type AgeBar, type AgePyramidChartOptions } from './age-pyramid-chart.js';
export { bandLinesChart, type BandLinePoint, type BandLinesChartOptions } from './band-lines-chart.js';
export { bindingChart, type BindingChartOptions, type BindingYear } from './binding-chart.js';
export {
  clusterLineChart,
  type ClusterLineChartOptions,
  type ClusterLineRow,
  type NumericKey,
} from './cluster-line-chart.js';
export { demandSupplyChart, type DemandSupplyChartOptions } from './demand-supply-chart.js';
export { fanChart, type FanChartOptions, type YearBand, type YearValue } from './fan-chart.js';
export { heatmapChart, type HeatCell, type HeatmapChartOptions } from './heatmap-chart.js';
export { inflowChart, type InflowChartOptions, type InflowPart } from './inflow-chart.js';
export { municipalityBarChart, type MunicipalityBarChartOptions } from './municipality-bar-chart.js';
export { rankedBarChart, type RankedBar, type RankedBarChartOptions } from './ranked-bar-chart.js';
export { scenarioChart, type ScenarioChartOptions, type ScenarioPoint } from './scenario-chart.js';
export {
  scenarioCompareChart,
  type ComparePoint,
  type ScenarioCompareChartOptions,
} from './scenario-compare-chart.js';
export { shortageChart, type ShortageChartOptions } from './shortage-chart.js';
export {
  shortageMapChart,
  type MapArea,
  type MapDot,
  type ShortageMapChartOptions,
} from './shortage-map-chart.js';
export { waterfallChart, type WaterfallChartOptions, type WaterfallStep } from './waterfall-chart.js';
