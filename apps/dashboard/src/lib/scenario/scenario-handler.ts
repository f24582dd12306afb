// The scenario studio's model: read and calibrate the dataset once (or take it calibrated from the worker
// that did), keep the dataset and parameters, then answer each request (a scenario's projection, its bands,
// the required intake) with compact aggregates.
import {
  calibrate,
  datasetFromPackage,
  project,
  requiredIntake,
  simulate,
  structuralError,
} from '@opgave/core';
import type { DataPackageDescriptor, Dataset, Params, StructuralError } from '@opgave/core';
import { columnBuffers, datasetFromColumns, datasetToColumns } from '$lib/model/dataset-columns';
import { scenarioAggregates } from './scenario-aggregates';
import { scenarioMeta } from './scenario-meta';
import type { ScenarioAnswer, ScenarioBandRow, ScenarioRequest } from './scenario-types';

/** Seed of the scenario's bands (the site's seed: the same draws as the Regio page's bands). */
export const SCENARIO_BAND_SEED = 20251001;

let model: { data: Dataset; params: Params; horizon: number; error?: StructuralError } | null = null;

/**
 * Answers one request of the scenario studio; the calibrated model is kept between requests (one per worker).
 * @param request `init` with the dataset's files or a dataset calibrated elsewhere, then `run`, `bands` or
 *   `intake`
 * @param post sends the answer to the page, with the request's id (and the buffers to move with it)
 * @returns when the answer has been posted
 */
export async function handleScenarioRequest(
  request: ScenarioRequest,
  post: (answer: ScenarioAnswer, transfer?: Transferable[]) => void,
): Promise<void> {
  try {
    const started = performance.now();
    const ms = () => Math.round(performance.now() - started);
    if (request.type === 'init') {
      const { source } = request;
      const { data, params } =
        'calibrated' in source
          ? { data: datasetFromColumns(source.calibrated.columns), params: source.calibrated.params }
          : await readAndCalibrate(source.descriptor as DataPackageDescriptor, source.files);
      model = { data, params, horizon: request.horizon };
      const baseline = project(data, { params, horizon: request.horizon });
      // Read here: the dataset goes on, as columns, to the worker of the bands (moved, not copied).
      const calibrated = 'calibrated' in source ? undefined : { columns: datasetToColumns(data), params };
      post(
        {
          type: 'ready',
          id: request.id,
          meta: scenarioMeta(data, baseline.years),
          baseline: scenarioAggregates(baseline),
          ms: ms(),
          calibrated,
        },
        calibrated ? columnBuffers(calibrated.columns) : [],
      );
      return;
    }
    if (!model) throw new Error('the scenario model is not ready');
    const { data, params, horizon } = model;
    if (request.type === 'run') {
      const projection = project(data, { params, horizon, scenario: request.scenario });
      post({ type: 'run', id: request.id, aggregates: scenarioAggregates(projection), ms: ms() });
    } else if (request.type === 'bands') {
      // The model's own past errors, as in the Regio page's bands; computed at the first band, then kept.
      model.error ??= structuralError(data, { lastYear: data.meta.historyEnd });
      const sim = simulate(data, {
        draws: request.draws,
        structuralError: model.error,
        seed: SCENARIO_BAND_SEED,
        horizon,
        params,
        scenario: request.scenario,
        measures: ['total_shortage_fte'],
        subjectLevels: [],
      });
      const rows: ScenarioBandRow[] = [];
      const nQ = sim.quantiles.length;
      const at = (q: number) => sim.quantiles.indexOf(q);
      sim.groups.forEach((group, g) => {
        if ((group.level !== 'region' && group.level !== 'cluster') || group.subject !== 'all') return;
        sim.years.forEach((year, t) => {
          const offset = (g * sim.years.length + t) * nQ;
          rows.push({
            level: group.level as 'region' | 'cluster',
            unit: group.unit,
            year,
            p10: sim.values[offset + at(0.1)],
            p50: sim.values[offset + at(0.5)],
            p90: sim.values[offset + at(0.9)],
          });
        });
      });
      post({ type: 'bands', id: request.id, rows, draws: sim.draws, ms: ms() });
    } else if (request.type === 'intake') {
      const result = requiredIntake(data, request.target, { params, horizon, scenario: request.scenario });
      post({
        type: 'intake',
        id: request.id,
        answer: {
          feasible: result.feasible,
          totalExtraIntake: result.totalExtraIntake,
          shortfallFte: result.shortfallFte,
          infeasibleSubjects: result.infeasibleSubjects,
          summary: result.summary,
          subjects: result.subjects.map((s) => ({ ...s })),
          byInstitute: result.byInstitute,
          scenario: result.scenario,
        },
        ms: ms(),
      });
    }
  } catch (error) {
    post({ type: 'error', id: request.id, message: error instanceof Error ? error.message : String(error) });
  }
}

async function readAndCalibrate(
  descriptor: DataPackageDescriptor,
  files: Record<string, Uint8Array>,
): Promise<{ data: Dataset; params: Params }> {
  const decoder = new TextDecoder();
  const data = await datasetFromPackage(descriptor, (path) => {
    const bytes = files[path];
    if (!bytes) throw new Error(`${path}: file not received`);
    return decoder.decode(bytes);
  });
  return { data, params: calibrate(data) };
}
