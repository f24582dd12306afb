import { agePyramidChart } from '../src/age-pyramid-chart.js';
import { bandLinesChart } from '../src/band-lines-chart.js';
import { bindingChart } from '../src/binding-chart.js';
import { fanChart } from '../src/fan-chart.js';
import { heatmapChart } from '../src/heatmap-chart.js';
import { inflowChart } from '../src/inflow-chart.js';
import { municipalityBarChart } from '../src/municipality-bar-chart.js';
import { rankedBarChart } from '../src/ranked-bar-chart.js';
import { scenarioChart } from '../src/scenario-chart.js';
import { scenarioCompareChart } from '../src/scenario-compare-chart.js';
import { shortageMapChart } from '../src/shortage-map-chart.js';
import { waterfallChart } from '../src/waterfall-chart.js';
import { fixed1, percent, whole } from './fixtures.js';

/**
 * Snapshot cases of the charts of the pages (Regio, Cluster/Bestuur, Vakken, Kaart), from small
 * hand-made data; charts.test.ts draws and compares them like its own cases.
 */
const history = [2020, 2021, 2022, 2023, 2024, 2025].map((year, i) => ({ year, value: 400 + 12 * i }));
const forecast = [2025, 2026, 2027, 2028, 2029, 2030].map((year, i) => ({ year, value: 460 + 8 * i }));
const bands = forecast.map(({ year, value }, i) => ({
  year,
  p5: value - 12 * i,
  p25: value - 5 * i,
  p50: value + i,
  p75: value + 6 * i,
  p95: value + 14 * i,
}));
const fanLabels = {
  y: 'Tekort (fte)',
  x: 'Jaar',
  measured: 'gemeten',
  forecast: 'prognose',
  median: 'mediaan',
  band50: '50%-band',
  band90: '90%-band',
};
const square = (x: number, y: number, d: number) => [
  [
    [x, y],
    [x + d, y],
    [x + d, y + d],
    [x, y + d],
    [x, y],
  ],
];

// A scenario that lowers the shortage a little more each year, with a band from the second year on.
const scenarioPoints = [2025, 2026, 2027, 2028, 2029, 2030].map((year, i) => ({
  year,
  baseline: 460 + 20 * i,
  scenario: 460 + 8 * i,
  ...(i > 0 ? { low: 440 + 2 * i, high: 470 + 20 * i } : {}),
}));
const compareNames = ['Basisprognose', 'Binding +10', 'Zij-instroom'];
const comparePoints = [2025, 2026, 2027, 2028, 2029, 2030].flatMap((year, i) =>
  compareNames.map((series, k) => ({ series, year, value: 460 + (20 - 6 * k) * i })),
);

