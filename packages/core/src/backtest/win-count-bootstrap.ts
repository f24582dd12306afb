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
 * the count on resamples of the origins: at each horizon, as many origins as were scored are drawn with
 * replacement and all their rows (every level, unit and measure) come along, so that the dependence between the
 * units of one origin is kept, as in pairedBootstrap. The spread of the resampled counts shows how much of a count
 * of wins rests on which years happened to be origins. Seeded.
 * @param rows backtest rows (scale ≤ 0 or NaN are left out, as in mase)
 * @param options forecast, measures, draws (1000), seed (1)
 * @returns the count on the rows, the number of cells and the sorted resampled counts
 * @example
 * winCountBootstrap(result.rows, { forecast: (r) => r.combination, measures: ['total_shortage_fte'] }).won;
 */
export function winCountBootstrap<R extends BacktestForecastRow>(
  rows: readonly R[],
  options: WinCountOptions<R>,
): WinCount {
  const draws = options.draws ?? 1000;
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
  for (const r of rows) {
    if (!(r.scale > 0) || (measures && !measures.includes(r.measure))) continue;
    let cells = byHorizon.get(r.horizon);
    if (!cells) byHorizon.set(r.horizon, (cells = new Map()));
    const key = `${r.level}|${r.measure}`;
    let cell = cells.get(key);
    if (!cell)
      cells.set(
        key,
        (cell = { level: r.level, measure: r.measure, horizon: r.horizon, origins: new Map(), wins: 0 }),
      );
    const origins = cell.origins;
    let s = origins.get(r.origin);
    if (!s) origins.set(r.origin, (s = { forecast: 0, last: 0, trend: 0 }));
    s.forecast += Math.abs(options.forecast(r) - r.actual) / r.scale;
    s.last += Math.abs(r.last_value - r.actual) / r.scale;
    s.trend += Math.abs(r.linear_trend - r.actual) / r.scale;
  }
  const horizons = [...byHorizon.keys()]
    .sort((a, b) => a - b)
    .map((h) => {
      const cells = [...byHorizon.get(h)!.values()];
      const origins = [...new Set(cells.flatMap((c) => [...c.origins.keys()]))].sort((a, b) => a - b);
      return { cells, origins };
    });
  const count = (pick: (origins: number[]) => number[], onWin: (cell: Cell) => void) => {
    let won = 0;
    for (const { cells, origins } of horizons) {
      const drawn = pick(origins);
      for (const cell of cells) {
        let f = 0;
        let last = 0;
        let trend = 0;
        for (const o of drawn) {
          const s = cell.origins.get(o);
          if (!s) continue;
          f += s.forecast;
          last += s.last;
          trend += s.trend;
        }
        // Sums over the same drawn rows: comparing them compares the MASEs.
        if (f < last && f < trend) {
          won++;
          onWin(cell);
        }
      }
    }
    return won;
  };
  const wonOnRows = new Set<Cell>();
  const won = count(
    (origins) => origins,
    (cell) => wonOnRows.add(cell),
  );
  const rng = createRandom(options.seed ?? 1);
  const resampled = Array.from({ length: draws }, () =>
    count(
      (origins) => origins.map(() => origins[Math.floor(rng.next() * origins.length)]),
      (cell) => cell.wins++,
    ),
  ).sort((a, b) => a - b);
  const byCell = horizons.flatMap(({ cells }) =>
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
