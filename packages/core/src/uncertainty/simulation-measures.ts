/**
 * Measures simulate can report (the per-source and per-reason flows are not drawn; their sums are).
 * @example
 * SIMULATION_MEASURES.includes('total_shortage_fte'); // → true
 */
export const SIMULATION_MEASURES = [
  'demand_fte',
  'supply_fte',
  'expansion_demand_fte',
  'replacement_demand_fte',
  'outflow_fte',
  'inflow_fte',
  'unfilled_fte',
  'hidden_shortage_fte',
  'total_shortage_fte',
  'shortage_pct',
] as const;
/** A measure of simulate. */
export type SimulationMeasure = (typeof SIMULATION_MEASURES)[number];
