import type { Model } from '../model/model.js';
import type { KernelResult, LeafMeasure } from './kernel.js';
import { LEAF_MEASURES } from './kernel.js';
import { ALL } from '../schema/constants.js';
import type { Level } from '../schema/constants.js';

/** One aggregation group: a unit at a level and a subject key (a subject, `all-<sector>` or `all`). */
export interface Group {
  level: Level;
  unit: string;
  subject: string;
}

/** Groups and the leaf → group membership (12 groups per leaf: 4 levels × subject, sector total, total). */
export interface Grouping {
  groups: Group[];
  index: Map<string, number>;
  /** [leaf·12 + k] → group index. */
  membership: Int32Array;
}

/** Key of a group in Grouping.index. */
export function groupKey(level: string, unit: string, subject: string): string {
  return `${level}\u0000${unit}\u0000${subject}`;
}

/** Build the grouping of a model's leaves over the hierarchy. */
export function buildGrouping(model: Model): Grouping {
  const groups: Group[] = [];
  const index = new Map<string, number>();
  const membership = new Int32Array(model.nLeaf * 12);
  const get = (level: Level, unit: string, subject: string) => {
    const k = groupKey(level, unit, subject);
    let g = index.get(k);
    if (g === undefined) {
      g = groups.length;
      groups.push({ level, unit, subject });
      index.set(k, g);
    }
    return g;
  };
  for (let c = 0; c < model.nLeaf; c++) {
    const l = model.leafLocation[c];
    const cl = model.locationCluster[l];
    const units: [Level, string][] = [
      ['location', model.locations[l]],
      ['board', model.boards[model.locationBoard[l]]],
      ['cluster', model.clusters[cl]],
      ['region', model.regions[model.clusterRegion[cl]]],
    ];
    const subject = model.subjects[model.leafSubject[c]];
    const sector = `${ALL}-${model.sectors[model.leafSector[c]]}`;
    units.forEach(([level, unit], k) => {
      membership[c * 12 + k * 3] = get(level, unit, subject);
      membership[c * 12 + k * 3 + 1] = get(level, unit, sector);
      membership[c * 12 + k * 3 + 2] = get(level, unit, ALL);
    });
  }
  return { groups, index, membership };
}

/**
 * Sum every leaf measure into every group: [t·nGroup + group].
 * @param model prepared model
 * @param result kernel result
 * @param grouping grouping of the leaves
 * @returns sums per measure
 */
export function aggregateResult(
  model: Model,
  result: KernelResult,
  grouping: Grouping,
): Record<LeafMeasure, Float64Array> {
  const G = grouping.groups.length;
  const T = model.horizon + 1;
  const out = {} as Record<LeafMeasure, Float64Array>;
  const mem = grouping.membership;
  for (const m of LEAF_MEASURES) {
    const src = result.values[m];
    const dst = new Float64Array(T * G);
    for (let t = 0; t < T; t++) {
      const so = t * model.nLeaf;
      const go = t * G;
      for (let c = 0; c < model.nLeaf; c++) {
        const x = src[so + c];
        if (x === 0) continue;
        const k = c * 12;
        for (let j = 0; j < 12; j++) dst[go + mem[k + j]] += x;
      }
    }
    out[m] = dst;
  }
  return out;
}
