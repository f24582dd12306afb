import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { formatFte, formatSignedFte } from './format-nl.js';
import type { UnitYear } from './report-data.js';

/** Colours of the report (also used in its CSS legend). */
export const COLORS = {
  demand: '#1d3557',
  supply: '#2a9d8f',
  shortage: '#d1495b',
  decrease: '#3d7ea6',
  clusters: ['#1d3557', '#d1495b', '#e9a03b', '#2a9d8f', '#7b5ea7', '#6b705c'],
};

const WIDTH = 760;

/**
 * Renders a Plot chart in Node to an SVG string with the `xmlns` attribute set, so it is valid inline and
 * as a standalone file.
 * @param options Plot options (the document is added)
 * @returns the SVG markup
 */
function renderSvg(options: Plot.PlotOptions): string {
  const { document } = parseHTML('<!DOCTYPE html><html><body></body></html>');
  const chart = Plot.plot({ ...options, document: document as unknown as Document });
  const svg = (chart.tagName.toLowerCase() === 'svg' ? chart : chart.querySelector('svg')) as SVGSVGElement;
  svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  svg.setAttribute('role', 'img');
  return chart.outerHTML;
}

const axisFte = (d: number) => formatFte(d);

/**
 * Demand (werkgelegenheid) and qualified supply of the region per year, the gap shaded.
 * @param series the region's figures per year
 * @returns SVG markup
 * @example
 * demandSupplyChart(figures.region.series);
 */
export function demandSupplyChart(series: UnitYear[]): string {
  const values = series.flatMap((d) => [d.demand, d.supply]);
  const low = Math.min(...values);
  const high = Math.max(...values);
  const pad = (high - low) * 0.15 || high * 0.05 || 1;
  const last = series.at(-1) as UnitYear;
  const demandOnTop = last.demand >= last.supply;
  const label = (value: number, text: string, color: string, above: boolean) =>
    Plot.text([{ year: last.year, value }], {
      x: 'year',
      y: 'value',
      text: () => text,
      fill: color,
      dx: 8,
      dy: above ? -10 : 10,
      textAnchor: 'start',
      fontWeight: 600,
      fontSize: 12,
    });
  return renderSvg({
    width: WIDTH,
    height: 300,
    marginLeft: 60,
    marginRight: 130,
    ariaLabel: 'Werkgelegenheid en bevoegd aanbod in de regio, in FTE per jaar',
    x: { label: null, tickFormat: 'd', ticks: Math.min(series.length, 8) },
    y: { label: 'FTE', domain: [Math.max(0, low - pad), high + pad], grid: true, tickFormat: axisFte },
    marks: [
      Plot.areaY(series, {
        x: 'year',
        y1: 'supply',
        y2: (d: UnitYear) => Math.max(d.demand, d.supply),
        fill: COLORS.shortage,
        fillOpacity: 0.18,
      }),
      Plot.lineY(series, { x: 'year', y: 'demand', stroke: COLORS.demand, strokeWidth: 2.5 }),
      Plot.lineY(series, { x: 'year', y: 'supply', stroke: COLORS.supply, strokeWidth: 2.5 }),
      Plot.dot(series, { x: 'year', y: 'demand', fill: COLORS.demand, r: 2.5 }),
      Plot.dot(series, { x: 'year', y: 'supply', fill: COLORS.supply, r: 2.5 }),
      label(last.demand, 'Werkgelegenheid', COLORS.demand, demandOnTop),
      label(last.supply, 'Bevoegd aanbod', COLORS.supply, !demandOnTop),
    ],
  });
}

/**
 * The total shortage of each cluster per year, one line per cluster, labelled at its end.
 * @param series cluster name, year and shortage
 * @returns SVG markup
 * @example
 * clusterShortageChart(figures.clusterSeries);
 */
export function clusterShortageChart(series: { cluster: string; year: number; shortage: number }[]): string {
  const clusters = [...new Set(series.map((d) => d.cluster))];
  const lastYear = Math.max(...series.map((d) => d.year));
  const ends = series.filter((d) => d.year === lastYear).sort((a, b) => b.shortage - a.shortage);
  // Labels at the line ends must not overlap: push them apart by at least 14 px worth of FTE.
  const high = Math.max(1, ...series.map((d) => d.shortage));
  const minGap = (high * 1.1 * 14) / 240;
  const placed: { cluster: string; year: number; y: number }[] = [];
  for (const e of ends) {
    const prev = placed.at(-1);
    placed.push({
      cluster: e.cluster,
      year: e.year,
      y: prev && prev.y - e.shortage < minGap ? prev.y - minGap : e.shortage,
    });
  }
  return renderSvg({
    width: WIDTH,
    height: 280,
    marginLeft: 60,
    marginRight: 130,
    ariaLabel: 'Totaal tekort per cluster, in FTE per jaar',
    x: { label: null, tickFormat: 'd', ticks: 8 },
    y: { label: 'Tekort (FTE)', domain: [0, high * 1.1], grid: true, tickFormat: axisFte },
    color: { domain: clusters, range: COLORS.clusters },
    marks: [
      Plot.ruleY([0]),
      Plot.lineY(series, { x: 'year', y: 'shortage', stroke: 'cluster', strokeWidth: 2.5 }),
      Plot.dot(series, { x: 'year', y: 'shortage', fill: 'cluster', r: 2.5 }),
      Plot.text(placed, {
        x: 'year',
        y: 'y',
        text: 'cluster',
        fill: 'cluster',
        dx: 8,
        textAnchor: 'start',
        fontWeight: 600,
        fontSize: 12,
      }),
    ],
  });
}

/**
 * The drivers of the change of the total shortage in one year, as horizontal bars: red raises the
 * shortage, blue lowers it.
 * @param drivers Dutch label and value (FTE) of each driver
 * @returns SVG markup
 * @example
 * driversChart([{ label: 'Pensioen', value: 120 }]);
 */
export function driversChart(drivers: { label: string; value: number }[]): string {
  const extent = Math.max(1, ...drivers.map((d) => Math.abs(d.value)));
  return renderSvg({
    width: WIDTH,
    height: 34 + drivers.length * 26,
    marginLeft: 250,
    marginRight: 60,
    ariaLabel: 'Oorzaken van de verandering van het tekort, in FTE',
    x: {
      label: 'FTE (positief: tekort groeit)',
      domain: [-extent * 1.15, extent * 1.15],
      grid: true,
      tickFormat: axisFte,
    },
    y: { label: null, domain: drivers.map((d) => d.label) },
    marks: [
      Plot.barX(drivers, {
        x: 'value',
        y: 'label',
        fill: (d: { value: number }) => (d.value >= 0 ? COLORS.shortage : COLORS.decrease),
      }),
      Plot.ruleX([0]),
      Plot.text(
        drivers.filter((d) => d.value >= 0),
        {
          x: 'value',
          y: 'label',
          text: (d: { value: number }) => formatSignedFte(d.value),
          textAnchor: 'start',
          dx: 4,
          fontSize: 11,
        },
      ),
      Plot.text(
        drivers.filter((d) => d.value < 0),
        {
          x: 'value',
          y: 'label',
          text: (d: { value: number }) => formatSignedFte(d.value),
          textAnchor: 'end',
          dx: -4,
          fontSize: 11,
        },
      ),
    ],
  });
}
