import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';
import { chromiumArgs, requireChromium } from '../../scripts/lib/find-chromium.mjs';

/**
 * The dashboard's speed budgets (issue 5), measured in headless Chromium against the built site
 * (apps/dashboard/build; this builds nothing). Reports, does not assert.
 */
export const budgets = {
  firstChartMs: 2000,
  filterChangeP95Ms: 150,
  javascriptGzipKb: 350,
  /** Issue 6: a lever of the scenario studio moved → the deterministic result recomputed and redrawn. */
  scenarioLeverMs: 100,
};

export interface DashboardBenchResult {
  runs: { cold: number; filter: number; lever: number };
  coldFirstChartMs: number[];
  coldModelChartsMs: number[];
  /** Filter changes once the page has settled (the budget's figure). */
  filterChangeMs: number[];
  /** Filter changes while the page is still starting (bands simulated, DuckDB loading): reported only. */
  filterChangeStartupMs: number[];
  /** Scenario studio: lever change (input event) → the new deterministic result drawn (next frame). */
  scenarioLeverMs: number[];
  javascript: {
    files: number;
    gzipBytes: number;
    coldLoadGzipBytes: number;
    largest: { file: string; gzipBytes: number }[];
  };
}

const buildDir = fileURLToPath(new URL('../../apps/dashboard/build/', import.meta.url));

/**
 * Records, from the first script on, when the first cluster chart and the model's charts are painted
 * (milliseconds since navigation start, `performance.now()`): a timeout set in the frame callback after
 * the chart appears runs after that frame's layout and paint.
 */
function recordChartTimes() {
  const marks: Record<string, number> = {};
  (window as unknown as { __opgaveBench: Record<string, number> }).__opgaveBench = marks;
  // No named local functions here: tsx would wrap them in a helper the page does not have.
  const seen = { firstChart: false, modelCharts: false };
  const observer = new MutationObserver(() => {
    if (!seen.firstChart && document.querySelector('[data-testid="chart-pupils"] svg')) {
      seen.firstChart = true;
      requestAnimationFrame(() => setTimeout(() => (marks.firstChart = performance.now()), 0));
    }
    if (
      !seen.modelCharts &&
      document.querySelector('[data-testid="chart-shortage"] svg') &&
      document.querySelector('[data-testid="chart-demand-supply"] svg')
    ) {
      seen.modelCharts = true;
      requestAnimationFrame(() => setTimeout(() => (marks.modelCharts = performance.now()), 0));
    }
    // The model may finish before DuckDB's charts: stop only when both are there.
    if (seen.firstChart && seen.modelCharts) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
}

async function coldLoads(browser: Browser, url: string, runs: number) {
  const firstChart: number[] = [];
  const modelCharts: number[] = [];
  const javascript = new Set<string>();
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'nl-NL' });
    const page = await context.newPage();
    page.on('request', (request) => {
      if (request.url().endsWith('.js')) javascript.add(new URL(request.url()).pathname);
    });
    await page.addInitScript(recordChartTimes);
    await page.goto(url);
    const marks = await page.waitForFunction(
      () => {
        const m = (window as unknown as { __opgaveBench?: Record<string, number> }).__opgaveBench;
        return m?.modelCharts !== undefined && m.firstChart !== undefined ? m : null;
      },
      null,
      { timeout: 60_000, polling: 100 },
    );
    const { firstChart: first, modelCharts: model } = (await marks.jsonValue()) as Record<string, number>;
    firstChart.push(first);
    modelCharts.push(model);
    await context.close();
  }
  return { firstChart, modelCharts, javascript };
}

/** Filter changes measured twice on one page: while the page is still starting, and once it has settled. */
interface FilterChangeTimes {
  /** Right after the model's and DuckDB's charts appear, while the bands are simulated and DuckDB loads. */
  startup: number[];
  /** Once the bands are drawn, as a reader would choose filters on a page that has finished loading. */
  settled: number[];
}

