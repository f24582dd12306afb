import * as Plot from '@observablehq/plot';
import { ageColors } from './palette.js';
import type { ChartDocument } from './chart-document.js';

/** FTE of an age band now and later. */
export interface AgeBar {
  band: string;
  now: number;
  later: number;
}

/** Options of {@link agePyramidChart}. */
export interface AgePyramidChartOptions extends ChartDocument {
  width: number;
  format: (value: number) => string;
  labels: { x: string; y: string; now: string; later: string };
  ariaLabel: string;
  ariaDescription: string;
}

/**
 * The age profile of the qualified workforce: horizontal bars per age band (oldest on top) for the base
 * year, and the model's profile ten years on as a stepped outline.
 * @param bars FTE per age band, youngest first
 * @param options width and texts
 * @returns the SVG made by Observable Plot
 * @example agePyramidChart(bars, { width: 480, … })
 */
export function agePyramidChart(
  bars: readonly AgeBar[],
  { width, format, labels, ariaLabel, ariaDescription, document }: AgePyramidChartOptions,
): SVGSVGElement | HTMLElement {
  const order = [...bars].reverse().map((b) => b.band);
  return Plot.plot({
    document,
    width,
    height: 40 + bars.length * 26,
    marginLeft: 56,
    marginRight: 20,
    style: { fontSize: '12px' },
    ariaLabel,
    ariaDescription,
    x: { label: labels.x, grid: true, ticks: width < 420 ? 3 : 5 },
    y: { domain: order, label: null, ariaDescription: labels.y },
    marks: [
      Plot.barX(bars, {
        x: 'now',
        y: 'band',
        fill: ageColors.now,
        title: (b: AgeBar) => `${b.band}: ${labels.now} ${format(b.now)}; ${labels.later} ${format(b.later)}`,
        tip: true,
        ariaLabel: (b: AgeBar) => `${b.band}: ${format(b.now)}`,
      }),
      Plot.tickX(bars, {
        x: 'later',
        y: 'band',
        stroke: ageColors.later,
        strokeWidth: 2.5,
        ariaDescription: labels.later,
      }),
      Plot.ruleX([0]),
    ],
  });
}
