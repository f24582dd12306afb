import type { IntakeTarget, Scenario } from '@opgave/core';
import type { CalibratedDataset } from '$lib/model/calibrated-dataset';

/** A level of the scenario studio's aggregates. */
export type AggregateLevel = 'region' | 'cluster' | 'board';

/** Shortage and demand of one unit and subject, by year (index 0 = the base year). */
export interface AggregateSeries {
  level: AggregateLevel;
  unit: string;
  /** A subject id, a sector total (`all-vo`) or `all`. */
  subject: string;
  shortage: number[];
  demand: number[];
}

/**
 * What the scenario studio keeps of a projection: the region's series (every subject and sector total),
 * and every cluster's and board's total, by year. The long table is never built.
 */
export interface ScenarioAggregates {
  series: AggregateSeries[];
}

/** A named unit of the dataset. */
export interface NamedUnit {
  id: string;
  name: string;
}

/** What the studio needs to know of the dataset, sent once when the worker is ready. */
export interface ScenarioMeta {
  baseYear: number;
  years: number[];
  region: NamedUnit;
  clusters: NamedUnit[];
  boards: (NamedUnit & { member: boolean; sector: string })[];
  subjects: (NamedUnit & { nameEn: string; sector: string })[];
  institutes: NamedUnit[];
}

/** The p10, p50 and p90 of the scenario's total shortage, by year, for the region and each cluster. */
export interface ScenarioBandRow {
  level: 'region' | 'cluster';
  unit: string;
  year: number;
  p10: number;
  p50: number;
  p90: number;
}

/** Required intake of one subject, as the worker sends it (the core's result without its table). */
export interface SubjectIntakeRow {
  subject: string;
  extraIntake: number;
  pct: number;
  feasible: boolean;
  shortfallFte: number;
  limit?: string;
  reason?: string;
  intakeLevel: number;
  maxExtraIntake: number;
  byProgramme: Record<string, number>;
}

/** The core's requiredIntake result, clonable. */
export interface IntakeAnswer {
  feasible: boolean;
  totalExtraIntake: number;
  shortfallFte: number;
  infeasibleSubjects: string[];
  summary: string;
  subjects: SubjectIntakeRow[];
  byInstitute: Record<string, number>;
  scenario: Scenario;
}

/** What a scenario worker starts from: the dataset's files, or a dataset another worker has calibrated. */
export type ScenarioSource =
  { descriptor: unknown; files: Record<string, Uint8Array> } | { calibrated: CalibratedDataset };

/** A request to the scenario worker. */
export type ScenarioRequest =
  | { type: 'init'; id: number; source: ScenarioSource; horizon: number }
  | { type: 'run'; id: number; scenario: Scenario }
  | { type: 'bands'; id: number; scenario: Scenario; draws: number }
  | { type: 'intake'; id: number; scenario: Scenario; target: IntakeTarget };

/** An answer of the scenario worker, with the id of its request. */
export type ScenarioAnswer =
  | {
      type: 'ready';
      id: number;
      meta: ScenarioMeta;
      baseline: ScenarioAggregates;
      ms: number;
      /** The dataset as this worker calibrated it, when it read the files (for the bands' worker). */
      calibrated?: CalibratedDataset;
    }
  | { type: 'run'; id: number; aggregates: ScenarioAggregates; ms: number }
  | { type: 'bands'; id: number; rows: ScenarioBandRow[]; draws: number; ms: number }
  | { type: 'intake'; id: number; answer: IntakeAnswer; ms: number }
  | { type: 'error'; id: number; message: string };
