import * as Plot from '@observablehq/plot';
import { frameColors } from './palette.js';
import { niceCeiling } from './baseline-frame.js';
import { yearTicks } from './year-ticks.js';
import type { ChartDocument } from './chart-document.js';

/** A compared series' total shortage in a year. */
export interface ComparePoint {
  series: string;
  year: number;
  value: number;
}

/** Options of {@link scenarioCompareChart}. */
export interface ScenarioCompareChartOptions extends ChartDocument {
  width: number;
  height?: number;
  /** Colour of each series, by name, in the legend's order (the baseline first). */
  colors: Map<string, string>;
  /** The baseline's name: its line is dashed. */
  baseline: string;
  format: (value: number) => string;
  /** Format of the y axis' ticks (default `format`). */
  tick?: (value: number) => string;
  labels: { x: string; y: string };
  ariaLabel: string;
  ariaDescription: string;
}

/**
 * The total shortage by year of the baseline (dashed) and up to four saved scenarios (solid).
 * @param points the values of every series
 * @param options size, colours, texts
 * @returns the SVG made by Observable Plot (the legend is drawn beside it, `ChartLegend`)
 * @example scenarioCompareChart(points, { width: 640, colors, baseline: 'Basisprognose', … })
 */
export function scenarioCompareChart(
  points: readonly ComparePoint[],
  {
    width,
    height = 280,
    colors,
    baseline,
    format,
    tick,
    labels,
    ariaLabel,
    ariaDescription,
    document,
  }: ScenarioCompareChartOptions,
): SVGSVGElement | HTMLElement {
  const max = niceCeiling(Math.max(1, ...points.map((p) => p.value)) * 1.05);
  const min = Math.min(0, ...points.map((p) => p.value));
  return Plot.plot({
    document,
    width,
    height,
    marginLeft: 60,
    style: { fontSize: '12px' },
    ariaLabel,
    ariaDescription,
    x: { label: labels.x, tickFormat: (y: number) => String(y), ticks: yearTicks(points, width) },
    y: { domain: [min, max], grid: true, label: labels.y, tickFormat: tick ?? format },
    color: { domain: [...colors.keys()], range: [...colors.values()] },
    marks: [
      Plot.ruleY([0], { stroke: frameColors.rule, ariaHidden: 'true' }),
      Plot.lineY(
        points.filter((p) => p.series === baseline),
        { x: 'year', y: 'value', stroke: 'series', strokeWidth: 2, strokeDasharray: '5,3' },
      ),
      Plot.lineY(
        points.filter((p) => p.series !== baseline),
        { x: 'year', y: 'value', stroke: 'series', strokeWidth: 2.5 },
      ),
      Plot.tip(
        points,
        Plot.pointer({
          x: 'year',
          y: 'value',
          title: (p: ComparePoint) => `${p.series} ${p.year}: ${format(p.value)}`,
        }),
      ),
    ],
  });
}
