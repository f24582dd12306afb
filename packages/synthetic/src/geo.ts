/**
 * Municipality polygons from the committed CBS/PDOK topojson (data/geo), decoded without a dependency,
 * and seeded random points inside them.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Random } from './random.ts';

type Ring = [number, number][];
/** A municipality: CBS code, name, polygons (each a list of rings, lon/lat). */
export interface Municipality {
  code: string;
  name: string;
  rings: Ring[];
  bbox: [number, number, number, number];
  centroid: [number, number];
}

interface Topology {
  arcs: number[][][];
  transform?: { scale: [number, number]; translate: [number, number] };
  objects: Record<string, { geometries: TopoGeometry[] }>;
}
interface TopoGeometry {
  type: string;
  arcs: number[][] | number[][][];
  properties: { statcode: string; statnaam: string };
}

/** Default location of the municipal boundaries inside the repository. */
export const GEMEENTE_TOPOJSON = fileURLToPath(
  new URL('../../../data/geo/gemeente_2025.topojson', import.meta.url),
);

/**
 * Reads all municipalities from a topojson file (object `gemeente_2025`).
 * @param path path of gemeente_2025.topojson
 * @returns municipalities sorted by code
 * @example readMunicipalities().find((m) => m.code === "GM0599")?.name // → "Rotterdam"
 */
export function readMunicipalities(path = GEMEENTE_TOPOJSON): Municipality[] {
  const topology = JSON.parse(readFileSync(path, 'utf8')) as Topology;
  const [sx, sy] = topology.transform?.scale ?? [1, 1];
  const [tx, ty] = topology.transform?.translate ?? [0, 0];
  const arcs: Ring[] = topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      return [x * sx + tx, y * sy + ty] as [number, number];
    });
  });
  const ringOf = (indices: number[]): Ring => {
    const ring: Ring = [];
    for (const index of indices) {
      const arc = index >= 0 ? arcs[index] : arcs[~index].slice().reverse();
      for (let i = ring.length ? 1 : 0; i < arc.length; i++) ring.push(arc[i]);
    }
    return ring;
  };
  const object = topology.objects.gemeente_2025 ?? Object.values(topology.objects)[0];
  const out = object.geometries.map((g): Municipality => {
    const polygons = (g.type === 'Polygon' ? [g.arcs] : g.arcs) as number[][][];
    const rings = polygons.flatMap((polygon) => polygon.map(ringOf));
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    let cx = 0;
    let cy = 0;
    let n = 0;
    for (const ring of rings)
      for (const [x, y] of ring) {
        x0 = Math.min(x0, x);
        y0 = Math.min(y0, y);
        x1 = Math.max(x1, x);
        y1 = Math.max(y1, y);
        cx += x;
        cy += y;
        n++;
      }
    return {
      code: g.properties.statcode,
      name: g.properties.statnaam,
      rings,
      bbox: [x0, y0, x1, y1],
      centroid: [cx / n, cy / n],
    };
  });
  return out.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/**
 * Even-odd point-in-polygon test over all rings of a municipality.
 * @param m municipality
 * @param lon longitude
 * @param lat latitude
 * @returns whether the point lies inside
 */
export function containsPoint(m: Municipality, lon: number, lat: number): boolean {
  let inside = false;
  for (const ring of m.rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/**
 * A seeded random point inside a municipality, optionally inside a box too (for the city's districts).
 * @param m municipality
 * @param rng random stream
 * @param box optional [lonMin, latMin, lonMax, latMax]
 * @returns [longitude, latitude]
 */
export function randomPointIn(
  m: Municipality,
  rng: Random,
  box?: [number, number, number, number],
): [number, number] {
  const [x0, y0, x1, y1] = box
    ? [
        Math.max(box[0], m.bbox[0]),
        Math.max(box[1], m.bbox[1]),
        Math.min(box[2], m.bbox[2]),
        Math.min(box[3], m.bbox[3]),
      ]
    : m.bbox;
  for (let attempt = 0; attempt < 5000; attempt++) {
    const lon = rng.uniform(x0, x1);
    const lat = rng.uniform(y0, y1);
    if (containsPoint(m, lon, lat)) return [lon, lat];
  }
  if (box) return randomPointIn(m, rng);
  return m.centroid;
}
