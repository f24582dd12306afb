import * as core from '@opgave/core';
import type { Dataset, Params, Scenario } from '@opgave/core';

/** Options of the optional `simulate` of `@opgave/core`. */
export interface SimulateCall {
  draws: number;
  seed?: number;
  horizon: number;
  params: Params;
  scenario?: Scenario;
}

/** The quantile result of `simulate`, as far as the CLI reads it. */
export interface Simulation {
  years: number[];
  quantiles: number[];
  measures: string[];
  groups: { level: string; unit: string; subject: string }[];
  values: Float64Array;
}

/** Options of the optional `backtest` of `@opgave/core`. */
export interface BacktestCall {
  horizon?: number;
  draws?: number;
  origins?: number[];
  levels?: ('region' | 'cluster' | 'board')[];
}

/**
 * The functions of `@opgave/core` that arrive in later versions, looked up at run time, so that this
 * CLI works with a core that lacks them and says so (exit 2) instead of failing to load.
 * @returns simulate and backtest when the installed core has them
 * @example
 * const { simulate } = optionalModelApi();
 * if (!simulate) throw notAvailable('--draws', 'simulate');
 */
export function optionalModelApi(): {
  simulate?: (data: Dataset, options: SimulateCall) => Simulation;
  backtest?: (data: Dataset, options?: BacktestCall) => unknown;
  quantileNames?: readonly string[];
} {
  const api = core as Record<string, unknown>;
  return {
    simulate: typeof api.simulate === 'function' ? (api.simulate as never) : undefined,
    backtest: typeof api.backtest === 'function' ? (api.backtest as never) : undefined,
    quantileNames: Array.isArray(api.QUANTILE_NAMES) ? (api.QUANTILE_NAMES as string[]) : undefined,
  };
}
