// The model for the pages, run in the model's worker (model.worker.ts): read the dataset and post the
// measured pupils and FTE per cluster; calibrate and project with @opgave/core, post compact rows per
// region, cluster and board (every subject) and the calibrated dataset as columns, then simulate the bands
// (parameter draws plus the model's own past errors, structuralError), posting progress by draw, and post
// them.
import {
  AGE_BANDS,
  calibrate,
  datasetFromPackage,
  explainChange,
  historicalDemand,
  parseResource,
  project,
  simulate,
  structuralError,
} from '@opgave/core';
import type { DataPackageDescriptor, Dataset, Projection } from '@opgave/core';
import { clusterOverview, OVERVIEW_RESOURCES, type OverviewInput } from './cluster-overview';
import { columnBuffers, datasetToColumns } from './dataset-columns';
import { aggregateHistory } from './site-series';
import type {
  AgeRow,
  BandRow,
  BindingRow,
  DriverRow,
  FlowRow,
  SeriesRow,
  SiteLocation,
  SiteMessage,
  SiteRequest,
  SiteResult,
  SiteUnit,
  UnitLevel,
} from './site-types';

/** Draws and seed of the bands; the e2e tests run `simulate` in Node with the same options. */
export const SIMULATION = {
  seed: 20251001,
  subjectLevels: ['region', 'cluster'] as ('region' | 'cluster')[],
};

/**
 * Answers the pages' request: the overview, the result, the calibrated dataset, progress by draw and the
 * bands (or an error).
 * @param request the dataset's package and files, horizon and draws
 * @param post sends a message to the page (and the buffers to move with it)
 * @returns when the bands have been posted or a step has failed
 */
export async function handleSiteRequest(
  request: SiteRequest,
  post: (message: SiteMessage, transfer?: Transferable[]) => void,
): Promise<void> {
  let data: Dataset;
  let params: ReturnType<typeof calibrate>;
  try {
    const decoder = new TextDecoder();
    const read = (path: string) => {
      const bytes = request.files[path];
      if (!bytes) throw new Error(`${path}: file not received`);
      return decoder.decode(bytes);
    };
    const started = performance.now();
    const descriptor = request.descriptor as DataPackageDescriptor;
    // The measured figures first: the page's first charts wait neither for the projection nor for DuckDB,
    // nor for the other files (pupil_forecast.csv alone is larger than the five read here but workforce).
    const first = Object.fromEntries(
      OVERVIEW_RESOURCES.map((name) => [name, parseResource(descriptor, name, read)]),
    );
    // The rows as parsed are the dataset's rows: datasetFromPackage takes them over unchanged.
    post({ type: 'overview', overview: clusterOverview(first as unknown as OverviewInput) });
    data = await datasetFromPackage(descriptor, read, { parsed: first });
    params = calibrate(data);
    const projection = project(data, { horizon: request.horizon, params });
    const result = shape(data, projection);
    result.timings.total = Math.round(performance.now() - started);
    post({ type: 'result', result });
    // Kept by the page for the scenario studio's workers, so that they neither parse nor calibrate again.
    const calibrated = { columns: datasetToColumns(data), params };
    post({ type: 'calibrated', calibrated }, columnBuffers(calibrated.columns));
  } catch (error) {
    post({ type: 'error', stage: 'result', message: error instanceof Error ? error.message : String(error) });
    return;
  }
  try {
    const started = performance.now();
    const sim = simulate(data, {
      draws: request.draws,
      seed: SIMULATION.seed,
      horizon: request.horizon,
      params,
      subjectLevels: SIMULATION.subjectLevels,
      structuralError: structuralError(data, { lastYear: data.meta.historyEnd }),
      // simulate reports every 50 draws (PROGRESS_EVERY) and after the last one.
      onProgress: (done, total) => post({ type: 'progress', done, total }),
    });
    const nYear = sim.years.length;
    const nQ = sim.quantiles.length;
    const rows: BandRow[] = [];
    sim.measures.forEach((measure, m) => {
      sim.groups.forEach((group, g) => {
        if (group.level === 'location') return;
        for (let t = 0; t < nYear; t++) {
          const at = ((m * sim.groups.length + g) * nYear + t) * nQ;
          const q = sim.values;
          rows.push({
            level: group.level as UnitLevel,
            unit: group.unit,
            subject: group.subject,
            measure,
            year: sim.years[t],
            p5: q[at],
            p10: q[at + 1],
            p25: q[at + 2],
            p50: q[at + 3],
            p75: q[at + 4],
            p90: q[at + 5],
            p95: q[at + 6],
          });
        }
      });
    });
    post({
      type: 'bands',
      bands: { draws: sim.draws, seed: sim.seed, rows, ms: Math.round(performance.now() - started) },
    });
  } catch (error) {
    post({ type: 'error', stage: 'bands', message: error instanceof Error ? error.message : String(error) });
  }
}

