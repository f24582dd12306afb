import { expectedClusters, parseDutchNumber } from './support/expected';
import type { Page } from '@playwright/test';
import { expect, lineLabels, openSharedPage, pupilsChart, test, type SharedPage } from './support/fixtures';

const expected = expectedClusters();
const names = expected.clusters.map((cluster) => cluster.name);

test.describe('dashboard on one page (read-only checks share it)', () => {
  test.describe.configure({ mode: 'serial' });
  let shared: SharedPage;
  let page: Page;

  test.beforeAll(async ({ browser, server }) => {
    shared = await openSharedPage(browser, server, './');
    page = shared.page;
    await expect(pupilsChart(page).svg).toBeVisible();
  });

  test.afterAll(async () => {
    await shared?.close();
  });

  test('the page is in Dutch, names the region and says the data are synthetic', async () => {
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Opgave — Onderwijsregio Rotterdam vo-mbo',
    );
    await expect(page.getByTestId('synthetic-notice')).toContainText('synthetische gegevens');
    await expect(page.getByTestId('provenance')).not.toBeEmpty();
  });

  test('the table shows pupils per cluster in the latest year equal to the sums of pupils.csv over locations.csv', async () => {
    // The model's worker computes these (clusterOverview); here they are summed straight from the files.
    const table = page.getByTestId('cluster-table');
    await expect(table).toBeVisible();
    await expect(table.locator('caption')).toContainText(String(expected.latestYear));
    for (const cluster of expected.clusters) {
      const row = table.locator(`tbody tr[data-cluster="${cluster.clusterId}"]`);
      await expect(row.locator('th')).toHaveText(cluster.name);
      const shown = parseDutchNumber(await row.getByTestId('pupils').innerText());
      expect(shown, `pupils of ${cluster.name}`).toBe(cluster.pupils);
    }
    const total = parseDutchNumber(await table.locator('tfoot').getByTestId('pupils').innerText());
    expect(total).toBe(expected.totalPupils);
    await expect(page.getByTestId('headline-pupils-value')).toHaveText(
      expected.totalPupils.toLocaleString('nl-NL'),
    );
  });

  test('the table shows qualified teacher FTE per cluster equal to the sums of workforce.csv (one decimal)', async () => {
    for (const cluster of expected.clusters) {
      const cell = page
        .getByTestId('cluster-table')
        .locator(`tbody tr[data-cluster="${cluster.clusterId}"]`)
        .getByTestId('teacher-fte');
      const shown = parseDutchNumber(await cell.innerText());
      expect(shown, `FTE of ${cluster.name}`).toBeCloseTo(cluster.teacherFte, 1);
    }
  });

  test('the pupils chart is an SVG that names every cluster', async () => {
    const { svg } = pupilsChart(page);
    await expect(svg).toBeVisible();
    await expect(svg).toHaveAttribute('aria-label', 'Leerlingen per cluster');
    expect((await lineLabels(page, 'chart-pupils')).sort()).toEqual([...names].sort());
    expect((await lineLabels(page, 'chart-fte')).sort()).toEqual([...names].sort());
    // one line per cluster
    await expect(svg.locator('g[aria-description="een lijn per cluster"] path')).toHaveCount(names.length);
    const description = await svg.getAttribute('aria-description');
    for (const name of names) expect(description).toContain(name);
  });

  test('no request goes to any host but the page’s own', async ({ server }) => {
    const { requests, foreignRequests } = shared.records;
    const origin = new URL(server.url).origin;
    // The recording does see the page's own traffic: the data and DuckDB's wasm.
    expect(requests.some((url) => url.endsWith('/data/rotterdam/pupils.csv'))).toBe(true);
    expect(requests.some((url) => url.endsWith('/datapackage.json'))).toBe(true);
    // …including what DuckDB's worker fetches itself
    expect(requests.some((url) => /\/duckdb-eh\.[^/]*\.wasm$/.test(url))).toBe(true);
    for (const url of requests) expect(new URL(url).origin, url).toBe(origin);
    expect(foreignRequests).toEqual([]);
    expect(shared.records.consoleErrors).toEqual([]);
  });
});

