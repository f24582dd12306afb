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
 * The greys and inks of a figure around its data, for a light page: `ink` for measured and forecast
 * lines and for values written beside bars, `text` for the figure's text and axes, `quiet` for
 * secondary labels, `rule` for zero lines, the base year and the pointer, `context` for grey lines
 * behind the highlighted ones and `forecastBand` behind the forecast years. The dashboard's dark theme
 * maps them to its own by these values (apps/dashboard/src/app.css), so change both together.
 */
export const frameColors = {
  ink: '#1c2a38',
  text: '#33404d',
  quiet: '#5b6876',
  rule: '#8a96a3',
  context: '#c4cad3',
  forecastBand: '#eef2f6',
} as const;

/**
 * Colours of the model's measures, from the same Okabe–Ito set: demand in ink, qualified supply in
 * bluish green, the hidden shortage in sky blue and unfilled demand in vermillion (distinct in the
 * common forms of colour blindness, also when stacked).
 */
export const measureColors = {
  demand: frameColors.ink,
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
  total: frameColors.quiet,
} as const;

/**
 * Colour of a forecast and its bands, and of counts drawn without a measure of their own (pupils on
 * the map and per municipality): Okabe–Ito blue.
 */
export const seriesColor = okabeIto[0];

/**
 * Colours of the scenario chart and its legend: the baseline in ink, the scenario in blue, and its
 * band in the same blue, drawn at {@link scenarioBandOpacity}.
 */
export const scenarioColors = {
  baseline: measureColors.demand,
  scenario: seriesColor,
  band: seriesColor,
} as const;

/**
 * Opacity of the scenario's band, in the chart and in the legend's swatch for it: a swatch in the
 * band's colour at the band's opacity looks like the band in either theme, where a lightened blue of
 * its own stays light on a dark page.
 */
export const scenarioBandOpacity = 0.18;

/** Colours of the binding chart: placements as light blue bars, the hires among them in blue. */
export const bindingColors = { placed: '#b9dcf2', hired: seriesColor } as const;

/** Colours of the age profile: the workforce now as sky-blue bars, the one later as ink ticks. */
export const ageColors = { now: okabeIto[5], later: frameColors.ink } as const;

/**
 * Colours of the sources of inflow: own placements, other graduates, lateral entrants and returners
 * from the Okabe–Ito set, the rest in grey.
 */
export const inflowSourceColors = {
  ownPlacement: okabeIto[0],
  otherGraduate: okabeIto[5],
  lateralEntrant: okabeIto[1],
  returner: okabeIto[3],
  other: frameColors.rule,
} as const;

/**
 * The sequential scale of the heatmaps and the shortage map: Plot's `scheme` name, and its nine
 * ColorBrewer YlOrRd stops, from which an HTML legend draws the same ramp.
 */
export const heatScale = {
  scheme: 'YlOrRd',
  stops: ['#ffffcc', '#ffeda0', '#fed976', '#feb24c', '#fd8d3c', '#fc4e2a', '#e31a1c', '#bd0026', '#800026'],
} as const;