function shape(data: Dataset, projection: Projection): SiteResult {
  const t0 = performance.now();
  const { model, baseYear, years } = projection;
  const lastYear = years.at(-1) ?? baseYear;
  const regionId = model.regions[0];
  const clustersOfBoard = new Map<string, Set<string>>();
  for (const l of data.locations) {
    if (!clustersOfBoard.has(l.board_id)) clustersOfBoard.set(l.board_id, new Set());
    clustersOfBoard.get(l.board_id)!.add(l.cluster_id);
  }
  const units: SiteUnit[] = [
    {
      level: 'region',
      id: regionId,
      name: data.regions.find((r) => r.region_id === regionId)?.name ?? regionId,
      clusterIds: [...model.clusters].sort(),
    },
    ...[...model.clusters].sort().map((id): SiteUnit => ({
      level: 'cluster',
      id,
      name: data.clusters.find((c) => c.cluster_id === id)?.name ?? id,
      clusterIds: [id],
    })),
    ...[...model.boards].sort().map((id): SiteUnit => {
      const board = data.boards.find((b) => b.board_id === id);
      return {
        level: 'board',
        id,
        name: board?.name ?? id,
        clusterIds: [...(clustersOfBoard.get(id) ?? [])].sort(),
        sector: board?.sector,
        member: board?.partnership_member,
      };
    }),
  ];

  // The model's rows: every region, cluster and board group (subjects, sector totals, total).
  const forecast: SeriesRow[] = [];
  for (const group of projection.sums().grouping.groups) {
    if (group.level === 'location') continue;
    const selector = { level: group.level, unit: group.unit, subject: group.subject };
    for (const year of years) {
      forecast.push({
        level: group.level as UnitLevel,
        unit: group.unit,
        subject: group.subject,
        year,
        demandFte: projection.value('demand_fte', year, selector),
        supplyFte: projection.value('supply_fte', year, selector),
        totalShortageFte: projection.value('total_shortage_fte', year, selector),
        hiddenShortageFte: projection.value('hidden_shortage_fte', year, selector),
        unfilledFte: projection.value('unfilled_fte', year, selector),
        shortagePct: projection.value('shortage_pct', year, selector),
      });
    }
  }

  const sectorOf = new Map(data.subjects.map((s) => [s.subject_id, s.sector]));
  const locationUnits = new Map(
    data.locations.map((l) => [
      l.location_id,
      [
        { level: 'region' as const, unit: regionId },
        { level: 'cluster' as const, unit: l.cluster_id },
        { level: 'board' as const, unit: l.board_id },
      ],
    ]),
  );
  const history = aggregateHistory(historicalDemand(data), locationUnits, sectorOf, { to: baseYear });

  const flows: FlowRow[] = [];
  for (const unit of units) {
    const selector = { level: unit.level, unit: unit.id };
    for (const year of years.slice(1)) {
      flows.push({
        level: unit.level,
        unit: unit.id,
        year,
        ownPlacement: projection.value('inflow_own_placement_fte', year, selector),
        otherGraduate: projection.value('inflow_other_graduate_fte', year, selector),
        lateralEntrant: projection.value('inflow_lateral_entrant_fte', year, selector),
        returner: projection.value('inflow_returner_fte', year, selector),
        other: projection.value('inflow_other_fte', year, selector),
      });
    }
  }

  const drivers: DriverRow[] = [];
  for (const level of ['region', 'cluster', 'board'] as const) {
    for (const row of explainChange(projection, { level }).objects() as {
      unit: string;
      year: number;
      driver: string;
      value: number;
    }[]) {
      drivers.push({ level, unit: row.unit, year: row.year, driver: row.driver, value: row.value });
    }
  }

  // Qualified FTE by age band: the base-year stock and the model's stock ten years on.
  const A = AGE_BANDS.length;
  const later = Math.min(10, model.horizon);
  const ageSums = new Map<string, { base: number[]; later: number[] }>();
  const addAge = (key: string, band: number, base: number, then: number) => {
    let sums = ageSums.get(key);
    if (!sums) ageSums.set(key, (sums = { base: new Array(A).fill(0), later: new Array(A).fill(0) }));
    sums.base[band] += base;
    sums.later[band] += then;
  };
  for (let leaf = 0; leaf < model.nLeaf; leaf++) {
    const location = model.leafLocation[leaf];
    const keys = [
      `region|${regionId}`,
      `cluster|${model.clusters[model.locationCluster[location]]}`,
      `board|${model.boards[model.leafBoard[leaf]]}`,
    ];
    for (let a = 0; a < A; a++) {
      const base = model.stock0[leaf * A + a];
      const then = projection.result.stockByAge[(later * model.nLeaf + leaf) * A + a];
      for (const key of keys) addAge(key, a, base, then);
    }
  }
  const ages: AgeRow[] = [];
  for (const [key, sums] of ageSums) {
    const [level, unit] = key.split('|');
    AGE_BANDS.forEach((band, a) =>
      ages.push({ level: level as UnitLevel, unit, band, baseFte: sums.base[a], laterFte: sums.later[a] }),
    );
  }

  const bindingSums = new Map<string, BindingRow>();
  const bindingOf = (board: string, year: number) => {
    const key = `${board}|${year}`;
    let row = bindingSums.get(key);
    if (!row) bindingSums.set(key, (row = { board, year, placedGraduates: 0, ownPlacementHires: 0 }));
    return row;
  };
  for (const g of data.graduates)
    if (g.placement_board_id) bindingOf(g.placement_board_id, g.year).placedGraduates += g.graduates;
  for (const h of data.hires)
    if (h.source === 'own_placement') bindingOf(h.board_id, h.year).ownPlacementHires += h.headcount;
  const binding = [...bindingSums.values()].sort((a, b) => a.board.localeCompare(b.board) || a.year - b.year);

  // The dataset's rows keep the optional columns of the contract (name, municipality, coordinates).
  const rawLocations = new Map(
    data.locations.map((r) => [r.location_id, r as unknown as Record<string, unknown>] as const),
  );
  const locations: SiteLocation[] = model.locations.map((id, l) => {
    const raw = rawLocations.get(id) ?? {};
    const selector = { level: 'location' as const, unit: id };
    return {
      id,
      name: String(raw.name ?? id),
      board: model.boards[model.locationBoard[l]],
      cluster: model.clusters[model.locationCluster[l]],
      municipalityCode: String(raw.municipality_code ?? ''),
      municipality: String(raw.municipality ?? ''),
      latitude: Number(raw.latitude),
      longitude: Number(raw.longitude),
      pupils: model.pupils[l],
      demandFte: years.map((year) => projection.value('demand_fte', year, selector)),
      totalShortageFte: years.map((year) => projection.value('total_shortage_fte', year, selector)),
    };
  });

  return {
    baseYear,
    lastYear,
    historyStart: data.meta.historyStart,
    units,
    subjects: data.subjects.map((s) => ({
      id: s.subject_id,
      name: s.name,
      nameEn: s.name_en,
      sector: s.sector,
    })),
    history,
    forecast,
    flows,
    drivers,
    ages,
    binding,
    locations,
    timings: { shape: Math.round(performance.now() - t0) },
  };
}
