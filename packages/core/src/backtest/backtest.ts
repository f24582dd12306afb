import type { Dataset, DatasetInput } from '../schema/types.js';
import { toDataset } from '../schema/to-dataset.js';
import type { Level } from '../schema/constants.js';
import { calibrate } from '../calibrate/calibrate.js';
import type { Scenario } from '../scenario/scenario.js';
import { project } from '../projection/project.js';
import { simulate } from '../uncertainty/simulate.js';
import { simulationQuantile } from '../uncertainty/simulation-summary.js';
import { sliceHistory } from './slice-history.js';
import { BACKTEST_MEASURES, observedSeries } from './observed-series.js';
import type { BacktestMeasure } from './observed-series.js';
import { lastValueForecast } from './last-value-forecast.js';
import { linearTrendForecast } from './linear-trend-forecast.js';
import { mae } from './mae.js';
import { smape } from './smape.js';
import { mase, naiveScale } from './mase.js';

/** Forecast methods compared by backtest. */
export const BACKTEST_METHODS = ['model', 'last_value', 'linear_trend'] as const;
/** A forecast method. */
export type BacktestMethod = (typeof BACKTEST_METHODS)[number];

/** Options of backtest. */
export interface BacktestOptions {
  /** Largest horizon in years (default 5, at most 5). */
  horizon?: number;
  /** Years of history an origin needs, the origin included (default 4). */
  minHistory?: number;
  /** Levels compared (default region, cluster, board). */
  levels?: Exclude<Level, 'location'>[];
  /** Draws of simulate for the bands at each origin (default 1000; 0 skips the bands). */
  draws?: number;
  /** Seed of simulate (default 20251001). */
  seed?: number;
  /** Years fitted by the linear-trend baseline (default 4). */
  trendYears?: number;
  /** Origins to run (default every year from historyStart + minHistory − 1 to historyEnd − 1). */
  origins?: number[];
  /** Scenario of the model forecasts (default none). */
  scenario?: Scenario;
  /** Called with (origins done, total origins) after each origin; it must not throw. */
  onProgress?: (done: number, total: number) => void;
}

/** One forecast compared with what happened. */
export interface BacktestRow {
  origin: number;
  year: number;
  horizon: number;
  level: Level;
  unit: string;
  measure: BacktestMeasure;
  actual: number;
  model: number;
  last_value: number;
  linear_trend: number;
  /** Bands of simulate at the origin (NaN when draws = 0). */
  p5: number;
  p10: number;
  p90: number;
  p95: number;
  /** naiveScale of the observed series up to the origin (MASE denominator). */
  scale: number;
}

/** Accuracy of one method per level, measure and horizon, over origins and units. */
export interface BacktestMetric {
  level: Level;
  measure: BacktestMeasure;
  horizon: number;
  method: BacktestMethod;
  n: number;
  mae: number;
  smape: number;
  mase: number;
}

/** Share of outcomes inside the 80 % (p10–p90) or 90 % (p5–p95) band. */
export interface BacktestCoverage {
  level: Level;
  measure: BacktestMeasure;
  horizon: number;
  band: 80 | 90;
  n: number;
  coverage: number;
}

/** Result of backtest: plain rows. */
export interface BacktestResult {
  origins: number[];
  horizon: number;
  rows: BacktestRow[];
  metrics: BacktestMetric[];
  coverage: BacktestCoverage[];
  /** How pupils were projected from each origin: the forecast vintage used, or none (held at the last observed value). */
  pupilVintage: Record<number, number | null>;
}

/**
 * Rolling-origin backtest: for each origin T with at least `minHistory` years behind it, calibrate on years ≤ T
 * only (sliceHistory), forecast T+1 … T+h with the model, the last value and a linear trend, and compare with
 * the observed values; MAE, sMAPE and MASE per level, measure and horizon, and the coverage of simulate's 80 %
 * and 90 % bands. The forecasts from T read no data after T (pupil forecasts only of vintages ≤ T).
 * @param input dataset
 * @param options horizon (5), minHistory (4), levels, draws (1000), seed, trendYears (4), origins, scenario, onProgress
 * @returns rows, metrics and coverage
 * @example
 * const { metrics } = backtest(data, { horizon: 5, draws: 500 });
 * metrics.filter((m) => m.level === 'region' && m.measure === 'total_shortage_fte');
 */
