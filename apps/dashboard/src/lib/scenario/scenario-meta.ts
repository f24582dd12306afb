import type { Dataset } from '@opgave/core';
import type { ScenarioMeta } from './scenario-types';

/**
 * The names the scenario studio shows, from the dataset: the region, clusters, boards (with membership),
 * subjects and institutes, each sorted by id.
 * @param data the normalised dataset
 * @param years the projection's years (base year first)
 * @returns the studio's meta data
 * @example scenarioMeta(data, projection.years).clusters[0].name
 */
export function scenarioMeta(data: Dataset, years: number[]): ScenarioMeta {
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
  const region = data.regions[0];
  return {
    baseYear: years[0],
    years: [...years],
    region: { id: region?.region_id ?? '', name: region?.name ?? '' },
    clusters: data.clusters.map((c) => ({ id: c.cluster_id, name: c.name })).sort(byId),
    boards: data.boards
      .map((b) => ({ id: b.board_id, name: b.name, member: b.partnership_member, sector: b.sector }))
      .sort(byId),
    subjects: data.subjects
      .map((s) => ({ id: s.subject_id, name: s.name, nameEn: s.name_en, sector: s.sector }))
      .sort(byId),
    institutes: (data.institutes ?? []).map((i) => ({ id: i.institute_id, name: i.name })).sort(byId),
  };
}
