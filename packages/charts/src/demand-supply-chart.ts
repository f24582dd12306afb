import * as Plot from '@observablehq/plot';
import type { BaselinePoint, BaselineUnit } from './baseline-unit.js';
import { yearlyPoints } from './baseline-points.js';
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

/** Options of {@link demandSupplyChart}. */
export interface DemandSupplyChartOptions extends BaselineFrame, ChartDocument {
  height?: number;
  /** Formats FTE in labels and tooltips. */
  format: (value: number) => string;
  /** Formats FTE on the axis (whole numbers). */
  formatTick: (value: number) => string;
  formatPercent: (value: number) => string;
  ariaLabel: string;
  ariaDescription: string;
}

/**
 * Demand (werkgelegenheid) and qualified supply in FTE of one unit over history and forecast: measured
 * years solid, the model's dashed on a shaded band, the gap between them tinted.
 * @param unit the region's or a cluster's series
 * @param options years, width, formatting and accessible text
 * @returns the SVG made by Observable Plot
 * @example demandSupplyChart(region, { historyStart: 2014, baseYear: 2025, … })
 */
export function demandSupplyChart(
  unit: BaselineUnit,
  {
    height = 320,
    format,
    formatTick,
    formatPercent,
    ariaLabel,
    ariaDescription,
    document,
    ...frame
  }: DemandSupplyChartOptions,
): SVGSVGElement | HTMLElement {
  const { width, lastYear } = frame;
  const labels = frame.labels ?? baselineLabelsNl;
  const { demand: demandLabel, supply: supplyLabel } = labels;
  const all = [...unit.history, ...unit.forecast];
  const values = all.flatMap((p) => [p.demandFte, p.supplyFte]);
  const low = Math.min(...values);
  const high = Math.max(...values);
  const pad = (high - low) * 0.15 || high * 0.1 || 1;
  const lines = (points: BaselinePoint[]) =>
    points.flatMap((p) => [
      { year: p.year, value: p.demandFte, measure: demandLabel },
      { year: p.year, value: p.supplyFte, measure: supplyLabel },
    ]);
  const last = unit.forecast.at(-1) ?? unit.history.at(-1);
  const demandOnTop = !last || last.demandFte >= last.supplyFte;
  const endLabel = (measure: string, value: number | undefined, above: boolean) =>
    Plot.text(value === undefined ? [] : [{ year: lastYear, value, measure }], {
      x: 'year',
      y: 'value',
      text: 'measure',
      fill: 'measure',
      dx: 8,
      dy: above ? -8 : 8,
      textAnchor: 'start',
      fontWeight: 600,
      ariaHidden: 'true',
    });
  const stroke = { domain: [demandLabel, supplyLabel], range: [measureColors.demand, measureColors.supply] };

  return Plot.plot({
    document,
    width,
    height,
    marginTop: 34,
    marginBottom: 40,
    marginLeft: 58,
    marginRight: width < 440 ? 16 : 118,
    ariaLabel,
    ariaDescription,
    style: { fontSize: '12.5px', fontFamily: 'inherit', color: frameColors.text, overflow: 'visible' },
    x: yearAxis(frame),
    y: {
      label: 'Fte',
      labelArrow: 'none',
      domain: [Math.max(0, niceFloor(low - pad)), niceCeiling(high + pad * 0.3)],
      grid: true,
      ticks: 5,
      tickFormat: formatTick,
    },
    color: stroke,
    marks: [
      ...forecastBand(frame),
      Plot.areaY([...unit.history], {
        x: 'year',
        y1: 'supplyFte',
        y2: 'demandFte',
        fill: measureColors.gap,
        fillOpacity: 0.14,
        ariaHidden: 'true',
      }),
      Plot.areaY([...unit.forecast], {
        x: 'year',
        y1: 'supplyFte',
        y2: 'demandFte',
        fill: measureColors.gap,
        fillOpacity: 0.09,
        ariaHidden: 'true',
      }),
      Plot.lineY(lines(unit.history), {
        x: 'year',
        y: 'value',
        z: 'measure',
        stroke: 'measure',
        strokeWidth: 2.5,
        ariaDescription: labels.measured,
      }),
      Plot.lineY(lines(unit.forecast), {
        x: 'year',
        y: 'value',
        z: 'measure',
        stroke: 'measure',
        strokeWidth: 2.5,
        strokeDasharray: '7,5',
        ariaDescription: labels.forecast,
      }),
      width < 440 ? null : endLabel(demandLabel, last?.demandFte, demandOnTop),
      width < 440 ? null : endLabel(supplyLabel, last?.supplyFte, !demandOnTop),
      ...yearPointer(yearlyPoints(unit), {
        y: 'demandFte',
        baseYear: frame.baseYear,
        labels,
        lines: (p) => [
          `${demandLabel}: ${format(p.demandFte)} fte`,
          `${supplyLabel}: ${format(p.supplyFte)} fte`,
          `${labels.shortage}: ${format(p.totalShortageFte)} fte (${formatPercent(p.shortagePct)})`,
        ],
      }),
    ],
  });
}

function niceFloor(value: number): number {
  if (!(value > 0)) return 0;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  return Math.floor(value / (magnitude / 2)) * (magnitude / 2);
}