async function filterChanges(browser: Browser, url: string, changes: number): Promise<FilterChangeTimes> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'nl-NL' });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('[data-testid="chart-shortage"] svg').first().waitFor({ timeout: 60_000 });
  // The model may finish before DuckDB: wait for the filter (and the charts of DuckDB's part) too.
  await page.locator('[data-testid="chart-pupils"] svg').first().waitFor({ timeout: 60_000 });
  const ids = await page
    .locator('[data-testid="cluster-filter"] a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('data-cluster') ?? ''));
  const measure = async () => {
    const times: number[] = [];
    for (let i = 0; i < changes; i++) {
      // Cycle through the clusters and "Alle clusters", never choosing the one shown.
      times.push(await filterChange(page, ids[(i + 1) % ids.length]));
    }
    return times;
  };
  const startup = await measure();
  // Settled as in the scenario bench: the bands drawn (their 500 draws share the two cores with the page
  // until then), and a moment for DuckDB's part.
  await page.locator('[data-testid="bands-running"]').waitFor({ state: 'detached', timeout: 60_000 });
  await page.waitForTimeout(1_000);
  const settled = await measure();
  await context.close();
  return { startup, settled };
}

/** Clicks the link of a cluster and measures until its charts are on the page and painted. */
function filterChange(page: Page, clusterId: string): Promise<number> {
  return page.evaluate(
    (id) =>
      new Promise<number>((resolve, reject) => {
        const testIds = ['chart-pupils', 'chart-fte', 'chart-demand-supply', 'chart-shortage'];
        const link = document.querySelector<HTMLAnchorElement>(
          `[data-testid="cluster-filter"] a[data-cluster="${id}"]`,
        );
        if (!link) return reject(new Error(`no filter link for "${id}"`));
        const timeout = setTimeout(() => reject(new Error('charts did not update in 10 s')), 10_000);
        const start = performance.now();
        // No named local functions here: tsx would wrap them in a helper the page does not have.
        const observer = new MutationObserver(() => {
          const updated = testIds.every((testId) => {
            const figure = document.querySelector(`[data-testid="${testId}"]`);
            return figure?.getAttribute('data-cluster') === id && figure.querySelector('svg');
          });
          if (!updated) return;
          observer.disconnect();
          // A frame callback runs before that frame's layout and paint, a timeout set in it after them:
          // the new charts are painted.
          requestAnimationFrame(() =>
            setTimeout(() => {
              clearTimeout(timeout);
              resolve(performance.now() - start);
            }, 0),
          );
        });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true });
        link.click();
      }),
    clusterId,
  );
}

/**
 * Moves the binding lever of the scenario studio (its number field, as typing does) and measures until
 * the page shows that scenario's result (the result section names its levers and is no longer busy)
 * and the next frame is painted. The band is simulated in the background meanwhile, as in the room.
 */
async function scenarioLeverChanges(browser: Browser, url: string, changes: number): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'nl-NL' });
  const page = await context.newPage();
  await page.goto(new URL('scenarios', url).toString());
  const result = page.locator('[data-testid="scenario-result"][data-levers="{}"][aria-busy="false"]');
  await result.waitFor({ timeout: 60_000 });
  await page.locator('[data-testid="chart-scenario"] svg').first().waitFor({ timeout: 60_000 });
  // Settled: the baseline's band drawn. Before that the page's start (the site's 500-draw simulation,
  // DuckDB's compilation, this band) shares the two cores with the levers and single changes are slower.
  await page
    .locator('[data-testid="chart-scenario"]', { hasText: '200 trekkingen' })
    .waitFor({ timeout: 60_000 });
  const times: number[] = [];
  for (let i = 0; i < changes; i++) {
    // 1, 2, … 20 percentage points: every change a new scenario.
    const value = (i % 20) + 1;
    times.push(
      await page.evaluate(
        (v) =>
          new Promise<number>((resolve, reject) => {
            const input = document.querySelector<HTMLInputElement>(
              '[data-testid="lever-bindingRatePp-number"]',
            );
            const section = document.querySelector('[data-testid="scenario-result"]');
            if (!input || !section) return reject(new Error('no binding lever or result section'));
            const key = `{"bindingRatePp":${v}}`;
            const timeout = setTimeout(() => reject(new Error('the result did not update in 10 s')), 10_000);
            const observer = new MutationObserver(() => {
              if (section.getAttribute('data-levers') !== key) return;
              if (section.getAttribute('aria-busy') !== 'false') return;
              observer.disconnect();
              // Painted: a timeout set in a frame callback runs after that frame's layout and paint.
              requestAnimationFrame(() =>
                setTimeout(() => {
                  clearTimeout(timeout);
                  resolve(performance.now() - start);
                }, 0),
              );
            });
            observer.observe(section, { subtree: true, childList: true, attributes: true });
            const start = performance.now();
            input.value = String(v);
            input.dispatchEvent(new Event('input', { bubbles: true }));
          }),
        value,
      ),
    );
    // A lever moved by hand: a short pause before the next change.
    await page.waitForTimeout(100);
  }
  await context.close();
  return times;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

