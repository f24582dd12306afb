/**
 * Generates a dataset: builds the region(s), simulates pupils, trainees and teachers, and writes the
 * CSV files, datapackage.json and (Rotterdam) generator-parameters.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogueRows, pupilRows, structureRows, teacherRows, traineeRows } from './aggregate.ts';
import { dataPackage } from './datapackage.ts';
import { readMunicipalities } from './geo.ts';
import { nationalSpecs } from './national.ts';
import { generatorParameters, type YearSummary } from './generator-parameters.ts';
import { DEFAULT_SEED, GENERATOR_VARIANTS, SIMULATION_START, type GeneratorVariant } from './parameters.ts';
import { forecastPupils, simulatePupils } from './pupils.ts';
import { createRandom } from './random.ts';
import { rotterdamSpec } from './region-specs.ts';
import { buildRegion, createIdAllocator, type Region } from './region.ts';
import { simulateTeachers, type YearAggregates } from './simulate-teachers.ts';
import { simulateTrainees } from './simulate-trainees.ts';
import { TABLES } from '@opgave/contract';
import { openTableSink, type Row, type TableSink } from './write-csv.ts';

export interface GenerateOptions {
  /** Output folder (created if missing). */
  out: string;
  /** Seed; default DEFAULT_SEED. */
  seed?: number;
  /** `rotterdam` (one region, committed) or `national` (≈50 regions, for scale tests). */
  scale?: 'rotterdam' | 'national';
  /** `default` (the committed data) or `congestion`: lateral hazards per vacancy fall when vacancies spike. */
  variant?: GeneratorVariant;
  /** Number of regions at national scale; default 50. */
  regions?: number;
  /** Progress messages. */
  log?: (message: string) => void;
}

export interface GenerateResult {
  /** Rows written per table. */
  rows: Record<string, number>;
  regions: number;
  locations: number;
  /** Region-level yearly summary of the first region (for reports). */
  summary: YearSummary[];
}

/**
 * Generates a synthetic dataset into `out`.
 * @param options output folder, seed, scale, variant
 * @returns rows written per table and a summary
 * @example generate({ out: "data/rotterdam" })
 */
