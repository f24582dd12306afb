/**
 * Region specs for the national-scale dataset: the Rotterdam-like region plus regions made by grouping
 * the other municipalities with a seeded k-means on their centroids.
 */
import type { Municipality } from './geo.ts';
import { genericRegionSpec, rotterdamSpec } from './region-specs.ts';
import type { RegionSpec } from './region.ts';
import type { Random } from './random.ts';

/**
 * Specs of `count` regions: R01 is the Rotterdam-like region, R02 … are groups of the other municipalities.
 * @param municipalities all municipalities
 * @param count number of regions (≥ 2)
 * @param rng random stream
 * @returns region specs in id order
 */
export function nationalSpecs(municipalities: Municipality[], count: number, rng: Random): RegionSpec[] {
  const rotterdam = rotterdamSpec();
  const taken = new Set(rotterdam.clusters.flatMap((c) => c.municipalities.map((m) => m.code)));
  const rest = municipalities.filter((m) => !taken.has(m.code));
  const k = Math.max(1, Math.min(count - 1, rest.length));
  const xy = rest.map((m) => [m.centroid[0] * 0.616, m.centroid[1]] as [number, number]);
  const order = rng.shuffle(rest.map((_, i) => i));
  let centres = order.slice(0, k).map((i) => [...xy[i]] as [number, number]);
  let assign = new Array<number>(rest.length).fill(0);
  for (let iteration = 0; iteration < 25; iteration++) {
    assign = xy.map(([x, y]) => {
      let best = 0;
      let bestD = Infinity;
      centres.forEach(([cx, cy], c) => {
        const d = (x - cx) ** 2 + (y - cy) ** 2;
        if (d < bestD) {
          bestD = d;
          best = c;
        }
      });
      return best;
    });
    centres = centres.map((centre, c) => {
      const members = xy.filter((_, i) => assign[i] === c);
      if (!members.length) return centre;
      return [
        members.reduce((a, p) => a + p[0], 0) / members.length,
        members.reduce((a, p) => a + p[1], 0) / members.length,
      ];
    });
  }
  const groups = centres
    .map((centre, c) => ({ centre, members: rest.filter((_, i) => assign[i] === c) }))
    .filter((g) => g.members.length > 0)
    .sort((a, b) => b.centre[1] - a.centre[1] || a.centre[0] - b.centre[0]);
  const specs: RegionSpec[] = [rotterdam];
  groups.forEach((g, i) => {
    const members = g.members
      .slice()
      .sort((a, b) => a.centroid[0] - b.centroid[0] || (a.code < b.code ? -1 : 1));
    specs.push(genericRegionSpec(i + 2, members, rng.fork(`region-${i + 2}`)));
  });
  return specs;
}
