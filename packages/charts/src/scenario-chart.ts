import * as Plot from '@observablehq/plot';
import { niceCeiling } from './baseline-frame.js';
import { yearTicks } from './year-ticks.js';
import { frameColors, scenarioBandOpacity, scenarioColors } from './palette.js';
import type { ChartDocument } from './chart-document.js';

/** The region's total shortage in a year: the baseline, the scenario and, once simulated, its band. */
export interface ScenarioPoint {
  year: number;
  baseline: number;
  scenario: number;
  low?: number;
  high?: number;
}

/** Options of {@link scenarioChart}. */
export interface ScenarioChartOptions extends ChartDocument {
  width: number;
  height?: number;
  format: (value: number) => string;
  /** Format of the y axis' ticks (default `format`). */
  tick?: (value: number) => string;
  labels: { x: string; y: string; baseline: string; scenario: string; band: string };
  ariaLabel: string;
  ariaDescription: string;
}

/**
 * The total shortage by year of a scenario (solid, with its p10–p90 band when given) against the
 * baseline forecast (dashed), from the base year on.
 * @param points one per year
 * @param options size, texts and the number format
 * @returns the SVG made by Observable Plot (the legend is drawn beside it, `ChartLegend`)
 * @example scenarioChart(points, { width: 640, format, tick, labels, ariaLabel, ariaDescription })
 */
export function scenarioChart(
  points: readonly ScenarioPoint[],
  { width, height = 300, format, tick, labels, ariaLabel, ariaDescription, document }: ScenarioChartOptions,
): SVGSVGElement | HTMLElement {
  const banded = points.filter((p) => p.low !== undefined && p.high !== undefined);
  const max = niceCeiling(
    Math.max(1, ...points.map((p) => Math.max(p.baseline, p.scenario, p.high ?? 0))) * 1.05,
  );
  const min = Math.min(0, ...points.map((p) => Math.min(p.baseline, p.scenario, p.low ?? 0)));
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
    marks: [
      Plot.ruleY([0], { stroke: frameColors.rule, ariaHidden: 'true' }),
      Plot.areaY(banded, {
        x: 'year',
        y1: 'low',
        y2: 'high',
        fill: scenarioColors.band,
        fillOpacity: scenarioBandOpacity,
        ariaDescription: labels.band,
      }),
      Plot.lineY(points, {
        x: 'year',
        y: 'baseline',
        stroke: scenarioColors.baseline,
        strokeWidth: 2,
        strokeDasharray: '5,3',
        ariaDescription: labels.baseline,
      }),
      Plot.lineY(points, {
        x: 'year',
        y: 'scenario',
        stroke: scenarioColors.scenario,
        strokeWidth: 2.5,
        ariaDescription: labels.scenario,
      }),
      Plot.tip(
        points,
        Plot.pointerX({
          x: 'year',
          y: 'scenario',
          title: (p: ScenarioPoint) =>
            `${p.year}\n${labels.scenario}: ${format(p.scenario)}\n${labels.baseline}: ${format(p.baseline)}` +
            (p.low !== undefined && p.high !== undefined
              ? `\n${labels.band}: ${format(p.low)}–${format(p.high)}`
              : ''),
        }),
      ),
    ],
  });
}
