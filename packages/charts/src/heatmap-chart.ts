import * as Plot from '@observablehq/plot';
import { heatScale } from './palette.js';
import type { ChartDocument } from './chart-document.js';

/** One cell of a heatmap. */
export interface HeatCell {
  row: string;
  column: string;
  value: number;
  /** Tooltip text. */
  title: string;
  /** Where a click on the cell goes. */
  href?: string;
}

/** Options of {@link heatmapChart}. */
export interface HeatmapChartOptions extends ChartDocument {
  width: number;
  /** Row labels in order (top to bottom) and column labels in order. */
  rows: string[];
  columns: string[];
  /** Formats the value written in a cell (none when the cells are narrow). */
  format: (value: number) => string;
  legendLabel: string;
  /** Upper end of the colour scale (default the largest value). */
  max?: number;
  ariaLabel: string;
  ariaDescription: string;
}

/**
 * A heatmap of a value by row and column on a sequential colour-blind-safe scale (yellow–orange–red),
 * with the value in each cell when there is room, a tooltip and an optional link per cell.
 * @param cells the cells
 * @param options labels, width, formatting, accessible text
 * @returns the SVG made by Observable Plot (the legend is drawn beside it, `ChartLegend`)
 * @example heatmapChart(cells, { rows: boards, columns: years, width: 800, … })
 */
export function heatmapChart(
  cells: readonly HeatCell[],
  {
    width,
    rows,
    columns,
    format,
    legendLabel,
    max,
    ariaLabel,
    ariaDescription,
    document,
  }: HeatmapChartOptions,
): SVGSVGElement | HTMLElement {
  // Long names are shortened on the axis to what the margin holds; the tooltip keeps them whole. 7.2 px a
  // character at 12 px: board numbers (digits) are wider than the average letter.
  const longest = Math.max(4, ...rows.map((r) => Math.min(40, r.length)));
  const marginLeft = Math.min(260, 12 + longest * 7.2, width * 0.4);
  const fits = Math.max(4, Math.floor((marginLeft - 12) / 7.2));
  const short = (label: string) => (label.length > fits ? `${label.slice(0, fits - 1).trimEnd()}…` : label);
  const cellWidth = (width - marginLeft - 10) / Math.max(1, columns.length);
  const top = Math.max(1, max ?? Math.max(0, ...cells.map((c) => c.value)));
  return Plot.plot({
    document,
    width,
    height: 40 + rows.length * 24 + 30,
    marginLeft,
    marginTop: 36,
    marginRight: 10,
    padding: 0.06,
    style: { fontSize: '12px' },
    ariaLabel,
    ariaDescription,
    x: {
      domain: columns,
      axis: 'top',
      label: null,
      tickSize: 0,
      tickFormat: (d: string) => (cellWidth < 26 && Number(d) % 2 === 1 ? '' : d),
    },
    y: { domain: rows, label: null, tickSize: 0, tickFormat: short },
    color: { type: 'linear', domain: [0, top], scheme: heatScale.scheme, label: legendLabel },
    marks: [
      Plot.cell(cells, {
        x: 'column',
        y: 'row',
        fill: 'value',
        href: (d: HeatCell) => d.href ?? null,
        title: 'title',
        tip: true,
        ariaLabel: (d: HeatCell) => d.title,
      }),
      ...(cellWidth >= 34
        ? [
            Plot.text(cells, {
              x: 'column',
              y: 'row',
              text: (d: HeatCell) => format(d.value),
              fill: (d: HeatCell) => (d.value > top * 0.6 ? 'white' : 'black'),
              fontSize: 10.5,
              ariaHidden: 'true',
              pointerEvents: 'none',
            }),
          ]
        : []),
    ],
  });
}
