import { checkPairs } from './check-pairs.js';

/**
 * Scale of the mean absolute scaled error: the in-sample mean absolute error of the one-step naive forecast,
 * mean |y_t − y_{t−1}| over the history (Hyndman & Koehler 2006).
 * @param history observed values up to the forecast origin, oldest first
 * @returns the scale (NaN with fewer than two values)
 * @example
 * naiveScale([10, 12, 11, 15]); // → (2 + 1 + 4) / 3 = 7/3
 */
export function naiveScale(history: ArrayLike<number>): number {
  if (history.length < 2) return NaN;
  let s = 0;
  for (let i = 1; i < history.length; i++) s += Math.abs(history[i] - history[i - 1]);
  return s / (history.length - 1);
}

/**
 * Mean absolute scaled error: mean |F − A| / scale, where the scale is naiveScale of the history of the series
 * the pair belongs to (one number for all pairs, or one per pair when pooling series or origins). Below 1 the
 * forecast beats the in-sample one-step naive forecast. Pairs whose scale is not positive are skipped.
 * @param actual observed values
 * @param forecast forecasts, same length
 * @param scale a scale, or one per pair
 * @returns the MASE (NaN when no pair has a positive scale)
 * @example
 * mase([10, 20], [12, 17], 2); // → (2/2 + 3/2) / 2 = 1.25
 */
export function mase(
  actual: ArrayLike<number>,
  forecast: ArrayLike<number>,
  scale: number | ArrayLike<number>,
): number {
  checkPairs('mase', actual, forecast);
  if (typeof scale !== 'number' && scale.length !== actual.length)
    throw new RangeError(`mase: ${scale.length} scales for ${actual.length} pairs`);
  let s = 0;
  let n = 0;
  for (let i = 0; i < actual.length; i++) {
    const q = typeof scale === 'number' ? scale : scale[i];
    if (!(q > 0)) continue;
    s += Math.abs(forecast[i] - actual[i]) / q;
    n++;
  }
  return n > 0 ? s / n : NaN;
}
