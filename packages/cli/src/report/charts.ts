import {
  clusterColors,
  clusterLineChart,
  demandSupplyChart,
  waterfallChart,
  type BaselinePoint,
  type WaterfallStep,
} from '@opgave/charts';
import { parseHTML } from 'linkedom';
import { formatFte, formatPct } from './format-nl.js';
import type { UnitYear } from './report-data.js';

/** Width of the report's charts: its column (820 px) less the padding. */
const WIDTH = 760;

/** A fresh linkedom document for Plot to draw one chart in. */
function nodeDocument(): Document {
  return parseHTML('<!DOCTYPE html><html><body></body></html>').document as unknown as Document;
}

/**
 * The markup of a chart drawn in Node, with the `xmlns` attribute set on its SVG so that it is valid
 * inline and as a standalone file.
 * @param figure what a chart of @opgave/charts returned
 * @returns the SVG (or figure) markup
 */
function svgMarkup(figure: SVGSVGElement | HTMLElement): string {
  const svg = figure.tagName.toLowerCase() === 'svg' ? figure : figure.querySelector('svg');
  if (!svg) throw new Error('report chart: Plot made no SVG');
  svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  svg.setAttribute('role', 'img');
  return figure.outerHTML;
}

const toPoint = (d: UnitYear): BaselinePoint => ({
  year: d.year,
  phase: 'forecast',
  demandFte: d.demand,
  supplyFte: d.supply,
  totalShortageFte: d.shortage,
  hiddenShortageFte: d.hidden,
  unfilledFte: d.unfilled,
  shortagePct: d.pct,
});

/**
 * Demand (werkgelegenheid) and qualified supply of the region per forecast year, the gap tinted: the
 * dashboard's chart, drawn over the projection's years only.
 * @param series the region's figures per year, base year first
 * @param region the region's id and name
 * @returns SVG markup
 * @example
 * demandSupplySvg(figures.region.series, figures.region);
 */
export function demandSupplySvg(series: UnitYear[], region: { id: string; name: string }): string {
  const first = series[0];
  const last = series.at(-1) as UnitYear;
  return svgMarkup(
    demandSupplyChart(
      { level: 'region', unitId: region.id, name: region.name, history: [], forecast: series.map(toPoint) },
      {
        historyStart: first.year,
        baseYear: first.year,
        firstForecastYear: first.year + 1,
        lastYear: last.year,
        width: WIDTH,
        height: 300,
        format: formatFte,
        formatTick: formatFte,
        formatPercent: formatPct,
        ariaLabel: 'Werkgelegenheid en bevoegd aanbod in de regio, in FTE per jaar',
        ariaDescription: `Werkgelegenheid van ${formatFte(first.demand)} naar ${formatFte(last.demand)} FTE, bevoegd aanbod van ${formatFte(first.supply)} naar ${formatFte(last.supply)} FTE, ${first.year}–${last.year}.`,
        document: nodeDocument(),
      },
    ),
  );
}

/**
 * The total shortage of each cluster per year, one line per cluster in the dashboard's cluster colours,
 * labelled at its end.
 * @param series cluster id, name, year and shortage, clusters in the model's order
 * @returns SVG markup
 * @example
 * clusterShortageSvg(figures.clusterSeries);
 */
export function clusterShortageSvg(
  series: { clusterId: string; clusterName: string; year: number; shortage: number }[],
): string {
  const ids = [...new Set(series.map((d) => d.clusterId))];
  const years = series.map((d) => d.year);
  return svgMarkup(
    clusterLineChart(series, {
      y: 'shortage',
      yLabel: 'Tekort (FTE)',
      width: WIDTH,
      height: 280,
      colors: clusterColors(ids),
      selected: null,
      format: formatFte,
      ariaLabel: 'Totaal tekort per cluster, in FTE per jaar',
      ariaDescription: `Totaal tekort van ${ids.length} clusters, ${Math.min(...years)}–${Math.max(...years)}.`,
      document: nodeDocument(),
    }),
  );
}

/**
 * The change of the region's total shortage from one year to the next as a waterfall: the shortage in the
 * first year, each driver's contribution (vermillion raises it, bluish green lowers it), the shortage in
 * the second year.
 * @param from the region's figures in the year before
 * @param drivers Dutch label and value (FTE) of each driver
 * @param to the region's figures in the year explained
 * @returns SVG markup
 * @example
 * driversSvg(series.at(-2), [{ label: 'Pensioen', value: 120 }], series.at(-1));
 */
export function driversSvg(
  from: UnitYear,
  drivers: { label: string; value: number }[],
  to: UnitYear,
): string {
  const steps: WaterfallStep[] = [
    { label: String(from.year), value: from.shortage, kind: 'total' },
    ...drivers.map((d): WaterfallStep => ({ ...d, kind: 'change' })),
    { label: String(to.year), value: to.shortage, kind: 'total' },
  ];
  return svgMarkup(
    waterfallChart(steps, {
      width: WIDTH,
      // The longest driver's name ("Verandering in betrekkingsomvang") needs more than the default.
      marginLeft: 250,
      format: formatFte,
      formatTick: formatFte,
      labels: { x: 'FTE' },
      ariaLabel: `Oorzaken van de verandering van het tekort van ${from.year} naar ${to.year}, in FTE`,
      ariaDescription: steps.map((s) => `${s.label}: ${formatFte(s.value)}`).join('; '),
      document: nodeDocument(),
    }),
  );
}
