import { createRandom } from '../uncertainty/random.js';
import type { BacktestForecastRow } from './backtest-forecasts.js';
import type { BacktestMeasure } from './observed-series.js';
import type { BacktestLevel } from '../dataset/backtest-levels.js';

/** Options of winCountBootstrap. */
export interface WinCountOptions<R> {
  /** The forecast whose wins are counted, read from a row. */
  forecast: (row: R) => number;
  /** Measures whose cells are counted (default all in the rows). */
  measures?: readonly BacktestMeasure[];
  /** Resamples (default 1000). */
  draws?: number;
  /** Seed of the resampling (default 1). */
  seed?: number;
}

/** One level × measure × horizon cell: won on the rows, and how often in the resamples. */
export interface WinCell {
  level: BacktestLevel;
  measure: BacktestMeasure;
  horizon: number;
  won: boolean;
  /** Share of the resamples in which the cell is won. */
  share: number;
}

/** How many level × measure × horizon cells a forecast wins, and how that count varies when origins are resampled. */
export interface WinCount {
  /** Cells whose MASE is below both the last value's and the linear trend's. */
  won: number;
  /** Cells scored. */
  cells: number;
  /** The count in each resample, ascending. */
  resampled: number[];
  /** Each cell, by horizon, then in the order the rows first name its level and measure. */
  byCell: WinCell[];
}

/** Scaled absolute errors of one origin's rows in a cell. */
interface Sums {
  forecast: number;
  last: number;
  trend: number;
}

/**
 * Counts the level × measure × horizon cells where a forecast's MASE is below both naive baselines', and repeats
 * the count on resamples of the origins: each resample draws as many origins as the rows have, with replacement,
 * and uses that one draw at every horizon (a drawn origin's rows at every horizon, level, unit and measure come
 * along), so the dependence between the units of an origin and between the horizons that share outcome years is
 * kept. A cell none of whose origins is drawn counts as not won. The spread of the resampled counts shows how much
 * of a count of wins rests on which years happened to be origins; a cell must beat two baselines at once, so the
 * resampled counts lie below the count on the rows when many wins are narrow, and their share at or above a bar is
 * not the chance of meeting it. Seeded.
 * @param rows backtest rows (rows with scale ≤ 0 or NaN add no error, as in mase; a cell of only such rows is lost)
 * @param options forecast, measures, draws (1000, a whole number ≥ 0), seed (1)
 * @returns the count on the rows, the number of cells, the sorted resampled counts and each cell's share
 * @example
 * winCountBootstrap(result.rows, { forecast: (r) => r.combination, measures: ['total_shortage_fte'] }).won;
 */
export function winCountBootstrap<R extends BacktestForecastRow>(
  rows: readonly R[],
  options: WinCountOptions<R>,
): WinCount {
  const draws = options.draws ?? 1000;
  if (!Number.isInteger(draws) || draws < 0)
    throw new RangeError(`winCountBootstrap: draws ${draws} is not a whole number ≥ 0`);
  const measures = options.measures;
  // Per horizon: cell → origin → error sums, so a resample adds up whole origins.
  interface Cell {
    level: BacktestLevel;
    measure: BacktestMeasure;
    horizon: number;
    origins: Map<number, Sums>;
    wins: number;
  }
  const byHorizon = new Map<number, Map<string, Cell>>();
  const originSet = new Set<number>();
  for (const r of rows) {
    if (measures && !measures.includes(r.measure)) continue;
    originSet.add(r.origin);
    let cells = byHorizon.get(r.horizon);
    if (!cells) byHorizon.set(r.horizon, (cells = new Map()));
    const key = `${r.level}|${r.measure}`;
    let cell = cells.get(key);
    if (!cell)
      cells.set(
        key,
        (cell = { level: r.level, measure: r.measure, horizon: r.horizon, origins: new Map(), wins: 0 }),
      );
    // A row without a scale adds no error (as in mase), but its cell is still scored, as the metrics score it.
    if (!(r.scale > 0)) continue;
    const origins = cell.origins;
    let s = origins.get(r.origin);
    if (!s) origins.set(r.origin, (s = { forecast: 0, last: 0, trend: 0 }));
    s.forecast += Math.abs(options.forecast(r) - r.actual) / r.scale;
    s.last += Math.abs(r.last_value - r.actual) / r.scale;
    s.trend += Math.abs(r.linear_trend - r.actual) / r.scale;
  }
  const horizons = [...byHorizon.keys()].sort((a, b) => a - b).map((h) => [...byHorizon.get(h)!.values()]);
  const allOrigins = [...originSet].sort((a, b) => a - b);
  const count = (drawn: readonly number[], onWin: (cell: Cell) => void) => {
    let won = 0;
    for (const cells of horizons) {
      for (const cell of cells) {
        let f = 0;
        let last = 0;
        let trend = 0;
        let n = 0;
        for (const o of drawn) {
          const s = cell.origins.get(o);
          if (!s) continue;
          f += s.forecast;
          last += s.last;
          trend += s.trend;
          n++;
        }
        // Sums over the same drawn rows: comparing them compares the MASEs.
        if (n > 0 && f < last && f < trend) {
          won++;
          onWin(cell);
        }
      }
    }
    return won;
  };
  const wonOnRows = new Set<Cell>();
  const won = count(allOrigins, (cell) => wonOnRows.add(cell));
  const rng = createRandom(options.seed ?? 1);
  const resampled = Array.from({ length: draws }, () =>
    count(
      allOrigins.map(() => allOrigins[Math.floor(rng.next() * allOrigins.length)]),
      (cell) => cell.wins++,
    ),
  ).sort((a, b) => a - b);
  const byCell = horizons.flatMap((cells) =>
    cells.map((cell) => ({
      level: cell.level,
      measure: cell.measure,
      horizon: cell.horizon,
      won: wonOnRows.has(cell),
      share: draws > 0 ? cell.wins / draws : NaN,
    })),
  );
  return { won, cells: byCell.length, resampled, byCell };
}