export const pageChartCases: Record<string, Record<string, () => Element>> = {
  scenarioChart: {
    'scenario-chart': () =>
      scenarioChart(scenarioPoints, {
        width: 640,
        format: fixed1,
        tick: whole,
        labels: {
          x: 'Jaar',
          y: 'Tekort (fte)',
          baseline: 'Basisprognose',
          scenario: 'Binding +10',
          band: '80%-band',
        },
        ariaLabel: 'Totaal tekort in de regio per jaar: Binding +10 tegen de basisprognose',
        ariaDescription: 'Totaal tekort van de regio in fte, 2025–2030.',
      }),
    'scenario-chart-no-band-narrow': () =>
      scenarioChart(
        scenarioPoints.map(({ year, baseline, scenario }) => ({ year, baseline, scenario })),
        {
          width: 360,
          format: fixed1,
          labels: {
            x: 'Jaar',
            y: 'Tekort (fte)',
            baseline: 'Basisprognose',
            scenario: 'Scenario',
            band: '80%-band',
          },
          ariaLabel: 'Totaal tekort in de regio per jaar: Scenario tegen de basisprognose',
          ariaDescription: 'Totaal tekort van de regio in fte, 2025–2030, zonder band.',
        },
      ),
  },
  scenarioCompareChart: {
    'scenario-compare-chart': () =>
      scenarioCompareChart(comparePoints, {
        width: 640,
        colors: new Map(compareNames.map((name, k) => [name, ['#1c2a38', '#0072B2', '#E69F00'][k]])),
        baseline: 'Basisprognose',
        format: fixed1,
        tick: whole,
        labels: { x: 'Jaar', y: 'Tekort (fte)' },
        ariaLabel: 'Totaal tekort in de regio per jaar, per scenario',
        ariaDescription: 'Basisprognose, Binding +10 en Zij-instroom, 2025–2030.',
      }),
  },
  fanChart: {
    'fan-chart': () =>
      fanChart(history, forecast, bands, {
        width: 640,
        domain: [2020, 2030],
        baseYear: 2025,
        format: fixed1,
        tick: whole,
        labels: fanLabels,
        ariaLabel: 'Tekort: gemeten en prognose, Regio',
        ariaDescription: 'Totaal tekort in fte, 2020–2030.',
      }),
    'fan-chart-compact-linked': () =>
      fanChart(history, forecast, bands, {
        width: 320,
        height: 200,
        compact: true,
        yMax: 700,
        color: '#E69F00',
        href: '/cluster/C2',
        domain: [2020, 2030],
        baseYear: 2025,
        format: fixed1,
        labels: fanLabels,
        ariaLabel: 'Tekort, Cluster Zuid',
        ariaDescription: 'Totaal tekort in fte, 2020–2030.',
      }),
  },
  heatmapChart: {
    'heatmap-chart': () =>
      heatmapChart(
        ['Bestuur A', 'Bestuur B met een heel erg lange naam die wordt ingekort'].flatMap((row, r) =>
          ['2024', '2025', '2026'].map((column, c) => ({
            row,
            column,
            value: 2 + 3 * r + c,
            title: `${row}, ${column}`,
            href: r === 0 ? '/bestuur/A' : undefined,
          })),
        ),
        {
          width: 640,
          rows: ['Bestuur A', 'Bestuur B met een heel erg lange naam die wordt ingekort'],
          columns: ['2024', '2025', '2026'],
          format: fixed1,
          legendLabel: 'Tekort (%)',
          ariaLabel: 'Tekort per bestuur en jaar',
          ariaDescription: 'Twee besturen, 2024–2026.',
        },
      ),
  },
  municipalityBarChart: {
    'municipality-bar-chart': () =>
      municipalityBarChart(
        [
          { label: 'Rotterdam', pupils: 35673 },
          { label: 'Capelle aan den IJssel', pupils: 3090 },
          { label: 'Maassluis', pupils: 923 },
        ],
        { width: 560, format: whole, ariaLabel: 'Leerlingen per gemeente in 2019' },
      ),
  },
  rankedBarChart: {
    'ranked-bar-chart': () =>
      rankedBarChart(
        [
          { label: 'Wiskunde', value: 40.5, note: '6,1%', title: 'Wiskunde' },
          {
            label: 'Generieke vakken (Nederlands, Engels, rekenen, burgerschap)',
            value: 30.2,
            note: '12,0%',
            title: 'Generiek',
            href: '?subject=x',
          },
          { label: 'Duits', value: 4, note: '2,0%', title: 'Duits' },
        ],
        {
          width: 560,
          xLabel: 'Tekort (fte)',
          format: fixed1,
          ariaLabel: 'Top vakken',
          ariaDescription: 'Drie vakken.',
        },
      ),
  },
  bandLinesChart: {
    'band-lines-chart': () =>
      bandLinesChart(
        [2023, 2024, 2025, 2026, 2027].flatMap(
          (year, i) =>
            [
              {
                series: 'Werkgelegenheid',
                year,
                value: 1000 + 10 * i,
                phase: year <= 2025 ? 'measured' : 'forecast',
                low: year > 2025 ? 990 + 5 * i : undefined,
                high: year > 2025 ? 1010 + 15 * i : undefined,
              },
              {
                series: 'Bevoegd aanbod',
                year,
                value: 950 + 4 * i,
                phase: year <= 2025 ? 'measured' : 'forecast',
              },
            ] as const,
        ),
        {
          width: 640,
          domain: [2023, 2027],
          baseYear: 2025,
          colors: new Map([
            ['Werkgelegenheid', '#1c2a38'],
            ['Bevoegd aanbod', '#009E73'],
          ]),
          format: fixed1,
          labels: { x: 'Jaar', y: 'Fte', band: '80%-band' },
          ariaLabel: 'Werkgelegenheid en bevoegd aanbod',
          ariaDescription: 'Fte, 2023–2027.',
        },
      ),
  },
  agePyramidChart: {
    'age-pyramid-chart': () =>
      agePyramidChart(
        ['<25', '25-29', '30-34', '65+'].map((band, i) => ({ band, now: 20 + 10 * i, later: 25 + 8 * i })),
        {
          width: 420,
          format: fixed1,
          labels: { x: 'Fte', y: 'Leeftijd', now: '2025', later: '2035' },
          ariaLabel: 'Leeftijdsopbouw',
          ariaDescription: 'Fte per leeftijdsgroep.',
        },
      ),
  },
  inflowChart: {
    'inflow-chart': () =>
      inflowChart(
        [2026, 2027].flatMap((year) => [
          { year, source: 'Eigen stagiairs', value: 10 },
          { year, source: 'Zij-instromers', value: 6 + year - 2026 },
        ]),
        {
          width: 480,
          colors: new Map([
            ['Eigen stagiairs', '#0072B2'],
            ['Zij-instromers', '#E69F00'],
          ]),
          format: fixed1,
          labels: { x: 'Jaar', y: 'Fte' },
          ariaLabel: 'Instroom naar bron',
          ariaDescription: 'Fte per jaar, 2026–2027.',
        },
      ),
  },
  bindingChart: {
    'binding-chart': () =>
      bindingChart(
        [
          { year: 2023, placed: 40, hired: 12 },
          { year: 2024, placed: 50, hired: 20 },
        ],
        {
          width: 480,
          format: whole,
          formatPercent: percent,
          labels: { x: 'Jaar', y: 'Personen', placed: 'Geplaatst', hired: 'Aangenomen', rate: 'Binding' },
          ariaLabel: 'Binding',
          ariaDescription: '2023: 12/40; 2024: 20/50',
        },
      ),
  },
  waterfallChart: {
    'waterfall-chart': () =>
      waterfallChart(
        [
          { label: '2025', value: 100, kind: 'total' },
          { label: 'Leerlingen', value: 30, kind: 'change' },
          { label: 'Zij-instromers', value: -20, kind: 'change' },
          { label: '2030', value: 110, kind: 'total' },
        ],
        {
          width: 560,
          format: fixed1,
          labels: { x: 'Tekort (fte)' },
          ariaLabel: 'Oorzaken',
          ariaDescription: '2025 → 2030.',
        },
      ),
  },
  shortageMapChart: {
    'shortage-map-chart': () =>
      shortageMapChart(
        {
          type: 'FeatureCollection',
          features: [
            {
              type: 'Feature',
              properties: { statcode: 'GM1', statnaam: 'Oost' },
              geometry: { type: 'Polygon', coordinates: square(4.4, 51.9, 0.05) },
            },
            {
              type: 'Feature',
              properties: { statcode: 'GM2', statnaam: 'West' },
              geometry: { type: 'Polygon', coordinates: square(4.3, 51.9, 0.05) },
            },
            {
              type: 'Feature',
              properties: { statcode: 'GM9', statnaam: 'Elders' },
              geometry: { type: 'Polygon', coordinates: square(5, 52, 0.05) },
            },
          ],
        },
        [
          { code: 'GM1', name: 'Oost', value: 4, title: 'Oost: 4%' },
          { code: 'GM2', name: 'West', value: 8, title: 'West: 8%' },
        ],
        [
          {
            name: 'School',
            longitude: 4.42,
            latitude: 51.92,
            pupils: 800,
            title: 'School',
            href: '/bestuur/B1',
          },
        ],
        {
          width: 480,
          legendLabel: 'Tekort (%)',
          ariaLabel: 'Kaart van het tekort',
          ariaDescription: 'Oost 4%; West 8%.',
        },
      ),
  },
};
