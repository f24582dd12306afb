import * as Plot from '@observablehq/plot';
import { seriesColor } from './palette.js';
import type { ChartDocument } from './chart-document.js';

/** Options of {@link municipalityBarChart}. */
export interface MunicipalityBarChartOptions extends ChartDocument {
  width: number;
  format: (value: number) => string;
  ariaLabel: string;
  /** Read out after the label; default: every bar's label and value. */
  ariaDescription?: string;
}

/**
 * Horizontal bars of pupils per municipality, largest first, with the number at the end of each bar.
 * @param totals label and pupils per municipality, in the order to draw them
 * @param options width, number format, accessible label
 * @returns the SVG made by Observable Plot
 * @example municipalityBarChart([{ label: 'Rotterdam', pupils: 45000 }], { width: 600, format: String, ariaLabel: '…' })
 */
export function municipalityBarChart(
  totals: readonly { label: string; pupils: number }[],
  {
    width,
    format,
    ariaLabel,
    ariaDescription = totals.map((t) => `${t.label}: ${format(t.pupils)}`).join('; '),
    document,
  }: MunicipalityBarChartOptions,
): SVGSVGElement | HTMLElement {
  const max = Math.max(1, ...totals.map((t) => t.pupils));
  return Plot.plot({
    document,
    width,
    height: 30 + totals.length * 26,
    marginLeft: 170,
    marginRight: 70,
    ariaLabel,
    ariaDescription,
    style: { fontSize: '12px' },
    x: { label: null, axis: null, domain: [0, max] },
    y: { label: null, domain: totals.map((t) => t.label) },
    marks: [
      Plot.barX(totals, {
        x: 'pupils',
        y: 'label',
        fill: seriesColor,
        title: (t) => `${t.label}: ${format(t.pupils)}`,
      }),
      Plot.text(totals, {
        x: 'pupils',
        y: 'label',
        text: (t) => format(t.pupils),
        textAnchor: 'start',
        dx: 4,
        fill: 'currentColor',
      }),
    ],
  });
}
