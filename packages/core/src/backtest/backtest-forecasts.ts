import type { Dataset } from '../schema/types.js';
import type { Scenario } from '../levers/scenario.js';
import { observedSeries, BACKTEST_MEASURES } from './observed-series.js';
import type { BacktestMeasure } from './observed-series.js';
import type { BacktestLevel } from '../dataset/backtest-levels.js';
import { backtestSelector, subjectUnit } from '../dataset/backtest-levels.js';
import { originForecast } from './origin-forecast.js';
import type { BacktestPupils } from './origin-forecast.js';
import { lastValueForecast } from './last-value-forecast.js';
import { linearTrendForecast } from './linear-trend-forecast.js';
import { naiveScale } from './mase.js';

/** Options of backtestForecasts. */
export interface BacktestForecastsOptions {
  /** Origins, each a year with at least two years of history. */
  origins: number[];
  /** Largest horizon in years (default 5). */
  horizon?: number;
  /** Levels compared (default region, cluster, board, subject). */
  levels?: readonly BacktestLevel[];
  /** Years fitted by the linear-trend baseline (default 4). */
  trendYears?: number;
  /** Pupils from the forecast vintage of the origin (default) or held at the last count. */
  pupils?: BacktestPupils;
  /** Last year whose outcomes may be read (default meta.historyEnd): forecasts of later years are left out. */
  outcomesUpTo?: number;
  /** Scenario of the model forecasts (default none). */
  scenario?: Scenario;
}

/** A deterministic forecast compared with what happened. */
export interface BacktestForecastRow {
  origin: number;
  year: number;
  horizon: number;
  level: BacktestLevel;
  unit: string;
  measure: BacktestMeasure;
  actual: number;
  model: number;
  last_value: number;
  linear_trend: number;
  /** naiveScale of the observed series up to the origin (MASE denominator). */
  scale: number;
}

const seriesCache = new WeakMap<Dataset, Map<string, Float64Array>>();

function observedAll(data: Dataset): Map<string, Float64Array> {
  let s = seriesCache.get(data);
  if (!s) seriesCache.set(data, (s = observedSeries(data, ['region', 'cluster', 'board', 'subject'])));
  return s;
}

/**
 * Point forecasts of the model (originForecast, cached), the last value and the linear trend from each origin,
 * beside the observed outcome, without simulation: the fast path that backtest, combineForecasts and
 * structuralError share. A forecast from T reads no data after T; outcomes are read up to `outcomesUpTo`.
 * @param data dataset
 * @param options origins, horizon (5), levels, trendYears (4), pupils ('vintage'), outcomesUpTo, scenario
 * @returns one row per origin, level, unit, measure and horizon, in that order
 * @example
 * backtestForecasts(data, { origins: [2018, 2019], outcomesUpTo: 2020 }); // outcomes of 2019 and 2020 only
 */
export function backtestForecasts(data: Dataset, options: BacktestForecastsOptions): BacktestForecastRow[] {
  const { historyStart, historyEnd } = data.meta;
  const H = options.horizon ?? 5;
  const levels = options.levels ?? ['region', 'cluster', 'board', 'subject'];
  const trendYears = options.trendYears ?? 4;
  const upTo = Math.min(options.outcomesUpTo ?? historyEnd, historyEnd);
  const observed = observedAll(data);
  const rows: BacktestForecastRow[] = [];
  for (const T of options.origins) {
    const h = Math.min(H, upTo - T);
    if (h < 1) continue;
    const { projection: p } = originForecast(data, T, {
      pupils: options.pupils,
      scenario: options.scenario,
    });
    const unitsOf = (level: BacktestLevel): string[] => {
      if (level === 'region') return p.model.regions;
      if (level === 'cluster') return p.model.clusters;
      if (level === 'board') return p.model.boards;
      return p.model.regions.flatMap((r) => p.model.subjects.map((s) => subjectUnit(r, s)));
    };
    for (const level of levels) {
      for (const unit of unitsOf(level)) {
        const selector = backtestSelector(level, unit);
        for (const measure of BACKTEST_MEASURES) {
          const series = observed.get(`${level}|${unit}|${measure}`);
          if (!series) continue;
          const history = series.subarray(0, T - historyStart + 1);
          const last = lastValueForecast(history, h);
          const trend = linearTrendForecast(history, h, trendYears);
          const scale = naiveScale(history);
          for (let k = 1; k <= h; k++) {
            const year = T + k;
            let model: number;
            try {
              model = p.value(measure, year, selector);
            } catch {
              continue; // a unit without leaves at the origin has no forecast
            }
            rows.push({
              origin: T,
              year,
              horizon: k,
              level,
              unit,
              measure,
              actual: series[year - historyStart],
              model,
              last_value: last[k - 1],
              linear_trend: trend[k - 1],
              scale,
            });
          }
        }
      }
    }
  }
  return rows;
}
