import * as Plot from '@observablehq/plot';
import { frameColors, seriesColor } from './palette.js';
import { niceCeiling } from './baseline-frame.js';
import type { ChartDocument } from './chart-document.js';

/** A measured or projected value in a year. */
export interface YearValue {
  year: number;
  value: number;
}

/** Quantiles of a year (from the simulation). */
export interface YearBand {
  year: number;
  p5: number;
  p25: number;
  p50: number;
  p75: number;
  p95: number;
}

/** Options of {@link fanChart}. */
export interface FanChartOptions extends ChartDocument {
  width: number;
  height?: number;
  /** The first and last year on the x axis. */
  domain: [number, number];
  /** The model's base year: the rule between measured and forecast. */
  baseYear: number;
  /** Formats values in tooltips; `tick` on the axis. */
  format: (value: number) => string;
  tick?: (value: number) => string;
  /** Texts: axis labels and the names in the tooltip and legend. */
  labels: {
    y: string;
    x: string;
    measured: string;
    forecast: string;
    median: string;
    band50: string;
    band90: string;
  };
  /** Link of the whole chart (small multiples), or none. */
  href?: string;
  /** Draw without axis labels and legend text (small multiples). */
  compact?: boolean;
  /** Colour of the measured line and the fan. */
  color?: string;
  /** Shared y maximum (small multiples). */
  yMax?: number;
  ariaLabel: string;
  ariaDescription: string;
}

/**
 * A fan chart: the measured history as a line, the model's deterministic forecast dashed, and the
 * simulated 90% (p5–p95) and 50% (p25–p75) bands shaded around their median.
 * @param history measured values up to the base year
 * @param forecast the model's deterministic values from the base year
 * @param bands the simulated quantiles per year (may be empty while they are computed)
 * @param options sizes, years, texts
 * @returns the SVG made by Observable Plot
 * @example fanChart(history, forecast, bands, { width: 640, domain: [2014, 2040], baseYear: 2025, … })
 */
export function fanChart(
  history: readonly YearValue[],
  forecast: readonly YearValue[],
  bands: readonly YearBand[],
  {
    width,
    height = 320,
    domain,
    baseYear,
    format,
    tick = format,
    labels,
    href,
    compact = false,
    color = seriesColor,
    yMax,
    ariaLabel,
    ariaDescription,
    document,
  }: FanChartOptions,
): SVGSVGElement | HTMLElement {
  const inRange = <T extends { year: number }>(rows: readonly T[]) =>
    rows.filter((r) => r.year >= domain[0] && r.year <= domain[1]);
  const h = inRange(history);
  const f = inRange(forecast);
  const b = inRange(bands);
  const max =
    yMax ??
    niceCeiling(
      Math.max(1, ...h.map((r) => r.value), ...f.map((r) => r.value), ...b.map((r) => r.p95)) * 1.1,
    );
  const tips = [
    ...h
      .filter((r) => r.year < baseYear)
      .map((r) => ({ year: r.year, value: r.value, text: `${labels.measured}: ${format(r.value)}` })),
    ...f.map((r) => {
      const band = b.find((x) => x.year === r.year);
      return {
        year: r.year,
        value: r.value,
        text:
          `${labels.forecast}: ${format(r.value)}` +
          (band
            ? `\n${labels.median}: ${format(band.p50)}\n${labels.band90}: ${format(band.p5)}–${format(band.p95)}`
            : ''),
      };
    }),
  ];
  return Plot.plot({
    document,
    width,
    height,
    marginLeft: compact ? 44 : 56,
    marginTop: compact ? 14 : 24,
    marginBottom: compact ? 28 : 40,
    style: { fontSize: compact ? '11px' : '12px' },
    ariaLabel,
    ariaDescription,
    x: {
      domain,
      label: compact ? null : labels.x,
      tickFormat: (y: number) => String(y),
      ticks: width < 420 ? 3 : width < 640 ? 5 : 8,
    },
    y: {
      domain: [0, max],
      grid: true,
      label: compact ? null : labels.y,
      tickFormat: tick,
      ticks: compact ? 4 : 6,
    },
    marks: [
      Plot.ruleX([baseYear], { stroke: frameColors.rule, strokeDasharray: '3,3', ariaHidden: 'true' }),
      Plot.areaY(b, {
        x: 'year',
        y1: 'p5',
        y2: 'p95',
        fill: color,
        fillOpacity: 0.18,
        ariaDescription: labels.band90,
        href: href ? () => href : undefined,
      }),
      Plot.areaY(b, {
        x: 'year',
        y1: 'p25',
        y2: 'p75',
        fill: color,
        fillOpacity: 0.3,
        ariaDescription: labels.band50,
      }),
      Plot.lineY(b, { x: 'year', y: 'p50', stroke: color, strokeWidth: 2, ariaDescription: labels.median }),
      Plot.lineY(f, {
        x: 'year',
        y: 'value',
        stroke: frameColors.ink,
        strokeWidth: 1.5,
        strokeDasharray: '5,3',
        ariaDescription: labels.forecast,
      }),
      Plot.lineY(h, {
        x: 'year',
        y: 'value',
        stroke: frameColors.ink,
        strokeWidth: 2,
        ariaDescription: labels.measured,
      }),
      Plot.dot(h.slice(-1), { x: 'year', y: 'value', fill: frameColors.ink, r: 3, ariaHidden: 'true' }),
      ...(compact
        ? []
        : [
            Plot.text([{ year: baseYear }], {
              x: 'year',
              frameAnchor: 'top',
              dy: -14,
              text: () => `← ${labels.measured}`,
              textAnchor: 'end',
              dx: -4,
              fill: frameColors.quiet,
              ariaHidden: 'true',
            }),
            Plot.text([{ year: baseYear }], {
              x: 'year',
              frameAnchor: 'top',
              dy: -14,
              text: () => `${labels.forecast} →`,
              textAnchor: 'start',
              dx: 4,
              fill: frameColors.quiet,
              ariaHidden: 'true',
            }),
          ]),
      Plot.tip(
        tips,
        Plot.pointerX({
          x: 'year',
          y: 'value',
          title: (d: { year: number; text: string }) => `${d.year}\n${d.text}`,
        }),
      ),
    ],
  });
}