function javascriptSizes(coldLoadPaths: Set<string>) {
  const files = walk(join(buildDir, '_app'))
    .filter((file) => file.endsWith('.js'))
    // DuckDB's own worker is left out of the budget, like its wasm.
    .filter((file) => !/duckdb-browser-[\w-]*\.worker/.test(file));
  const sizes = files.map((file) => ({
    file: relative(buildDir, file),
    gzipBytes: gzipSync(readFileSync(file), { level: 9 }).length,
  }));
  const coldLoadGzipBytes = sizes
    .filter(({ file }) => [...coldLoadPaths].some((path) => path.endsWith('/' + file)))
    .reduce((sum, { gzipBytes }) => sum + gzipBytes, 0);
  return {
    files: sizes.length,
    gzipBytes: sizes.reduce((sum, { gzipBytes }) => sum + gzipBytes, 0),
    coldLoadGzipBytes,
    largest: sizes.sort((a, b) => b.gzipBytes - a.gzipBytes).slice(0, 5),
  };
}

/**
 * Runs the dashboard benchmark: cold loads, filter changes, scenario lever changes and the size of the
 * JavaScript.
 * @param options `quick` for fewer repetitions (2 cold loads, 8 filter changes while the page starts and 8
 *   once it has settled, 8 lever changes)
 * @returns every measurement
 * @example const result = await benchDashboard({ quick: process.env.OPGAVE_BENCH_QUICK === '1' });
 */
export async function benchDashboard({ quick = false } = {}): Promise<DashboardBenchResult> {
  if (!existsSync(join(buildDir, 'index.html'))) {
    throw new Error(
      `${buildDir}index.html is missing: build the dashboard first (npm run build -w @opgave/dashboard)`,
    );
  }
  const runs = { cold: quick ? 2 : 5, filter: quick ? 8 : 20, lever: quick ? 8 : 20 };
  const server = await startServer({ dir: buildDir, port: 0, host: '127.0.0.1', quiet: true });
  const browser = await chromium.launch({ executablePath: requireChromium(), args: chromiumArgs });
  try {
    const cold = await coldLoads(browser, server.url, runs.cold);
    const filter = await filterChanges(browser, server.url, runs.filter);
    const lever = await scenarioLeverChanges(browser, server.url, runs.lever);
    return {
      runs,
      coldFirstChartMs: cold.firstChart,
      coldModelChartsMs: cold.modelCharts,
      filterChangeMs: filter.settled,
      filterChangeStartupMs: filter.startup,
      scenarioLeverMs: lever,
      javascript: javascriptSizes(cold.javascript),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * The q-th quantile of numbers (linear between order statistics, like R's type 7).
 * @param values numbers
 * @param q from 0 to 1
 * @returns the quantile, NaN for no values
 * @example quantile([1, 2, 3, 4], 0.5) // 2.5
 */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}
