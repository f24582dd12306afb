import { ALL, explainChange, type Dataset, type Measure, type Projection, type Scenario } from '@opgave/core';

/** Demand, supply and shortage of one unit in one year. */
export interface UnitYear {
  year: number;
  demand: number;
  supply: number;
  shortage: number;
  /** The shortage's parts: lessons given by unqualified staff, and open vacancies. */
  hidden: number;
  unfilled: number;
  /** Shortage as a percentage of demand. */
  pct: number;
}

/** One row of a report table: a unit (cluster, board, subject) with its figures in the headline years. */
export interface UnitRow {
  id: string;
  name: string;
  /** Extra text (the sector of a subject, the cluster count of a board). */
  note: string;
  years: UnitYear[];
}

/** Everything the report shows, computed from a projection. */
export interface ReportData {
  title: string;
  synthetic: boolean;
  /** Where each resource comes from (datapackage.json → opgave.provenance), for a dataset with real data. */
  provenance?: Record<string, { kind: string; source: string; years?: number[] }>;
  baseYear: number;
  lastYear: number;
  historyStart: number;
  /** Headline years: now, +5 and +10 (those within the horizon). */
  headlineYears: number[];
  region: { id: string; name: string; headline: UnitYear[]; series: UnitYear[]; baseline?: UnitYear[] };
  clusters: UnitRow[];
  clusterSeries: { clusterId: string; clusterName: string; year: number; shortage: number }[];
  boards: UnitRow[];
  /** The ten subjects with the largest shortage in the last headline year. */
  topSubjects: UnitRow[];
  /** Drivers of the change of the region's total shortage in the last forecast year. */
  drivers: { driver: string; value: number }[];
  driversYear: number;
  scenario?: Scenario;
}

function unitYear(p: Projection, year: number, selector: Parameters<Projection['value']>[2]): UnitYear {
  const v = (m: Measure) => p.value(m, year, selector);
  return {
    year,
    demand: v('demand_fte'),
    supply: v('supply_fte'),
    shortage: v('total_shortage_fte'),
    hidden: v('hidden_shortage_fte'),
    unfilled: v('unfilled_fte'),
    pct: v('shortage_pct'),
  };
}

/**
 * Computes the report's figures: headline shortage now, in 5 and 10 years; series of the region and the
 * clusters; tables per cluster, board and subject; the drivers of the change in the last year.
 * @param data the dataset (for names)
 * @param projection the projection shown (the scenario's, when there is one)
 * @param options title, synthetic flag, the baseline when a scenario is shown
 * @returns the report's data
 * @example
 * const figures = reportData(data, project(data), { title: 'Rotterdam', synthetic: true });
 */
export function reportData(
  data: Dataset,
  projection: Projection,
  options: {
    title: string;
    synthetic: boolean;
    provenance?: ReportData['provenance'];
    baseline?: Projection;
    scenario?: Scenario;
  },
): ReportData {
  const p = projection;
  const model = p.model;
  const baseYear = p.baseYear;
  const lastYear = baseYear + p.horizon;
  const headlineYears = [baseYear, baseYear + 5, baseYear + 10].filter((y) => y <= lastYear);
  const regionId = model.regions[0];
  const regionName = data.regions.find((r) => r.region_id === regionId)?.name ?? regionId;
  const at = (level: 'cluster' | 'board' | 'region', unit: string, subject = ALL) =>
    headlineYears.map((y) => unitYear(p, y, { level, unit, subject }));
  const clusterName = new Map(data.clusters.map((c) => [c.cluster_id, c.name]));
  const boardName = new Map(data.boards.map((b) => [b.board_id, b.name]));
  const clusters = model.clusters.map((id) => ({
    id,
    name: clusterName.get(id) ?? id,
    note: '',
    years: at('cluster', id),
  }));
  const boards = model.boards
    .map((id) => {
      const board = data.boards.find((b) => b.board_id === id);
      return { id, name: boardName.get(id) ?? id, note: board ? board.sector : '', years: at('board', id) };
    })
    .sort((a, b) => (b.years.at(-1)?.shortage ?? 0) - (a.years.at(-1)?.shortage ?? 0));
  const subjects: UnitRow[] = [];
  for (const s of data.subjects) {
    try {
      subjects.push({
        id: s.subject_id,
        name: s.name,
        note: s.sector,
        years: at('region', regionId, s.subject_id),
      });
    } catch {
      // a subject that no location of the region teaches has no series
    }
  }
  subjects.sort((a, b) => (b.years.at(-1)?.shortage ?? 0) - (a.years.at(-1)?.shortage ?? 0));
  const series = p.years.map((y) => unitYear(p, y, { level: 'region', unit: regionId }));
  const clusterSeries = clusters.flatMap((c) =>
    p.years.map((year) => ({
      clusterId: c.id,
      clusterName: c.name,
      year,
      shortage: p.value('total_shortage_fte', year, { level: 'cluster', unit: c.id }),
    })),
  );
  const explained = explainChange(p, { level: 'region' }).objects() as {
    year: number;
    driver: string;
    value: number;
  }[];
  const drivers = explained
    .filter((d) => d.year === lastYear)
    .map(({ driver, value }) => ({ driver, value }));
  return {
    title: options.title,
    synthetic: options.synthetic,
    provenance: options.provenance,
    baseYear,
    lastYear,
    historyStart: data.meta.historyStart,
    headlineYears,
    region: {
      id: regionId,
      name: regionName,
      headline: at('region', regionId),
      series,
      baseline: options.baseline
        ? headlineYears.map((y) =>
            unitYear(options.baseline as Projection, y, { level: 'region', unit: regionId }),
          )
        : undefined,
    },
    clusters,
    clusterSeries,
    boards,
    topSubjects: subjects.slice(0, 10),
    drivers,
    driversYear: lastYear,
    scenario: options.scenario,
  };
}
