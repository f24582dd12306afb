import * as Plot from '@observablehq/plot';
import { frameColors } from './palette.js';
import { niceCeiling } from './baseline-frame.js';
import type { ChartDocument } from './chart-document.js';

/** A row of {@link clusterLineChart}: one cluster in one year, beside the measures that can be drawn. */
export interface ClusterLineRow {
  clusterId: string;
  clusterName: string;
  year: number;
}

/** The names of a row's numeric fields: the measures a chart can draw. */
export type NumericKey<Row> = { [K in keyof Row]: Row[K] extends number ? K : never }[keyof Row] & string;

/** Options of {@link clusterLineChart}. */
export interface ClusterLineChartOptions<Key extends string = string> extends ChartDocument {
  /** The measure to draw: a numeric field of the rows. */
  y: Key;
  /** Label of the y axis (Dutch). */
  yLabel: string;
  /** Width in pixels (the container's). */
  width: number;
  /** Height in pixels; 300 by default. */
  height?: number;
  /** Colour of every cluster id. */
  colors: Map<string, string>;
  /** The chosen cluster, drawn in colour over the others in grey; `null` draws all in colour. */
  selected: string | null;
  /** Formats the measure in ticks and tooltips. */
  format: (value: number) => string;
  ariaLabel: string;
  ariaDescription: string;
  /** Label of the x axis (default Dutch: "Jaar (peildatum 1 oktober)"). */
  xLabel?: string;
}

const marginTop = 30;
const marginBottom = 40;
const labelGap = 15;
const grey = frameColors.context;

/**
 * A line per cluster over the years, labelled at its end, on a zero-based axis.
 * @param rows rows per cluster and year
 * @param options what to draw and how wide
 * @returns the SVG element made by Observable Plot
 * @example clusterLineChart(series, { y: 'pupils', yLabel: 'Leerlingen', width: 640, … })
 */
export function clusterLineChart<Row extends ClusterLineRow, Key extends NumericKey<Row>>(
  rows: readonly Row[],
  {
    y,
    yLabel,
    width,
    height = 300,
    colors,
    selected,
    format,
    ariaLabel,
    ariaDescription,
    xLabel = 'Jaar (peildatum 1 oktober)',
    document,
  }: ClusterLineChartOptions<Key>,
): SVGSVGElement | HTMLElement {
  const measure = (row: Row) => row[y] as number;
  const focus = selected === null ? rows : rows.filter((row) => row.clusterId === selected);
  const context = selected === null ? [] : rows.filter((row) => row.clusterId !== selected);
  const max = Math.max(1, ...rows.map(measure));
  const domainMax = niceCeiling(max * 1.04);
  const lastYear = Math.max(...rows.map((row) => row.year));
  const firstYear = Math.min(...rows.map((row) => row.year));

  const labels = endLabels(focus, lastYear, (height - marginTop - marginBottom) / domainMax);
  const longest = Math.max(0, ...labels.map((label) => label.name.length));
  const marginRight = Math.min(230, 20 + longest * 8);
  const narrow = width < 520;
  const names = [...colors.keys()].map((id) => rows.find((row) => row.clusterId === id)?.clusterName ?? id);

  return Plot.plot({
    document,
    width,
    height,
    marginTop,
    marginBottom,
    marginLeft: 58,
    marginRight,
    ariaLabel,
    ariaDescription,
    style: { fontSize: '12.5px', fontFamily: 'inherit', color: frameColors.text, overflow: 'visible' },
    x: {
      label: xLabel,
      labelAnchor: 'right',
      labelOffset: 34,
      domain: [firstYear, lastYear],
      ticks: narrow ? 4 : Math.min(12, lastYear - firstYear + 1),
      tickFormat: (year: number) => (narrow ? String(year) : `’${String(year).slice(2)}`),
    },
    y: {
      label: yLabel,
      labelArrow: 'none',
      domain: [0, domainMax],
      grid: true,
      ticks: 5,
      tickFormat: format,
    },
    color: { domain: names, range: [...colors.values()], label: 'Cluster' },
    marks: [
      Plot.ruleY([0], { stroke: frameColors.rule }),
      Plot.lineY(context, {
        x: 'year',
        y,
        z: 'clusterId',
        stroke: grey,
        strokeWidth: 1.5,
        ariaHidden: 'true',
      }),
      Plot.lineY(focus, {
        x: 'year',
        y,
        z: 'clusterId',
        stroke: 'clusterName',
        strokeWidth: selected === null ? 2.25 : 3,
        ariaDescription: 'een lijn per cluster',
        tip: {
          format: {
            x: (year: number) => String(year),
            y: format,
            stroke: true,
            z: false,
          },
        },
      }),
      Plot.dot(
        focus.filter((row) => row.year === lastYear),
        { x: 'year', y, fill: 'clusterName', r: 3.5, ariaHidden: 'true' },
      ),
      Plot.text(labels, {
        x: 'year',
        y: 'labelY',
        text: 'name',
        fill: 'color',
        dx: 8,
        textAnchor: 'start',
        fontWeight: 600,
        ariaDescription: 'namen van de clusters',
      }),
    ],
  });

  function endLabels(series: readonly Row[], year: number, pixelsPerUnit: number) {
    const last = series
      .filter((row) => row.year === year)
      .map((row) => ({
        year,
        name: row.clusterName,
        color: colors.get(row.clusterId) ?? frameColors.text,
        value: measure(row),
        labelY: measure(row),
      }))
      .sort((a, b) => b.value - a.value);
    // Push labels apart so that no two overlap; lines that end close together stay readable.
    const gap = labelGap / pixelsPerUnit;
    for (let i = 1; i < last.length; i++) {
      if (last[i - 1].labelY - last[i].labelY < gap) last[i].labelY = last[i - 1].labelY - gap;
    }
    return last;
  }
}
