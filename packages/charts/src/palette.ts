/**
 * Okabe–Ito colours, ordered for contrast on white (the yellow is left out: too light for lines).
 * Safe for the common forms of colour blindness.
 */
export const okabeIto = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#D55E00',
  '#56B4E9',
  '#000000',
] as const;

/**
 * Gives every cluster a fixed colour, in the order given, so a cluster keeps its colour whatever
 * the filter.
 * @param ids cluster ids in a stable order
 * @returns a map from id to colour
 * @example clusterColors(['C1', 'C2']).get('C2') // '#E69F00'
 */
export function clusterColors(ids: readonly string[]): Map<string, string> {
  return new Map(ids.map((id, i) => [id, okabeIto[i % okabeIto.length]]));
}

/**
 * Colours of the model's measures, from the same Okabe–Ito set: demand in ink, qualified supply in
 * bluish green, the hidden shortage in sky blue and unfilled demand in vermillion (distinct in the
 * common forms of colour blindness, also when stacked).
 */
export const measureColors = {
  demand: '#1c2a38',
  supply: '#009E73',
  hidden: '#56B4E9',
  unfilled: '#D55E00',
  gap: '#D55E00',
} as const;

/**
 * Colours of a change and its totals (waterfalls, the report's tables): what raises the shortage in
 * vermillion, what lowers it in bluish green, totals in slate.
 */
export const changeColors = {
  up: '#D55E00',
  down: '#009E73',
  total: '#5b6876',
} as const;
