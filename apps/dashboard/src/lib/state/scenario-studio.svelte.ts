import type { IntakeTarget, Scenario } from '@opgave/core';
import type { FetchedDataset } from '$lib/db';
import type { CalibratedDataset } from '$lib/model/calibrated-dataset';
import { createScenarioEngine, type ScenarioEngine } from '$lib/scenario/scenario-engine';
import { leversKey, sameLevers } from '$lib/scenario/scenario-edit';
import type {
  IntakeAnswer,
  ScenarioAggregates,
  ScenarioBandRow,
  ScenarioMeta,
} from '$lib/scenario/scenario-types';

/** Where the studio's model stands. */
export type StudioStatus = 'idle' | 'starting' | 'ready' | 'error';

/**
 * The scenario studio's state: the model in its workers, the live scenario and its result, its band,
 * the compared scenarios' results and the required intake. One per page visit; {@link start} again
 * with another dataset starts over.
 */
export class ScenarioStudio {
  status = $state<StudioStatus>('idle');
  error = $state<string | null>(null);
  meta = $state.raw<ScenarioMeta | null>(null);
  baseline = $state.raw<ScenarioAggregates | null>(null);
  /** The levers as set on the page. */
  scenario = $state.raw<Scenario>({});
  /** The projection of {@link resultFor}; the page shows it while a newer one is computed. */
  result = $state.raw<ScenarioAggregates | null>(null);
  resultFor = $state.raw<Scenario | null>(null);
  resultMs = $state(0);
  runError = $state<string | null>(null);
  bands = $state.raw<{ scenario: Scenario; rows: ScenarioBandRow[]; draws: number } | null>(null);
  bandsBusy = $state(false);
  bandsError = $state<string | null>(null);
  /** Projections of compared scenarios, by their levers' JSON. */
  compared = $state.raw<Record<string, ScenarioAggregates>>({});
  intakeBusy = $state(false);
  intakeError = $state<string | null>(null);
  intake = $state.raw<{ target: IntakeTarget; scenario: Scenario; answer: IntakeAnswer } | null>(null);

  /** Whether the shown result belongs to the levers as set now. */
  current = $derived(this.resultFor !== null && sameLevers(this.resultFor, this.scenario));

  #engine: ScenarioEngine | null = null;
  #dataset: FetchedDataset | null = null;

  /**
   * Starts the model on a dataset (again, from scratch, when the dataset is another one).
   * @param dataset the fetched dataset
   * @param calibrated that dataset as the site's model already read and calibrated it, if it has
   */
  start(dataset: FetchedDataset, calibrated: CalibratedDataset | null = null): void {
    if (dataset === this.#dataset) return;
    this.stop();
    this.#dataset = dataset;
    this.status = 'starting';
    this.error = null;
    this.meta = null;
    this.baseline = null;
    this.result = null;
    this.resultFor = null;
    this.bands = null;
    this.compared = {};
    this.intake = null;
    this.#engine = createScenarioEngine(dataset, {
      calibrated,
      onReady: (meta, baseline) => {
        this.meta = meta;
        this.baseline = baseline;
        this.status = 'ready';
        this.#engine?.run(this.scenario);
      },
      onRun: (scenario, aggregates, ms) => {
        this.result = aggregates;
        this.resultFor = scenario;
        this.resultMs = ms;
        this.runError = null;
      },
      onBands: (scenario, rows, draws) => {
        this.bands = { scenario, rows, draws };
        this.bandsError = null;
      },
      onBandsBusy: (busy) => (this.bandsBusy = busy),
      onError: (stage, message) => {
        if (stage === 'init') {
          this.error = message;
          this.status = 'error';
        } else if (stage === 'run') this.runError = message;
        else this.bandsError = message;
      },
    });
  }

  /** Ends the workers (on leaving the page). */
  stop(): void {
    this.#engine?.dispose();
    this.#engine = null;
    this.#dataset = null;
  }

  /**
   * Sets the levers and computes them at once (their band follows when they rest).
   * @param scenario the levers
   */
  set(scenario: Scenario): void {
    this.scenario = scenario;
    if (this.status === 'ready') this.#engine?.run(scenario);
  }

  /**
   * Makes sure the compared scenarios are computed; their results land in {@link compared}.
   * @param scenarios the saved scenarios
   */
  compare(scenarios: readonly Scenario[]): void {
    if (this.status !== 'ready' || !this.#engine) return;
    const engine = this.#engine;
    for (const scenario of scenarios) {
      const key = leversKey(scenario);
      if (key in this.compared || this.#comparing.includes(key)) continue;
      this.#comparing.push(key);
      engine.compute(scenario).then(
        (aggregates) => {
          this.#comparing = this.#comparing.filter((k) => k !== key);
          if (engine !== this.#engine) return;
          this.compared = { ...this.compared, [key]: aggregates };
        },
        (error: Error) => {
          this.#comparing = this.#comparing.filter((k) => k !== key);
          this.runError = error.message;
        },
      );
    }
  }
  #comparing: string[] = [];

  /**
   * Computes the required intake on top of the current levers.
   * @param target the core's intake target
   */
  async requireIntake(target: IntakeTarget): Promise<void> {
    if (!this.#engine) return;
    const scenario = this.scenario;
    this.intakeBusy = true;
    this.intakeError = null;
    try {
      const answer = await this.#engine.intake(scenario, target);
      this.intake = { target, scenario, answer };
    } catch (error) {
      this.intakeError = (error as Error).message;
    } finally {
      this.intakeBusy = false;
    }
  }
}
