import * as Plot from '@observablehq/plot';
import { frameColors } from './palette.js';
import type { BaselinePoint } from './baseline-unit.js';

/** What the baseline charts share: the years, where the forecast starts, and the x axis. */
export interface BaselineFrame {
  historyStart: number;
  baseYear: number;
  firstForecastYear: number;
  lastYear: number;
  width: number;
  /** The words the charts show; Dutch by default ({@link baselineLabelsNl}). */
  labels?: BaselineLabels;
}

/** Words of the baseline charts: axis, phases, measures and accessible descriptions. */
export interface BaselineLabels {
  year: string;
  measured: string;
  forecast: string;
  baseYearModel: string;
  demand: string;
  supply: string;
  shortage: string;
  hidden: string;
  unfilled: string;
  ofDemand: string;
  totalMeasured: string;
  totalForecast: string;
  partsMeasured: string;
  partsForecast: string;
  totalsDescription: string;
}

/** The Dutch words of the baseline charts (the default). */
export const baselineLabelsNl: BaselineLabels = {
  year: 'Jaar (peildatum 1 oktober)',
  measured: 'gemeten',
  forecast: 'prognose',
  baseYearModel: 'basisjaar model',
  demand: 'Werkgelegenheid',
  supply: 'Bevoegd aanbod',
  shortage: 'Tekort',
  hidden: 'Verborgen tekort',
  unfilled: 'Onvervuld',
  ofDemand: 'van de vraag',
  totalMeasured: 'totaal tekort, gemeten',
  totalForecast: 'totaal tekort, prognose',
  partsMeasured: 'verborgen en onvervuld tekort, gemeten',
  partsForecast: 'verborgen en onvervuld tekort, prognose',
  totalsDescription: 'tekort in fte en als percentage van de werkgelegenheid',
};

/**
 * The x scale of the baseline charts: whole years, fewer ticks when narrow.
 * @param frame years and width
 * @returns Plot's x scale options
 * @example Plot.plot({ x: yearAxis(frame), … })
 */
export function yearAxis({
  historyStart,
  lastYear,
  width,
  labels = baselineLabelsNl,
}: BaselineFrame): Plot.ScaleOptions {
  // A label every two years needs about 40 px a year; below that, every five years.
  const step = width < 640 ? 5 : 2;
  const ticks: number[] = [];
  for (let year = Math.ceil(historyStart / step) * step; year <= lastYear; year += step) ticks.push(year);
  return {
    label: labels.year,
    labelAnchor: 'right',
    labelOffset: 34,
    domain: [historyStart, lastYear],
    ticks,
    tickFormat: (year: number) => String(year),
  };
}

/**
 * Marks that set the forecast apart: a shaded band from the base year to the end, a rule at the base
 * year, and the words "gemeten" and "prognose" at the top ("gemeten" only when measured years are shown,
 * that is when `historyStart` is before the base year).
 * @param frame years and width
 * @returns the marks, drawn first (under the data)
 * @example Plot.plot({ marks: [...forecastBand(frame), Plot.lineY(…)] })
 */
export function forecastBand({
  historyStart,
  baseYear,
  lastYear,
  labels = baselineLabelsNl,
}: BaselineFrame): Plot.Markish[] {
  const label = (text: string, textAnchor: 'start' | 'end', dx: number) =>
    Plot.text([{ year: baseYear, text }], {
      x: 'year',
      text: 'text',
      textAnchor,
      dx,
      frameAnchor: 'top',
      dy: -12,
      fill: frameColors.quiet,
      fontWeight: 600,
      ariaHidden: 'true',
    });
  return [
    Plot.rect([{ x1: baseYear, x2: lastYear }], {
      x1: 'x1',
      x2: 'x2',
      fill: frameColors.forecastBand,
      ariaHidden: 'true',
    }),
    Plot.ruleX([baseYear], { stroke: frameColors.rule, strokeDasharray: '3,3', ariaHidden: 'true' }),
    historyStart < baseYear ? label(`← ${labels.measured}`, 'end', -6) : null,
    label(`${labels.forecast} →`, 'start', 6),
  ];
}

/**
 * A nice round upper bound for an axis.
 * @param value the largest value to show
 * @returns a round number ≥ value
 * @example niceCeiling(1234) // 1500
 */
export function niceCeiling(value: number): number {
  if (!(value > 0)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const steps = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];
  return (steps.find((step) => step * magnitude >= value) ?? 10) * magnitude;
}

/**
 * The year under the pointer in a baseline chart: a grey rule and a tip headed by the year and its phase
 * (measured, the model's base year, forecast), then the chart's own lines.
 * @param points one point per year (`yearlyPoints`)
 * @param options the measure the tip points at, the frame's base year and labels, and the tip's lines
 * @returns the two marks
 * @example ...yearPointer(yearlyPoints(unit), { y: 'demandFte', baseYear, labels, lines: (p) => [`…`] })
 */
export function yearPointer(
  points: BaselinePoint[],
  {
    y,
    baseYear,
    labels,
    lines,
  }: {
    y: keyof BaselinePoint;
    baseYear: number;
    labels: BaselineLabels;
    lines: (point: BaselinePoint) => string[];
  },
): Plot.Markish[] {
  const phase = (p: BaselinePoint) =>
    p.phase === 'history' ? labels.measured : p.year === baseYear ? labels.baseYearModel : labels.forecast;
  return [
    Plot.ruleX(
      points,
      Plot.pointerX({ x: 'year', stroke: frameColors.rule, strokeOpacity: 0.6, ariaHidden: 'true' }),
    ),
    Plot.tip(
      points,
      Plot.pointerX({
        x: 'year',
        y,
        title: (p: BaselinePoint) => [`${p.year} · ${phase(p)}`, ...lines(p)].join('\n'),
      }),
    ),
  ];
}