export function generate(options: GenerateOptions): GenerateResult {
  const seed = options.seed ?? DEFAULT_SEED;
  const scale = options.scale ?? 'rotterdam';
  const variant = options.variant ?? 'default';
  if (!(GENERATOR_VARIANTS as readonly string[]).includes(variant))
    throw new RangeError(
      `generate: unknown variant "${variant}" (expected ${GENERATOR_VARIANTS.join(' or ')})`,
    );
  const log = options.log ?? (() => {});
  mkdirSync(options.out, { recursive: true });
  const municipalities = readMunicipalities();
  const root = createRandom(seed, scale);
  const specs =
    scale === 'national'
      ? nationalSpecs(municipalities, options.regions ?? 50, root.fork('national'))
      : [rotterdamSpec()];
  const sinks = new Map<string, TableSink>(TABLES.map((t) => [t.name, openTableSink(options.out, t)]));
  const append = (tables: Record<string, Row[]>) => {
    for (const [name, rows] of Object.entries(tables)) {
      const sink = sinks.get(name);
      if (!sink) throw new Error(`generate: no table ${name}`);
      sink.append(rows);
    }
  };
  append(catalogueRows());
  const ids = createIdAllocator();
  let firstRegion: Region | undefined;
  let summary: YearSummary[] = [];
  let locations = 0;
  for (const spec of specs) {
    const rng = root.fork(spec.regionId);
    const region = buildRegion(spec, municipalities, ids, rng.fork('region'));
    locations += region.locations.length;
    const pupils = region.locations.map((l) => simulatePupils(l, rng.fork(`pupils-${l.index}`)));
    const forecasts = region.locations.map((l) => forecastPupils(l, pupils[l.index]));
    const trainees = simulateTrainees(region, pupils, rng.fork('trainees'));
    const collected: Record<string, Row[]> = {
      workforce: [],
      hires: [],
      leavers: [],
      vacancies: [],
      lesson_hours: [],
    };
    const yearly: YearSummary[] = [];
    simulateTeachers(
      region,
      pupils,
      trainees.graduatesByYear,
      rng.fork('teachers'),
      (agg) => {
        for (const [name, rows] of Object.entries(teacherRows(region, agg)))
          for (const r of rows) collected[name].push(r);
        if (!firstRegion) yearly.push(summariseYear(region, pupils, agg));
      },
      { variant },
    );
    append(structureRows(region));
    append(pupilRows(region, pupils, forecasts));
    append(traineeRows(region, trainees));
    append(collected);
    if (!firstRegion) {
      firstRegion = region;
      summary = yearly;
    }
    log(`${spec.regionId}: ${region.locations.length} locations`);
  }
  const rows: Record<string, number> = {};
  for (const [name, sink] of sinks) {
    sink.close();
    rows[name] = sink.rowCount();
  }
  const national = scale === 'national';
  const descriptor = dataPackage({
    name: national ? 'opgave-synthetic-national' : 'opgave-synthetic-rotterdam',
    title: national
      ? 'Opgave synthetic national dataset (SYNTHETIC, fictitious — for scale tests)'
      : 'Opgave synthetic Rotterdam-like region (SYNTHETIC, fictitious)',
    description:
      'SYNTHETIC DATA. Every figure in this package was produced by a seeded simulation of fictitious teachers ' +
      'and trainees (packages/synthetic); no board, school or institute in it exists, and no figure describes a ' +
      'real organisation. ' +
      (national
        ? `It has ${specs.length} regions and ${locations} school locations, shaped after Dutch onderwijsregio’s, for scale tests and benchmarks.`
        : 'It is shaped like the Onderwijsregio Rotterdam vo-mbo (three clusters, 13 partnership boards, ' +
          'three teacher-training institutes) and follows the format in docs/data.md. History 2014–2025.') +
      (variant === 'congestion'
        ? ' Variant congestion: lateral entrants, returners and other hires per vacancy fall when the region’s vacancies spike above their mean of the three years before.'
        : ''),
    seed,
    scale,
  });
  writeFileSync(join(options.out, 'datapackage.json'), JSON.stringify(descriptor, null, 2) + '\n');
  if (!national && firstRegion) {
    const parameters = generatorParameters(firstRegion, seed, summary);
    writeFileSync(join(options.out, 'generator-parameters.json'), JSON.stringify(parameters, null, 2) + '\n');
  }
  return { rows, regions: specs.length, locations, summary };
}

/**
 * The true parameters of the Rotterdam-like region for a seed, without running the simulation: the same
 * object as `generator-parameters.json` minus the realised summary.
 * @param seed the seed (default DEFAULT_SEED)
 * @returns the parameters
 * @example trueParameters().boards["B0004"].binding_from // → { year: 2020, binding: 0.75 }
 */
export function trueParameters(seed = DEFAULT_SEED): Record<string, unknown> {
  const root = createRandom(seed, 'rotterdam');
  const spec = rotterdamSpec();
  const region = buildRegion(
    spec,
    readMunicipalities(),
    createIdAllocator(),
    root.fork(spec.regionId).fork('region'),
  );
  return generatorParameters(region, seed, []);
}

function summariseYear(region: Region, pupils: number[][], agg: YearAggregates): YearSummary {
  const yi = agg.year - SIMULATION_START;
  let totalPupils = 0;
  for (const l of region.locations) totalPupils += Math.max(0, pupils[l.index][yi]);
  let headcount = 0;
  let fte = 0;
  for (let k = 0; k < agg.workforceHeadcount.length; k++) {
    headcount += agg.workforceHeadcount[k];
    fte += agg.workforceFte[k] / 10;
  }
  let unq = 0;
  for (const x of agg.unqualifiedFte) unq += x;
  let demand = 0;
  for (const x of agg.demand) demand += x;
  let hours = 0;
  let unqHours = 0;
  for (let c = 0; c < agg.hours.length; c++) {
    hours += agg.hours[c];
    unqHours += agg.unqualifiedHours[c];
  }
  let unfilled = 0;
  for (const x of agg.unfilledFte) unfilled += x / 10;
  return {
    year: agg.year,
    pupils: totalPupils,
    demand_fte: demand,
    qualified_fte: fte,
    qualified_headcount: headcount,
    unqualified_fte: unq,
    unfilled_fte: unfilled,
    pupil_teacher_ratio: totalPupils / (fte + unq),
    fte_per_person: fte / headcount,
    unqualified_hours_share: unqHours / hours,
  };
}
