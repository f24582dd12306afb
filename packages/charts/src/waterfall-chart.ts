import * as Plot from '@observablehq/plot';
import { changeColors, frameColors } from './palette.js';
import type { ChartDocument } from './chart-document.js';

/** A step of a waterfall: a total (start, end) or a change. */
export interface WaterfallStep {
  label: string;
  value: number;
  kind: 'total' | 'change';
}

/** Options of {@link waterfallChart}. */
export interface WaterfallChartOptions extends ChartDocument {
  width: number;
  format: (value: number) => string;
  /** Formats the x axis' ticks; Plot's own format by default. */
  formatTick?: (value: number) => string;
  /** Room for the step labels in pixels; by default from the longest label, at most 220. */
  marginLeft?: number;
  labels: { x: string };
  ariaLabel: string;
  ariaDescription: string;
}

/** A bar of the waterfall with its start and end. */
interface Bar extends WaterfallStep {
  from: number;
  to: number;
}

/**
 * A horizontal waterfall: the start total, each change as a bar from the running sum (up: vermillion,
 * down: bluish green), and the end total.
 * @param steps start, changes, end in order
 * @param options width, texts
 * @returns the SVG made by Observable Plot
 * @example waterfallChart([{ label: '2025', value: 400, kind: 'total' }, …], { width: 560, … })
 */
export function waterfallChart(
  steps: readonly WaterfallStep[],
  {
    width,
    format,
    formatTick,
    marginLeft,
    labels,
    ariaLabel,
    ariaDescription,
    document,
  }: WaterfallChartOptions,
): SVGSVGElement | HTMLElement {
  let running = 0;
  const bars: Bar[] = steps.map((s) => {
    if (s.kind === 'total') {
      running = s.value;
      return { ...s, from: 0, to: s.value };
    }
    const from = running;
    running += s.value;
    return { ...s, from, to: running };
  });
  const longest = Math.max(4, ...steps.map((s) => s.label.length));
  const sign = (v: number) => (v > 0 ? `+${format(v)}` : format(v));
  const fill = (b: Bar) =>
    b.kind === 'total' ? changeColors.total : b.value > 0 ? changeColors.up : changeColors.down;
  return Plot.plot({
    document,
    width,
    height: 30 + bars.length * 26 + 30,
    marginLeft: marginLeft ?? Math.min(220, 12 + longest * 6.6, width * 0.4),
    marginRight: Math.min(70, width * 0.15),
    style: { fontSize: '12px' },
    ariaLabel,
    ariaDescription,
    x: { label: labels.x, grid: true, ticks: width < 500 ? 4 : 6, tickFormat: formatTick },
    y: { domain: bars.map((b) => b.label), label: null, tickSize: 0 },
    marks: [
      Plot.barX(bars, {
        x1: 'from',
        x2: 'to',
        y: 'label',
        fill,
        title: (b: Bar) => `${b.label}: ${b.kind === 'total' ? format(b.value) : sign(b.value)}`,
        tip: true,
        ariaLabel: (b: Bar) => `${b.label}: ${b.kind === 'total' ? format(b.value) : sign(b.value)}`,
      }),
      Plot.text(bars, {
        x: (b: Bar) => Math.max(b.from, b.to),
        y: 'label',
        text: (b: Bar) => (b.kind === 'total' ? format(b.value) : sign(b.value)),
        textAnchor: 'start',
        dx: 4,
        fill: frameColors.ink,
        ariaHidden: 'true',
      }),
      Plot.ruleX([0]),
    ],
  });
}
