/**
 * Measures of the long output table, in order. Stocks (`demand_fte`, `supply_fte`, shortages) are given
 * for every year including the base year; flows from the first projected year on.
 * @example
 * MEASURES.includes('shortage_pct'); // → true
 */
export const MEASURES = [
  'demand_fte',
  'supply_fte',
  'expansion_demand_fte',
  'replacement_demand_fte',
  'outflow_fte',
  'outflow_pension_fte',
  'outflow_other_fte',
  'outflow_hours_fte',
  'inflow_fte',
  'inflow_own_placement_fte',
  'inflow_other_graduate_fte',
  'inflow_lateral_entrant_fte',
  'inflow_returner_fte',
  'inflow_other_fte',
  'unfilled_fte',
  'hidden_shortage_fte',
  'total_shortage_fte',
  'shortage_pct',
] as const;
/** A measure of the long output table. */
export type Measure = (typeof MEASURES)[number];

/** Measures that are flows (no value in the base year). */
export const FLOW_MEASURES = new Set<Measure>([
  'expansion_demand_fte',
  'replacement_demand_fte',
  'outflow_fte',
  'outflow_pension_fte',
  'outflow_other_fte',
  'outflow_hours_fte',
  'inflow_fte',
  'inflow_own_placement_fte',
  'inflow_other_graduate_fte',
  'inflow_lateral_entrant_fte',
  'inflow_returner_fte',
  'inflow_other_fte',
]);
