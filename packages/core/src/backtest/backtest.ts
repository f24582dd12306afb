import type { Dataset, DatasetInput } from '../schema/types.js';
import { toDataset } from '../schema/to-dataset.js';
import type { Scenario } from '../levers/scenario.js';
import { simulate } from '../uncertainty/simulate.js';
import { simulationQuantile } from '../uncertainty/simulation-summary.js';
import { BACKTEST_MEASURES } from './observed-series.js';
import type { BacktestMeasure } from './observed-series.js';
import type { BacktestLevel } from '../dataset/backtest-levels.js';
import { backtestSelector } from '../dataset/backtest-levels.js';
import { backtestForecasts } from './backtest-forecasts.js';
import type { BacktestForecastRow } from './backtest-forecasts.js';
import { combineForecasts } from './combine-forecasts.js';
import { originForecast } from './origin-forecast.js';
import type { BacktestPupils } from './origin-forecast.js';
import { structuralError } from './structural-error.js';
import { pairedBootstrap } from './paired-bootstrap.js';
import { mae } from './mae.js';
import { smape } from './smape.js';
import { mase } from './mase.js';

/** Forecast methods compared by backtest: the model, the combination (combineForecasts), and two naive baselines. */
export const BACKTEST_METHODS = ['model', 'combination', 'last_value', 'linear_trend'] as const;
/** A forecast method. */
export type BacktestMethod = (typeof BACKTEST_METHODS)[number];
/** The naive baselines. */
export const BACKTEST_BASELINES = ['last_value', 'linear_trend'] as const;
/** A naive baseline. */
export type BacktestBaseline = (typeof BACKTEST_BASELINES)[number];
/** Nominal coverages of the bands backtest scores: p25–p75, p10–p90, p5–p95. */
export const BACKTEST_BANDS = [50, 80, 90] as const;
/** A band. */
export type BacktestBand = (typeof BACKTEST_BANDS)[number];

/** Options of backtest. */
export interface BacktestOptions {
  /** Largest horizon in years (default 5, at most 5). */
  horizon?: number;
  /** Years of history an origin needs, the origin included (default 4). */
  minHistory?: number;
  /** Years of history a past origin needs for combination weights and structural errors (default 3). */
  minPastHistory?: number;
  /** Levels compared (default region, cluster, board, subject). */
  levels?: BacktestLevel[];
  /** Draws of simulate for the bands at each origin (default 1000; 0 skips the bands). */
  draws?: number;
  /** Seed of simulate and of the bootstrap (default 20251001). */
  seed?: number;
  /** Add the structural error known at each origin to the bands (default true). */
  structuralError?: boolean;
  /** Years fitted by the linear-trend baseline (default 4). */
  trendYears?: number;
  /** Origins to run (default every year from historyStart + minHistory − 1 to historyEnd − 1). */
  origins?: number[];
  /** Pupils from the forecast vintage of each origin (default) or held at the last count. */
  pupils?: BacktestPupils;
  /** Scenario of the model forecasts (default none). */
  scenario?: Scenario;
  /** Resamples of the paired bootstrap (default 1000; 0 skips the comparisons). */
  bootstrapDraws?: number;
  /** Called with (origins done, total origins) after each origin; it must not throw. */
  onProgress?: (done: number, total: number) => void;
}

/** One forecast compared with what happened: the deterministic row with the combination and the bands. */
export interface BacktestRow extends BacktestForecastRow {
  /** The combination (combineForecasts): weight·model + (1 − weight)·partner. */
  combination: number;
  weight: number;
  /** The other member: the last value for total shortage, the linear trend for demand and supply. */
  partner: 'last_value' | 'linear_trend';
  /** Bands of simulate at the origin (NaN when draws = 0). */
  p5: number;
  p10: number;
  p25: number;
  p75: number;
  p90: number;
  p95: number;
}

/** Accuracy of one method per level, measure and horizon, over origins and units. */
export interface BacktestMetric {
  level: BacktestLevel;
  measure: BacktestMeasure;
  horizon: number;
  method: BacktestMethod;
  n: number;
  mae: number;
  smape: number;
  mase: number;
}

/** Share of outcomes inside a band, and below and above it. */
export interface BacktestCoverage {
  level: BacktestLevel;
  measure: BacktestMeasure;
  horizon: number;
  band: BacktestBand;
  n: number;
  coverage: number;
  below: number;
  above: number;
}

/** MASE(method) − MASE(baseline) with a paired bootstrap interval over origins (negative: the method is better). */
export interface BacktestComparison {
  level: BacktestLevel;
  measure: BacktestMeasure;
  horizon: number;
  method: 'model' | 'combination';
  baseline: BacktestBaseline;
  difference: number;
  lo: number;
  hi: number;
}

/** Result of backtest: plain rows. */
export interface BacktestResult {
  origins: number[];
  /** Origins scored at each horizon h (those with origin + h ≤ historyEnd); every method is scored on the same ones. */
  originsByHorizon: Record<number, number[]>;
  horizon: number;
  pupils: BacktestPupils;
  rows: BacktestRow[];
  metrics: BacktestMetric[];
  coverage: BacktestCoverage[];
  comparisons: BacktestComparison[];
  /** How pupils were projected from each origin: the forecast vintage used, or none (held at the last observed value). */
  pupilVintage: Record<number, number | null>;
}

