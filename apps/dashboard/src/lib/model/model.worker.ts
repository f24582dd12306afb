/// <reference lib="webworker" />
// Runs the baseline of @opgave/core off the main thread: parse the CSV files, calibrate, project,
// and send back compact series per cluster and for the region.
import { calibrate, datasetFromPackage, historicalDemand, project } from '@opgave/core';
import type { DataPackageDescriptor } from '@opgave/core';
import { forecastPoints, historyByUnit } from './baseline-series';
import type { Baseline, BaselineRequest, BaselineResponse, BaselineUnit } from './types';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async ({ data: request }: MessageEvent<BaselineRequest>) => {
  let response: BaselineResponse;
  try {
    response = { id: request.id, ok: true, baseline: await baseline(request) };
  } catch (error) {
    response = { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(response);
};

async function baseline({ descriptor, files, horizon }: BaselineRequest): Promise<Baseline> {
  let t = performance.now();
  const lap = () => {
    const now = performance.now();
    const ms = now - t;
    t = now;
    return Math.round(ms);
  };
  const decoder = new TextDecoder();
  const data = await datasetFromPackage(descriptor as DataPackageDescriptor, (path) => {
    const bytes = files[path];
    if (!bytes) throw new Error(`${path}: file not received`);
    return decoder.decode(bytes);
  });
  const parse = lap();
  const params = calibrate(data);
  const calibrateMs = lap();
  const projection = project(data, { horizon, params });
  const projectMs = lap();

  const { baseYear, years } = projection;
  const regionOfCluster = new Map(data.clusters.map((c) => [c.cluster_id, c.region_id]));
  const unitsOf = new Map(
    data.locations.map((l) => [l.location_id, [l.cluster_id, regionOfCluster.get(l.cluster_id) ?? '']]),
  );
  const history = historyByUnit(historicalDemand(data), unitsOf, { to: baseYear });
  const units: BaselineUnit[] = [];
  for (const region of projection.model.regions) {
    units.push({
      level: 'region',
      unitId: region,
      name: data.regions.find((r) => r.region_id === region)?.name ?? region,
      history: history.get(region) ?? [],
      forecast: forecastPoints(projection, { level: 'region', unit: region }),
    });
  }
  for (const cluster of [...projection.model.clusters].sort()) {
    units.push({
      level: 'cluster',
      unitId: cluster,
      name: data.clusters.find((c) => c.cluster_id === cluster)?.name ?? cluster,
      history: history.get(cluster) ?? [],
      forecast: forecastPoints(projection, { level: 'cluster', unit: cluster }),
    });
  }
  const shape = lap();
  return {
    baseYear,
    firstForecastYear: baseYear + 1,
    historyStart: data.meta.historyStart,
    lastYear: years.at(-1) ?? baseYear,
    units,
    timings: { parse, calibrate: calibrateMs, project: projectMs, shape },
  };
}
