import * as Plot from '@observablehq/plot';
import { frameColors, measureColors } from './palette.js';
import type { ChartDocument } from './chart-document.js';

/** One bar of a ranked bar chart. */
export interface RankedBar {
  label: string;
  value: number;
  /** Text after the bar, e.g. the percentage. */
  note: string;
  title: string;
  href?: string;
}

/** Options of {@link rankedBarChart}. */
export interface RankedBarChartOptions extends ChartDocument {
  width: number;
  xLabel: string;
  format: (value: number) => string;
  color?: string;
  ariaLabel: string;
  ariaDescription: string;
}

/**
 * Horizontal bars, largest first, with the value and a note at the end of each bar.
 * @param bars the bars, in the order to draw them
 * @param options width, texts
 * @returns the SVG made by Observable Plot
 * @example rankedBarChart(topSubjects, { width: 560, xLabel: 'Tekort (fte)', … })
 */
export function rankedBarChart(
  bars: readonly RankedBar[],
  {
    width,
    xLabel,
    format,
    color = measureColors.gap,
    ariaLabel,
    ariaDescription,
    document,
  }: RankedBarChartOptions,
): SVGSVGElement | HTMLElement {
  // Long names are shortened on the axis; the tooltip keeps them whole.
  const short = (label: string) => (label.length > 34 ? `${label.slice(0, 32).trimEnd()}…` : label);
  const longest = Math.max(4, ...bars.map((b) => short(b.label).length));
  const max = Math.max(1, ...bars.map((b) => b.value));
  return Plot.plot({
    document,
    width,
    height: 36 + bars.length * 28,
    marginLeft: Math.min(240, 12 + longest * 6.6, width * 0.4),
    marginRight: Math.min(110, width * 0.25),
    style: { fontSize: '12px' },
    ariaLabel,
    ariaDescription,
    x: { domain: [0, max], label: xLabel, grid: true, ticks: width < 500 ? 3 : 5 },
    y: { domain: bars.map((b) => b.label), label: null, tickSize: 0, tickFormat: short },
    marks: [
      Plot.barX(bars, {
        x: 'value',
        y: 'label',
        fill: color,
        href: (d: RankedBar) => d.href ?? null,
        title: 'title',
        tip: true,
        ariaLabel: (d: RankedBar) => d.title,
      }),
      Plot.text(bars, {
        x: 'value',
        y: 'label',
        text: (d: RankedBar) => `${format(d.value)}  (${d.note})`,
        textAnchor: 'start',
        dx: 4,
        fill: frameColors.ink,
        ariaHidden: 'true',
      }),
      Plot.ruleX([0]),
    ],
  });
}
