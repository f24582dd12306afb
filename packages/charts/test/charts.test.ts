import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { clusterLineChart } from '../src/cluster-line-chart.js';
import { demandSupplyChart } from '../src/demand-supply-chart.js';
import { shortageChart } from '../src/shortage-chart.js';
import { pageChartCases } from './page-chart-cases.js';
import {
  baselineFrame,
  clusterColors,
  clusterSeries,
  fixed1,
  percent,
  regionUnit,
  whole,
} from './fixtures.js';

/**
 * SVG snapshots of every chart definition in src/, drawn by Plot in Node on a linkedom document from
 * fixed, hand-made data. A snapshot that is missing fails; write new ones with
 * `UPDATE_SNAPSHOTS=1 npm test -w @opgave/charts` and look at them before committing.
 */
const snapshots = fileURLToPath(new URL('./snapshots/', import.meta.url));
const chartsDir = fileURLToPath(new URL('../src/', import.meta.url));
const update = process.env.UPDATE_SNAPSHOTS === '1';

beforeAll(() => {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  // Plot takes the document from `window` when it is not given one.
  (globalThis as { window?: unknown }).window = { document };
});

function serialize(figure: Element): string {
  const svg = figure.tagName.toLowerCase() === 'svg' ? figure : figure.querySelector('svg');
  if (!svg) throw new Error('the chart made no SVG');
  svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  // Plot numbers its class names per process; keep them stable across runs and test orders.
  return (
    figure.outerHTML
      .replace(/plot-[0-9a-f]{6}/g, 'plot-d6a7b5')
      .replace(/-(clip|gradient|pattern)-?\d+/g, '-$1')
      .replace(/></g, '>\n<') + '\n'
  );
}

function expectSnapshot(name: string, figure: Element) {
  const file = `${snapshots}${name}.svg`;
  const actual = serialize(figure);
  if (!existsSync(file)) {
    if (!update) throw new Error(`snapshot ${name}.svg is missing: run with UPDATE_SNAPSHOTS=1 to write it`);
    mkdirSync(snapshots, { recursive: true });
    writeFileSync(file, actual);
  } else if (update && readFileSync(file, 'utf8') !== actual) {
    writeFileSync(file, actual);
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

const cases: Record<string, Record<string, () => Element>> = {
  clusterLineChart: {
    'cluster-line-chart-all': () =>
      clusterLineChart(clusterSeries, {
        y: 'pupils',
        yLabel: 'Leerlingen',
        width: 640,
        colors: clusterColors,
        selected: null,
        format: whole,
        ariaLabel: 'Leerlingen per cluster',
        ariaDescription: 'Leerlingen per cluster, 2018–2025.',
      }),
    'cluster-line-chart-selected-narrow': () =>
      clusterLineChart(clusterSeries, {
        y: 'teacherFte',
        yLabel: 'Fte',
        width: 400,
        colors: clusterColors,
        selected: 'C2',
        format: whole,
        ariaLabel: 'Fte bevoegde leraren per cluster',
        ariaDescription: 'Fte per cluster, 2018–2025.',
      }),
  },
  demandSupplyChart: {
    'demand-supply-chart': () =>
      demandSupplyChart(regionUnit, {
        ...baselineFrame,
        width: 640,
        format: fixed1,
        formatTick: whole,
        formatPercent: percent,
        ariaLabel: 'Werkgelegenheid en bevoegd aanbod, Regio',
        ariaDescription: 'Werkgelegenheid en bevoegd aanbod in fte, 2014–2030.',
      }),
    'demand-supply-chart-narrow': () =>
      demandSupplyChart(regionUnit, {
        ...baselineFrame,
        width: 400,
        format: fixed1,
        formatTick: whole,
        formatPercent: percent,
        ariaLabel: 'Werkgelegenheid en bevoegd aanbod, Regio',
        ariaDescription: 'Werkgelegenheid en bevoegd aanbod in fte, 2014–2030.',
      }),
  },
  shortageChart: {
    'shortage-chart': () =>
      shortageChart(regionUnit, {
        ...baselineFrame,
        width: 640,
        labelYears: [2020, 2025, 2030],
        format: fixed1,
        formatTick: whole,
        formatPercent: percent,
        ariaLabel: 'Totaal tekort, Regio',
        ariaDescription: 'Totaal tekort in fte, 2014–2030.',
      }),
  },
  // The charts of the pages (Regio, Cluster/Bestuur, Vakken, Kaart).
  ...pageChartCases,
};

describe('chart SVG snapshots', () => {
  for (const [chart, variants] of Object.entries(cases)) {
    for (const [name, draw] of Object.entries(variants)) {
      it(`${chart}(…) draws ${name}.svg`, () => {
        const figure = draw();
        const svg = figure.tagName.toLowerCase() === 'svg' ? figure : figure.querySelector('svg');
        expect(svg?.getAttribute('aria-label')).toBeTruthy();
        expect(svg?.getAttribute('aria-description')).toBeTruthy();
        expectSnapshot(name, figure);
      });
    }
  }

  it('every chart function exported from src/ has a snapshot here', () => {
    const exported = readdirSync(chartsDir)
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts'))
      .flatMap((file) =>
        [...readFileSync(`${chartsDir}${file}`, 'utf8').matchAll(/export function (\w+Chart)\b/g)].map(
          ([, name]) => name,
        ),
      );
    expect(
      exported.filter((name) => !(name in cases)),
      'charts without a snapshot test',
    ).toEqual([]);
  });
});
