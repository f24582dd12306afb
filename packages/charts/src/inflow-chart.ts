import * as Plot from '@observablehq/plot';
import type { ChartDocument } from './chart-document.js';

/** FTE hired from one source in a year. */
export interface InflowPart {
  year: number;
  source: string;
  value: number;
}

/** Options of {@link inflowChart}. */
export interface InflowChartOptions extends ChartDocument {
  width: number;
  /** Colour per source, in stacking order. */
  colors: Map<string, string>;
  format: (value: number) => string;
  labels: { x: string; y: string };
  ariaLabel: string;
  ariaDescription: string;
}

/**
 * Inflow by source as stacked bars per year.
 * @param parts FTE per year and source
 * @param options width, colours, texts
 * @returns the SVG made by Observable Plot (the legend is drawn beside it, `ChartLegend`)
 * @example inflowChart(parts, { width: 640, colors, … })
 */
export function inflowChart(
  parts: readonly InflowPart[],
  { width, colors, format, labels, ariaLabel, ariaDescription, document }: InflowChartOptions,
): SVGSVGElement | HTMLElement {
  const years = [...new Set(parts.map((p) => p.year))].sort((a, b) => a - b);
  return Plot.plot({
    document,
    width,
    height: 300,
    marginLeft: 52,
    style: { fontSize: '12px' },
    ariaLabel,
    ariaDescription,
    x: {
      domain: years,
      label: labels.x,
      tickFormat: (y: number) => (width < 560 && y % 2 === 1 ? '' : String(y)),
    },
    y: { label: labels.y, grid: true },
    color: { domain: [...colors.keys()], range: [...colors.values()] },
    marks: [
      Plot.barY(parts, {
        x: 'year',
        y: 'value',
        fill: 'source',
        order: [...colors.keys()],
        title: (p: InflowPart) => `${p.year} · ${p.source}: ${format(p.value)}`,
        tip: true,
      }),
      Plot.ruleY([0]),
    ],
  });
}
