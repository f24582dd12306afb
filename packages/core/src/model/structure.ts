import type { Dataset } from '../schema/types.js';
import { AGE_BANDS } from '../schema/constants.js';
import type { Params } from '../calibrate/params.js';

const A = AGE_BANDS.length;

/** Index maps, leaves and the base stock: what a model needs that does not depend on the scenario. */
export type Structure = ReturnType<typeof computeStructure>;

const cache = new WeakMap<Dataset, WeakMap<object, Map<number, Structure>>>();

function computeStructure(data: Dataset, params: Params) {
  const base = params.baseYear;
  const regions = data.regions.map((r) => r.region_id);
  const clusters = data.clusters.map((c) => c.cluster_id);
  const boards = data.boards.map((b) => b.board_id);
  const subjects = data.subjects.map((s) => s.subject_id);
  const sectors = [
    ...new Set([...data.subjects.map((s) => s.sector), ...data.locations.map((l) => l.sector)]),
  ];
  const locations = data.locations.map((l) => l.location_id);
  const regionIndex = new Map(regions.map((x, i) => [x, i]));
  const clusterIndex = new Map(clusters.map((x, i) => [x, i]));
  const boardIndex = new Map(boards.map((x, i) => [x, i]));
  const subjectIndex = new Map(subjects.map((x, i) => [x, i]));
  const sectorIndex = new Map(sectors.map((x, i) => [x, i]));
  const locationIndex = new Map(locations.map((x, i) => [x, i]));
  const nL = locations.length;
  const nS = subjects.length;
  const nB = boards.length;
  const need = <T>(m: Map<string, T>, id: string, what: string, where: string): T => {
    const v = m.get(id);
    if (v === undefined) throw new Error(`${where}: unknown ${what} "${id}"`);
    return v;
  };
  const locationBoard = new Int32Array(nL);
  const locationCluster = new Int32Array(nL);
  data.locations.forEach((l, i) => {
    locationBoard[i] = need(boardIndex, l.board_id, 'board', `locations ${l.location_id}`);
    locationCluster[i] = need(clusterIndex, l.cluster_id, 'cluster', `locations ${l.location_id}`);
  });
  const clusterRegion = new Int32Array(clusters.length);
  data.clusters.forEach(
    (c, i) => (clusterRegion[i] = need(regionIndex, c.region_id, 'region', `clusters ${c.cluster_id}`)),
  );
  const subjectSector = new Int32Array(nS);
  data.subjects.forEach((s, i) => (subjectSector[i] = sectorIndex.get(s.sector)!));

  // Leaves: the subjects of each location's sector with a lesson share or a stock.
  const stockRows = new Map<string, Float64Array>();
  const bandIndex = new Map<string, number>(AGE_BANDS.map((a, i) => [a, i]));
  for (const r of data.workforce) {
    if (r.year !== base) continue;
    const key = `${r.location_id}|${r.subject_id}`;
    let v = stockRows.get(key);
    if (!v) stockRows.set(key, (v = new Float64Array(A)));
    const a = bandIndex.get(r.age_band);
    if (a === undefined) throw new Error(`workforce ${key} ${r.year}: unknown age band "${r.age_band}"`);
    v[a] += r.fte;
  }
  // Subject-major order: the kernel runs subject by subject, so each subject's leaves are contiguous in memory.
  const leafLoc: number[] = [];
  const leafSubj: number[] = [];
  data.subjects.forEach((s, si) => {
    data.locations.forEach((l, li) => {
      if (s.sector !== l.sector) return;
      const share = params.lessonShare[l.location_id]?.[s.subject_id] ?? 0;
      if (share > 0 || stockRows.has(`${l.location_id}|${s.subject_id}`)) {
        leafLoc.push(li);
        leafSubj.push(si);
      }
    });
  });
  const nLeaf = leafLoc.length;
  const leafLocation = Int32Array.from(leafLoc);
  const leafSubject = Int32Array.from(leafSubj);
  const leafBoard = new Int32Array(nLeaf);
  const leafSector = new Int32Array(nLeaf);
  const stock0 = new Float64Array(nLeaf * A);
  const lists: number[][] = subjects.map(() => []);
  for (let c = 0; c < nLeaf; c++) {
    const l = leafLocation[c];
    leafBoard[c] = locationBoard[l];
    leafSector[c] = sectorIndex.get(data.locations[l].sector)!;
    lists[leafSubject[c]].push(c);
    const v = stockRows.get(`${locations[l]}|${subjects[leafSubject[c]]}`);
    if (v) stock0.set(v, c * A);
  }
  const subjectLeaves = lists.map((x) => Int32Array.from(x));

  return {
    regions,
    clusters,
    boards,
    subjects,
    sectors,
    locations,
    boardIndex,
    subjectIndex,
    sectorIndex,
    locationIndex,
    nL,
    nS,
    nB,
    locationBoard,
    locationCluster,
    clusterRegion,
    subjectSector,
    nLeaf,
    leafLocation,
    leafSubject,
    leafBoard,
    leafSector,
    stock0,
    subjectLeaves,
  };
}

/**
 * The scenario-independent part of a model (ids, index maps, leaf cells in subject-major order, base stock),
 * cached per dataset, lesson-share object and base year, so that scenarios on the same data prepare quickly.
 * The arrays are shared: treat them as read-only.
 * @param data normalised dataset
 * @param params parameters (lessonShare and baseYear are used)
 * @returns the structure
 * @example
 * const { leafLocation, stock0 } = modelStructure(data, params);
 */
export function modelStructure(data: Dataset, params: Params): Structure {
  let byShare = cache.get(data);
  if (!byShare) cache.set(data, (byShare = new WeakMap()));
  let byYear = byShare.get(params.lessonShare);
  if (!byYear) byShare.set(params.lessonShare, (byYear = new Map()));
  let st = byYear.get(params.baseYear);
  if (!st) byYear.set(params.baseYear, (st = computeStructure(data, params)));
  return st;
}
