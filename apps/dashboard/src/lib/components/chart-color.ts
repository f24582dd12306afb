import { frameColors, okabeIto, seriesColor } from '@opgave/charts';

/**
 * The palette colours that app.css redraws in the site's themes, with the CSS colour it gives them
 * (`.plot svg [fill='#0072B2'] { fill: var(--chart-blue) }`): each variable is the palette colour in
 * the light theme and its counterpart in the dark one, except black, which the site draws in ink.
 * app-css.spec.ts checks that app.css maps every one of them, for fill and stroke, to exactly this.
 */
export const themedChartColors: ReadonlyMap<string, string> = new Map([
  [frameColors.ink, 'var(--ink)'],
  [okabeIto[6], 'var(--ink)'],
  [frameColors.quiet, 'var(--muted)'],
  [frameColors.context, 'var(--chart-context)'],
  [frameColors.forecastBand, 'var(--chart-band)'],
  [seriesColor, 'var(--chart-blue)'],
  ['white', 'var(--surface)'],
]);

/**
 * The colour a chart mark of a palette colour is painted in on the page, in both themes, for HTML
 * drawn beside the chart (legend swatches, the swatches of a table or filter) so it matches the mark.
 * @param color a colour of `@opgave/charts`' palette, as the chart was given it (undefined: none)
 * @returns the CSS colour app.css paints that colour in (a `var(--…)`), or the colour itself when the
 *   themes leave it as it is
 * @example chartColor(seriesColor) // 'var(--chart-blue)'
 * @example chartColor('#E69F00') // '#E69F00'
 */
export function chartColor(color: string | undefined): string | undefined {
  return color === undefined ? undefined : (themedChartColors.get(color) ?? color);
}
