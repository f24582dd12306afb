const whole = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('nl-NL', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const percent = new Intl.NumberFormat('nl-NL', {
  style: 'percent',
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
  signDisplay: 'exceptZero',
});

/**
 * Formats a count the Dutch way, with a point as thousands separator.
 * @param value a number
 * @returns e.g. `12.345`
 * @example formatCount(12345) // '12.345'
 */
export function formatCount(value: number): string {
  return whole.format(value);
}

/**
 * Formats FTE with one decimal, Dutch style.
 * @param value FTE
 * @returns e.g. `1.234,5`
 * @example formatFte(1234.54) // '1.234,5'
 */
export function formatFte(value: number): string {
  return oneDecimal.format(value);
}

const percentPoints = new Intl.NumberFormat('nl-NL', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

/**
 * Formats a percentage given in points (0–100) with one decimal, Dutch style.
 * @param value percentage points
 * @returns e.g. `3,8%`
 * @example formatPercent(3.8149) // '3,8%'
 */
export function formatPercent(value: number): string {
  return `${percentPoints.format(value).replace('-', '−')}%`;
}

/**
 * Formats a relative change as a signed percentage with one decimal.
 * @param now value now
 * @param before value in the earlier year
 * @returns e.g. `+2,3%`, or `–` when there is no earlier value
 * @example formatChange(102.3, 100) // '+2,3%'
 */
export function formatChange(now: number, before: number | undefined): string {
  if (before === undefined || before === 0 || !Number.isFinite(before)) return '–';
  return percent.format(now / before - 1).replace('-', '−');
}
