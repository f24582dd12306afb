import * as Plot from '@observablehq/plot';
import type { BaselinePoint, BaselineUnit } from './baseline-unit.js';
import { pointAt, yearlyPoints } from './baseline-points.js';
import {
  baselineLabelsNl,
  forecastBand,
  niceCeiling,
  yearAxis,
  yearPointer,
  type BaselineFrame,
} from './baseline-frame.js';
import { frameColors, measureColors } from './palette.js';
import type { ChartDocument } from './chart-document.js';

/** Options of {@link shortageChart}. */
export interface ShortageChartOptions extends BaselineFrame, ChartDocument {
  height?: number;
  /** Years whose total is labelled with FTE and % (e.g. now, in 5 and in 10 years). */
  labelYears: number[];
  /** Formats FTE in labels and tooltips. */
  format: (value: number) => string;
  /** Formats FTE on the axis (whole numbers). */
  formatTick: (value: number) => string;
  formatPercent: (value: number) => string;
  ariaLabel: string;
  ariaDescription: string;
}

/** Dutch names of the two parts of the shortage, as the legend and tooltips show them. */
export const hiddenLabel = baselineLabelsNl.hidden;
export const unfilledLabel = baselineLabelsNl.unfilled;

/**
 * The total shortage of one unit in FTE, stacked into its hidden part (lessons by unqualified staff)
 * and unfilled demand, with the total as a line (solid measured, dashed forecast) and labels giving
 * FTE and % of demand in chosen years.
 * @param unit the region's or a cluster's series
 * @param options years, width, formatting and accessible text
 * @returns the SVG made by Observable Plot
 * @example shortageChart(region, { labelYears: [2025, 2030, 2035], … })
 */
export function shortageChart(
  unit: BaselineUnit,
  {
    height = 320,
    labelYears,
    format,
    formatTick,
    formatPercent,
    ariaLabel,
    ariaDescription,
    document,
    ...frame
  }: ShortageChartOptions,
): SVGSVGElement | HTMLElement {
  const { width } = frame;
  const labels = frame.labels ?? baselineLabelsNl;
  const { hidden: hiddenLabel, unfilled: unfilledLabel } = labels;
  const parts = (points: BaselinePoint[]) =>
    points.flatMap((p) => [
      { year: p.year, value: p.hiddenShortageFte, part: hiddenLabel },
      { year: p.year, value: p.unfilledFte, part: unfilledLabel },
    ]);
  const all = [...unit.history, ...unit.forecast];
  const max = niceCeiling(Math.max(1, ...all.map((p) => p.totalShortageFte)) * 1.22);
  const labelled = labelYears
    .map((year) => pointAt(unit, year))
    .filter((p): p is BaselinePoint => p !== undefined);
  const area = (points: BaselinePoint[], fillOpacity: number, description: string) =>
    Plot.areaY(parts(points), {
      x: 'year',
      y: 'value',
      z: 'part',
      fill: 'part',
      fillOpacity,
      order: [hiddenLabel, unfilledLabel],
      ariaDescription: description,
    });
  const total = (points: BaselinePoint[], dashed: boolean) =>
    Plot.lineY(points, {
      x: 'year',
      y: 'totalShortageFte',
      stroke: measureColors.demand,
      strokeWidth: 2.25,
      strokeDasharray: dashed ? '7,5' : undefined,
      ariaDescription: dashed ? labels.totalForecast : labels.totalMeasured,
    });

  return Plot.plot({
    document,
    width,
    height,
    marginTop: 34,
    marginBottom: 40,
    marginLeft: 58,
    marginRight: width < 440 ? 24 : 40,
    ariaLabel,
    ariaDescription,
    style: { fontSize: '12.5px', fontFamily: 'inherit', color: frameColors.text, overflow: 'visible' },
    x: yearAxis(frame),
    y: { label: 'Fte', labelArrow: 'none', domain: [0, max], grid: true, ticks: 5, tickFormat: formatTick },
    color: { domain: [hiddenLabel, unfilledLabel], range: [measureColors.hidden, measureColors.unfilled] },
    marks: [
      ...forecastBand(frame),
      area(unit.history, 0.85, labels.partsMeasured),
      area(unit.forecast, 0.5, labels.partsForecast),
      Plot.ruleY([0], { stroke: frameColors.rule }),
      total(unit.history, false),
      total(unit.forecast, true),
      Plot.dot(labelled, {
        x: 'year',
        y: 'totalShortageFte',
        r: 4,
        fill: 'white',
        stroke: measureColors.demand,
        strokeWidth: 2,
        ariaHidden: 'true',
      }),
      Plot.text(labelled, {
        x: 'year',
        y: 'totalShortageFte',
        text: (p: BaselinePoint) =>
          width < 440
            ? formatPercent(p.shortagePct)
            : `${format(p.totalShortageFte)} fte\n${formatPercent(p.shortagePct)}`,
        dy: width < 440 ? -12 : -20,
        fontWeight: 600,
        fill: measureColors.demand,
        stroke: 'white',
        strokeWidth: 4,
        paintOrder: 'stroke',
        lineHeight: 1.15,
        ariaDescription: labels.totalsDescription,
      }),
      ...yearPointer(yearlyPoints(unit), {
        y: 'totalShortageFte',
        baseYear: frame.baseYear,
        labels,
        lines: (p) => [
          `${labels.shortage}: ${format(p.totalShortageFte)} fte (${formatPercent(p.shortagePct)} ${labels.ofDemand})`,
          `${hiddenLabel}: ${format(p.hiddenShortageFte)} fte`,
          `${unfilledLabel}: ${format(p.unfilledFte)} fte`,
        ],
      }),
    ],
  });
}
