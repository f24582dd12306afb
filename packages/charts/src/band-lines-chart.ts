import * as Plot from '@observablehq/plot';
import { frameColors } from './palette.js';
import { niceCeiling } from './baseline-frame.js';
import type { ChartDocument } from './chart-document.js';

/** A value of a named series in a year, with an optional band. */
export interface BandLinePoint {
  series: string;
  year: number;
  value: number;
  phase: 'measured' | 'forecast';
  low?: number;
  high?: number;
}

/** Options of {@link bandLinesChart}. */
export interface BandLinesChartOptions extends ChartDocument {
  width: number;
  height?: number;
  domain: [number, number];
  baseYear: number;
  /** Colour of each series, by name (also the legend's order). */
  colors: Map<string, string>;
  format: (value: number) => string;
  labels: { x: string; y: string; band: string };
  ariaLabel: string;
  ariaDescription: string;
}

/**
 * Lines of several series over the years (solid measured, dashed forecast), each with a shaded band
 * where one is given, e.g. demand and supply with their p10–p90 bands.
 * @param points the values
 * @param options sizes, colours, texts
 * @returns the SVG made by Observable Plot (the legend is drawn beside it, `ChartLegend`)
 * @example bandLinesChart(points, { width: 640, domain: [2014, 2040], baseYear: 2025, colors, … })
 */
export function bandLinesChart(
  points: readonly BandLinePoint[],
  {
    width,
    height = 320,
    domain,
    baseYear,
    colors,
    format,
    labels,
    ariaLabel,
    ariaDescription,
    document,
  }: BandLinesChartOptions,
): SVGSVGElement | HTMLElement {
  const shown = points.filter((p) => p.year >= domain[0] && p.year <= domain[1]);
  const banded = shown.filter((p) => p.low !== undefined && p.high !== undefined);
  const max = niceCeiling(Math.max(1, ...shown.map((p) => Math.max(p.value, p.high ?? 0))) * 1.05);
  const min = Math.max(0, Math.min(...shown.map((p) => Math.min(p.value, p.low ?? p.value))) * 0.9);
  return Plot.plot({
    document,
    width,
    height,
    marginLeft: 60,
    style: { fontSize: '12px' },
    ariaLabel,
    ariaDescription,
    x: { domain, label: labels.x, tickFormat: (y: number) => String(y), ticks: width < 500 ? 4 : 8 },
    y: { domain: [niceFloor(min), max], grid: true, label: labels.y },
    color: { domain: [...colors.keys()], range: [...colors.values()] },
    marks: [
      Plot.ruleX([baseYear], { stroke: frameColors.rule, strokeDasharray: '3,3', ariaHidden: 'true' }),
      Plot.areaY(banded, {
        x: 'year',
        y1: 'low',
        y2: 'high',
        fill: 'series',
        fillOpacity: 0.2,
        ariaDescription: labels.band,
      }),
      Plot.lineY(
        shown.filter((p) => p.phase === 'measured'),
        { x: 'year', y: 'value', stroke: 'series', strokeWidth: 2 },
      ),
      Plot.lineY(
        shown.filter((p) => p.phase === 'forecast'),
        { x: 'year', y: 'value', stroke: 'series', strokeWidth: 2, strokeDasharray: '5,3' },
      ),
      Plot.tip(
        shown,
        Plot.pointer({
          x: 'year',
          y: 'value',
          title: (p: BandLinePoint) =>
            `${p.series} ${p.year}: ${format(p.value)}` +
            (p.low !== undefined && p.high !== undefined
              ? `\n${labels.band}: ${format(p.low)}–${format(p.high)}`
              : ''),
        }),
      ),
    ],
  });
}

function niceFloor(value: number): number {
  if (!(value > 0)) return 0;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  return Math.floor(value / magnitude) * magnitude;
}
