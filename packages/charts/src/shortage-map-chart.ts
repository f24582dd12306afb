import * as Plot from '@observablehq/plot';
import { frameColors, heatScale, seriesColor } from './palette.js';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { ChartDocument } from './chart-document.js';

/** A municipality with its shortage. */
export interface MapArea {
  code: string;
  name: string;
  /** Shortage in % of demand, or NaN when no school of the region is there. */
  value: number;
  title: string;
}

/** A school location on the map. */
export interface MapDot {
  name: string;
  longitude: number;
  latitude: number;
  pupils: number;
  title: string;
  href?: string;
}

/** Options of {@link shortageMapChart}. */
export interface ShortageMapChartOptions extends ChartDocument {
  width: number;
  legendLabel: string;
  /** Upper end of the colour scale (default the largest value). */
  max?: number;
  ariaLabel: string;
  ariaDescription: string;
}

/**
 * A map of the region: municipalities coloured by the shortage on a sequential colour-blind-safe scale,
 * school locations as dots sized by pupils, names of the municipalities; all offline.
 * @param features the municipalities' boundaries (GeoJSON, WGS84), with `properties.statcode`
 * @param areas the shortage per municipality code
 * @param dots the school locations
 * @param options width and texts
 * @returns the SVG made by Observable Plot (the legend is drawn beside it, `ChartLegend`)
 * @example shortageMapChart(feature(topology, topology.objects.gemeente_2025), areas, dots, { width: 800, … })
 */
export function shortageMapChart(
  features: FeatureCollection<Geometry, { statcode: string; statnaam: string }>,
  areas: readonly MapArea[],
  dots: readonly MapDot[],
  { width, legendLabel, max: top, ariaLabel, ariaDescription, document }: ShortageMapChartOptions,
): SVGSVGElement | HTMLElement {
  const byCode = new Map(areas.map((a) => [a.code, a]));
  const shown = features.features.filter((f) => byCode.has(f.properties.statcode));
  const region: FeatureCollection = { type: 'FeatureCollection', features: shown };
  const max = top ?? Math.max(1, ...areas.map((a) => (Number.isFinite(a.value) ? a.value : 0)));
  const area = (f: Feature<Geometry, { statcode: string }>) => byCode.get(f.properties.statcode);
  return Plot.plot({
    document,
    width,
    height: Math.round(width * 0.72),
    projection: { type: 'mercator', domain: region, inset: 10 },
    ariaLabel,
    ariaDescription,
    style: { fontSize: '12px' },
    color: { type: 'linear', domain: [0, max], scheme: heatScale.scheme, label: legendLabel },
    r: { range: [2, 11] },
    marks: [
      Plot.geo(shown, {
        fill: (f: Feature<Geometry, { statcode: string }>) => area(f)?.value,
        stroke: 'white',
        strokeWidth: 1.2,
        title: (f: Feature<Geometry, { statcode: string }>) => area(f)?.title ?? '',
        tip: true,
        ariaLabel: (f: Feature<Geometry, { statcode: string }>) => area(f)?.title ?? '',
      }),
      Plot.dot(dots, {
        x: 'longitude',
        y: 'latitude',
        r: 'pupils',
        fill: seriesColor,
        fillOpacity: 0.75,
        stroke: 'white',
        strokeWidth: 0.8,
        href: (d: MapDot) => d.href ?? null,
        title: 'title',
        tip: true,
        ariaLabel: (d: MapDot) => d.title,
      }),
      Plot.text(
        shown,
        Plot.centroid({
          text: (f: Feature<Geometry, { statnaam: string }>) => f.properties.statnaam,
          fill: frameColors.ink,
          stroke: 'white',
          strokeWidth: 3,
          fontSize: 11,
          fontWeight: 600,
          ariaHidden: 'true',
          pointerEvents: 'none',
        }),
      ),
    ],
  });
}
