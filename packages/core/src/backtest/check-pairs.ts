/** Throw unless actual and forecast are non-empty and of equal length. */
export function checkPairs(name: string, actual: ArrayLike<number>, forecast: ArrayLike<number>): void {
  if (actual.length !== forecast.length)
    throw new RangeError(`${name}: ${actual.length} actual values but ${forecast.length} forecasts`);
  if (actual.length === 0) throw new RangeError(`${name} requires at least one pair of values`);
}