test.describe('dashboard (built site, system Chromium)', () => {
  test('choosing a cluster changes the chart and the URL, and Back restores all clusters', async ({
    page,
  }) => {
    const [first, second] = expected.clusters;
    await page.goto('./');
    const { figure } = pupilsChart(page);
    await expect(figure.locator('svg')).toBeVisible();
    const before = await figure.locator('svg').innerHTML();

    await page.getByTestId('cluster-filter').getByRole('link', { name: second.name }).click();
    await expect(page).toHaveURL(new RegExp(`[?&]cluster=${encodeURIComponent(second.clusterId)}`));
    await expect(figure).toHaveAttribute('data-cluster', second.clusterId);
    await expect.poll(() => lineLabels(page, 'chart-pupils')).toEqual([second.name]);
    expect(await figure.locator('svg').innerHTML()).not.toBe(before);
    await expect(page.getByTestId('headline-pupils-value')).toHaveText(second.pupils.toLocaleString('nl-NL'));
    await expect(page.getByTestId('cluster-filter').getByRole('link', { name: second.name })).toHaveAttribute(
      'aria-current',
      'true',
    );

    await page.getByTestId('cluster-filter').getByRole('link', { name: first.name }).click();
    await expect(page).toHaveURL(new RegExp(`[?&]cluster=${encodeURIComponent(first.clusterId)}`));
    await expect.poll(() => lineLabels(page, 'chart-pupils')).toEqual([first.name]);

    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`[?&]cluster=${encodeURIComponent(second.clusterId)}`));
    await expect.poll(() => lineLabels(page, 'chart-pupils')).toEqual([second.name]);

    await page.goBack();
    await expect(page).not.toHaveURL(/cluster=/);
    await expect(figure).toHaveAttribute('data-cluster', '');
    await expect.poll(async () => (await lineLabels(page, 'chart-pupils')).sort()).toEqual([...names].sort());
    await expect(page.getByTestId('headline-pupils-value')).toHaveText(
      expected.totalPupils.toLocaleString('nl-NL'),
    );
  });

  test('loading ?cluster=… directly shows that cluster', async ({ page }) => {
    const cluster = expected.clusters.at(-1)!;
    await page.goto(`./?cluster=${encodeURIComponent(cluster.clusterId)}`);
    const { figure, svg } = pupilsChart(page);
    await expect(svg).toBeVisible();
    await expect(figure).toHaveAttribute('data-cluster', cluster.clusterId);
    expect(await lineLabels(page, 'chart-pupils')).toEqual([cluster.name]);
    expect(await lineLabels(page, 'chart-fte')).toEqual([cluster.name]);
    await expect(page.getByTestId('headline-pupils-value')).toHaveText(
      cluster.pupils.toLocaleString('nl-NL'),
    );
  });

  test('an unknown ?cluster= shows all clusters and says so', async ({ page }) => {
    await page.goto('./?cluster=bestaat-niet');
    await expect(pupilsChart(page).svg).toBeVisible();
    await expect(page.getByText('Cluster “bestaat-niet” bestaat niet')).toBeVisible();
    expect((await lineLabels(page, 'chart-pupils')).sort()).toEqual([...names].sort());
  });

  test('the page logs no console errors while loading and filtering', async ({ page, records }) => {
    await page.goto('./');
    await expect(pupilsChart(page).svg).toBeVisible();
    await page.getByTestId('cluster-filter').getByRole('link', { name: expected.clusters[0].name }).click();
    await expect(pupilsChart(page).figure).toHaveAttribute('data-cluster', expected.clusters[0].clusterId);
    await page.getByTestId('cluster-filter').getByRole('link', { name: 'Alle clusters' }).click();
    await expect(pupilsChart(page).figure).toHaveAttribute('data-cluster', '');
    expect(records.consoleErrors).toEqual([]);
  });

  test('the page shows a loading state, never a blank area, until the chart appears', async ({ page }) => {
    // Hold the data back so the loading state can be seen, then let it through.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/data/rotterdam/pupils.csv', async (route) => {
      await held;
      await route.fallback();
    });
    await page.goto('./');
    await expect(page.getByTestId('loading')).toBeVisible();
    await expect(page.getByTestId('loading')).toContainText('Gegevens laden');
    release();
    await expect(pupilsChart(page).svg).toBeVisible();
    await expect(page.getByTestId('loading')).toHaveCount(0);
  });

  test('cold load to first chart and to the model charts (measurement, printed, not asserted)', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      const marks: Record<string, number> = {};
      (window as unknown as { chartMs: Record<string, number> }).chartMs = marks;
      const observer = new MutationObserver(() => {
        for (const id of ['chart-pupils', 'chart-shortage']) {
          const svg = document.querySelector(`[data-testid="${id}"] svg`);
          if (!marks[id] && svg && svg.getBoundingClientRect().height > 0) marks[id] = performance.now();
        }
        if (Object.keys(marks).length === 2) observer.disconnect();
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    await page.goto('./');
    await expect(pupilsChart(page).svg).toBeVisible();
    await expect(page.getByTestId('chart-shortage').locator('svg')).toBeVisible();
    const ms = await page.evaluate(() => (window as unknown as { chartMs: Record<string, number> }).chartMs);
    const line =
      `cold load to first chart: ${Math.round(ms['chart-pupils'])} ms (navigation start → pupils chart SVG visible); ` +
      `to the model charts: ${Math.round(ms['chart-shortage'])} ms (→ shortage chart SVG visible)`;
    console.log(line);
    test.info().annotations.push({ type: 'measurement', description: line });
  });
});
