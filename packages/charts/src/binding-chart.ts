import * as Plot from '@observablehq/plot';
import { bindingColors } from './palette.js';
import type { ChartDocument } from './chart-document.js';

/** Placed graduates and own-placement hires of a year (persons). */
export interface BindingYear {
  year: number;
  placed: number;
  hired: number;
}

/** Options of {@link bindingChart}. */
export interface BindingChartOptions extends ChartDocument {
  width: number;
  format: (value: number) => string;
  formatPercent: (value: number) => string;
  labels: { x: string; y: string; placed: string; hired: string; rate: string };
  ariaLabel: string;
  ariaDescription: string;
}

/**
 * Binding over time: graduates whose last placement was at the board(s) as light bars, the own-placement
 * hires among them as dark bars in front, with the rate in the tooltip.
 * @param years one row per year
 * @param options width, texts
 * @returns the SVG made by Observable Plot (the legend is drawn beside it, `ChartLegend`)
 * @example bindingChart(rows, { width: 560, … })
 */
export function bindingChart(
  years: readonly BindingYear[],
  { width, format, formatPercent, labels, ariaLabel, ariaDescription, document }: BindingChartOptions,
): SVGSVGElement | HTMLElement {
  const rate = (d: BindingYear) => (d.placed > 0 ? formatPercent((100 * d.hired) / d.placed) : '–');
  return Plot.plot({
    document,
    width,
    height: 280,
    marginLeft: 48,
    style: { fontSize: '12px' },
    ariaLabel,
    ariaDescription,
    x: {
      domain: years.map((d) => d.year),
      label: labels.x,
      tickFormat: (y: number) => (width < 560 && y % 2 === 1 ? '' : String(y)),
    },
    y: { label: labels.y, grid: true },
    color: { domain: [labels.placed, labels.hired], range: [bindingColors.placed, bindingColors.hired] },
    marks: [
      Plot.barY(years, { x: 'year', y: 'placed', fill: () => labels.placed, inset: 1 }),
      Plot.barY(years, { x: 'year', y: 'hired', fill: () => labels.hired, inset: 5 }),
      Plot.tip(
        years,
        Plot.pointerX({
          x: 'year',
          y: 'placed',
          title: (d: BindingYear) =>
            `${d.year}\n${labels.placed}: ${format(d.placed)}\n${labels.hired}: ${format(d.hired)}\n${labels.rate}: ${rate(d)}`,
        }),
      ),
      Plot.ruleY([0]),
    ],
  });
}