export function backtest(input: DatasetInput | Dataset, options: BacktestOptions = {}): BacktestResult {
  const data = toDataset(input);
  const { historyStart, historyEnd } = data.meta;
  const H = options.horizon ?? 5;
  if (!Number.isInteger(H) || H < 1 || H > 5)
    throw new RangeError(`backtest: horizon ${H} is not a whole number of years from 1 to 5`);
  const minHistory = options.minHistory ?? 4;
  const levels = options.levels ?? ['region', 'cluster', 'board'];
  const draws = options.draws ?? 1000;
  const trendYears = options.trendYears ?? 4;
  const observed = observedSeries(data, levels);
  const all: number[] = [];
  for (let T = historyStart + minHistory - 1; T < historyEnd; T++) all.push(T);
  for (const T of options.origins ?? [])
    if (!all.includes(T))
      throw new RangeError(
        `backtest: origin ${T} is not a year from ${historyStart + minHistory - 1} to ${historyEnd - 1}`,
      );
  const origins = options.origins ? [...options.origins].sort((a, b) => a - b) : all;
  if (!origins.length)
    throw new RangeError(
      `backtest: history ${historyStart}–${historyEnd} is too short for ${minHistory} years before an origin`,
    );
  const rows: BacktestRow[] = [];
  const pupilVintage: Record<number, number | null> = {};
  for (const [done, T] of origins.entries()) {
    const then = sliceHistory(data, T);
    const h = Math.min(H, historyEnd - T);
    const params = calibrate(then);
    const p = project(then, { params, horizon: h, scenario: options.scenario });
    let vintage = -Infinity;
    for (const r of then.pupil_forecast) if (r.base_year > vintage) vintage = r.base_year;
    pupilVintage[T] = Number.isFinite(vintage) ? vintage : null;
    const sim =
      draws > 0
        ? simulate(then, {
            params,
            horizon: h,
            draws,
            seed: options.seed,
            scenario: options.scenario,
            measures: [...BACKTEST_MEASURES],
            subjectLevels: [],
          })
        : undefined;
    const units = new Map<Level, string[]>([
      ['region', p.model.regions],
      ['cluster', p.model.clusters],
      ['board', p.model.boards],
    ]);
    for (const level of levels) {
      for (const unit of units.get(level) ?? []) {
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
              model = p.value(measure, year, { level, unit });
            } catch {
              continue; // a unit without leaves at the origin has no forecast
            }
            const q = (name: 'p5' | 'p10' | 'p90' | 'p95') =>
              sim ? simulationQuantile(sim, measure, year, name, { level, unit }) : NaN;
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
              p5: q('p5'),
              p10: q('p10'),
              p90: q('p90'),
              p95: q('p95'),
              scale,
            });
          }
        }
      }
    }
    options.onProgress?.(done + 1, origins.length);
  }
  const metrics: BacktestMetric[] = [];
  const coverage: BacktestCoverage[] = [];
  const groups = new Map<string, BacktestRow[]>();
  for (const r of rows) {
    const key = `${r.level}|${r.measure}|${r.horizon}`;
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(r);
  }
  for (const list of groups.values()) {
    const { level, measure, horizon } = list[0];
    const actual = list.map((r) => r.actual);
    const scales = list.map((r) => r.scale);
    for (const method of BACKTEST_METHODS) {
      const forecast = list.map((r) => r[method]);
      metrics.push({
        level,
        measure,
        horizon,
        method,
        n: list.length,
        mae: mae(actual, forecast),
        smape: smape(actual, forecast),
        mase: mase(actual, forecast, scales),
      });
    }
    if (draws > 0) {
      const inside = (lo: 'p5' | 'p10', hi: 'p90' | 'p95') =>
        list.filter((r) => r.actual >= r[lo] && r.actual <= r[hi]).length / list.length;
      coverage.push({ level, measure, horizon, band: 80, n: list.length, coverage: inside('p10', 'p90') });
      coverage.push({ level, measure, horizon, band: 90, n: list.length, coverage: inside('p5', 'p95') });
    }
  }
  return { origins, horizon: H, rows, metrics, coverage, pupilVintage };
}
