import accuracy from '../../../../../docs/accuracy.json';

/** The part of docs/accuracy.json (written by `npm run accuracy`) that the verdict sentence needs. */
export interface AccuracySummary {
  origins: number[];
  horizons: number[];
  /** The method the dashboard draws; its error is the one reported. */
  dashboard: string;
  maeFte: Record<string, number>;
}

/** The numbers of the one-sentence backtest verdict. */
export interface BacktestVerdict {
  /** Mean absolute error of the region's total shortage over the horizons, of the method shown, in FTE. */
  shownFte: number;
  /** The same for carrying the last value forward. */
  lastValueFte: number;
  firstOrigin: number;
  lastOrigin: number;
  origins: number;
  maxHorizon: number;
}

/**
 * The backtest verdict of the method the dashboard draws beside the last value, from the accuracy summary.
 * @param summary docs/accuracy.json (default: the file of this build)
 * @returns the figures of the sentence
 * @example backtestVerdict({ origins: [2017, 2018], horizons: [1, 2], dashboard: 'model', maeFte: { model: 90, last_value: 50 } })
 *   // → { shownFte: 90, lastValueFte: 50, firstOrigin: 2017, lastOrigin: 2018, origins: 2, maxHorizon: 2 }
 */
export function backtestVerdict(summary: AccuracySummary = accuracy): BacktestVerdict {
  const shownFte = summary.maeFte[summary.dashboard];
  const lastValueFte = summary.maeFte.last_value;
  if (!Number.isFinite(shownFte) || !Number.isFinite(lastValueFte) || !summary.origins.length)
    throw new Error(
      `docs/accuracy.json: no error for "${summary.dashboard}" and last_value (run npm run accuracy)`,
    );
  return {
    shownFte,
    lastValueFte,
    firstOrigin: summary.origins[0],
    lastOrigin: summary.origins[summary.origins.length - 1],
    origins: summary.origins.length,
    maxHorizon: Math.max(...summary.horizons),
  };
}