const BANDS: Record<BacktestBand, ['p5' | 'p10' | 'p25', 'p75' | 'p90' | 'p95']> = {
  50: ['p25', 'p75'],
  80: ['p10', 'p90'],
  90: ['p5', 'p95'],
};

/**
 * Rolling-origin backtest: for each origin T with at least `minHistory` years behind it, calibrate on years ≤ T
 * only, forecast T+1 … T+h with the model, the combination (combineForecasts: for the shortage model and last
 * value weighted by the errors of earlier origins whose outcomes are known at T; for demand and supply model and
 * linear trend in equal parts), the last value and a linear trend, and compare with what
 * happened; MAE, sMAPE and MASE per level, measure and horizon; MASE(method) − MASE(baseline) with a paired
 * bootstrap interval; and the coverage of simulate's 50/80/90 % bands (parameter draws plus the structural
 * error known at T). The forecasts from T read no data after T (pupil forecasts only of vintages ≤ T).
 * @param input dataset
 * @param options horizon (5), minHistory (4), minPastHistory (3), levels, draws (1000), seed, structuralError (true), trendYears (4), origins, pupils ('vintage'), scenario, bootstrapDraws (1000), onProgress
 * @returns rows, metrics, comparisons and coverage
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
  const minPastHistory = options.minPastHistory ?? 3;
  const levels = options.levels ?? ['region', 'cluster', 'board', 'subject'];
  const draws = options.draws ?? 1000;
  const seed = options.seed ?? 20251001;
  const pupils = options.pupils ?? 'vintage';
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
  const scored = new Set(origins);
  const withPast = new Set(origins);
  for (let T = Math.max(historyStart + 1, historyStart + minPastHistory - 1); T < origins.at(-1)!; T++)
    withPast.add(T);
  const forecasts = combineForecasts(
    backtestForecasts(data, {
      origins: [...withPast].sort((a, b) => a - b),
      horizon: H,
      levels,
      trendYears: options.trendYears,
      pupils,
      scenario: options.scenario,
    }),
  ).filter((r) => scored.has(r.origin));

  const rows: BacktestRow[] = [];
  const pupilVintage: Record<number, number | null> = {};
  const byOrigin = new Map<number, typeof forecasts>();
  for (const r of forecasts) {
    let list = byOrigin.get(r.origin);
    if (!list) byOrigin.set(r.origin, (list = []));
    list.push(r);
  }
  for (const [done, T] of origins.entries()) {
    const at = originForecast(data, T, { pupils, scenario: options.scenario });
    pupilVintage[T] = at.pupilVintage;
    const h = Math.min(H, historyEnd - T);
    const sim =
      draws > 0
        ? simulate(at.data, {
            params: at.params,
            horizon: h,
            draws,
            seed,
            scenario: options.scenario,
            measures: [...BACKTEST_MEASURES],
            subjectLevels: levels.includes('subject') ? ['region'] : [],
            structuralError:
              options.structuralError === false
                ? undefined
                : structuralError(data, { lastYear: T, horizon: H, minHistory: minPastHistory, pupils }),
          })
        : undefined;
    for (const r of byOrigin.get(T) ?? []) {
      const selector = backtestSelector(r.level, r.unit);
      const q = (name: 'p5' | 'p10' | 'p25' | 'p75' | 'p90' | 'p95') =>
        sim ? simulationQuantile(sim, r.measure, r.year, name, selector) : NaN;
      rows.push({
        ...r,
        p5: q('p5'),
        p10: q('p10'),
        p25: q('p25'),
        p75: q('p75'),
        p90: q('p90'),
        p95: q('p95'),
      });
    }
    options.onProgress?.(done + 1, origins.length);
  }

  const metrics: BacktestMetric[] = [];
  const coverage: BacktestCoverage[] = [];
  const comparisons: BacktestComparison[] = [];
  const groups = new Map<string, BacktestRow[]>();
  for (const r of rows) {
    const key = `${r.level}|${r.measure}|${r.horizon}`;
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(r);
  }
  const bootstrapDraws = options.bootstrapDraws ?? 1000;
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
    if (bootstrapDraws > 0)
      for (const method of ['model', 'combination'] as const)
        for (const baseline of BACKTEST_BASELINES) {
          const d = pairedBootstrap(
            list.map((r) => ({
              origin: r.origin,
              actual: r.actual,
              method: r[method],
              baseline: r[baseline],
              scale: r.scale,
            })),
            { draws: bootstrapDraws, seed },
          );
          comparisons.push({
            level,
            measure,
            horizon,
            method,
            baseline,
            difference: d.difference,
            lo: d.lo,
            hi: d.hi,
          });
        }
    if (draws > 0)
      for (const band of BACKTEST_BANDS) {
        const [lo, hi] = BANDS[band];
        const n = list.length;
        const below = list.filter((r) => r.actual < r[lo]).length / n;
        const above = list.filter((r) => r.actual > r[hi]).length / n;
        coverage.push({ level, measure, horizon, band, n, coverage: 1 - below - above, below, above });
      }
  }
  const originsByHorizon: Record<number, number[]> = {};
  for (let k = 1; k <= H; k++) originsByHorizon[k] = origins.filter((T) => T + k <= historyEnd);
  return {
    origins,
    originsByHorizon,
    horizon: H,
    pupils,
    rows,
    metrics,
    coverage,
    comparisons,
    pupilVintage,
  };
}
