import type { Page } from '@playwright/test';
import { parseDutchNumber } from './support/expected';
import { agreesToShown, expectedBaseline } from './support/expected-baseline';
import { expect, openSharedPage, test, type SharedPage } from './support/fixtures';

type Expected = Awaited<ReturnType<typeof expectedBaseline>>;

/** Reads "592,8 fte" or "6,6% van de werkgelegenheid" as a number. */
const leadingNumber = (text: string) => parseDutchNumber(/^\s*([−-]?[\d.,]+)/.exec(text)?.[1] ?? text);

const shortageChart = (page: Page) => page.getByTestId('chart-shortage');
const demandSupplyChart = (page: Page) => page.getByTestId('chart-demand-supply');

test.describe('baseline section, read from the site model (one worker per visit, compared with @opgave/core in Node)', () => {
  // Read-only checks share one page: the model runs once.
  test.describe.configure({ mode: 'serial' });

  let expected: Expected;
  let shared: SharedPage;
  let page: Page;

  test.beforeAll(async ({ browser, server }) => {
    expected = await expectedBaseline();
    shared = await openSharedPage(browser, server, './');
    page = shared.page;
    await expect(shortageChart(page).locator('svg')).toBeVisible();
  });

  test.afterAll(async () => {
    await shared?.close();
  });

  test('the headline shows the region’s total shortage now, in 5 and in 10 years as calibrate + project compute it', async () => {
    for (const [i, offset] of [0, 5, 10].entries()) {
      const year = expected.years[i];
      const headline = page.getByTestId(`headline-shortage-${offset}`);
      await expect(headline).toContainText(String(year));
      await expect(headline).toContainText('Alle clusters');
      const fte = leadingNumber(await page.getByTestId(`headline-shortage-${offset}-value`).innerText());
      const pct = leadingNumber(await page.getByTestId(`headline-shortage-${offset}-change`).innerText());
      const fteModel = expected.region.value('total_shortage_fte', year);
      const pctModel = expected.region.value('shortage_pct', year);
      expect(agreesToShown(fte, fteModel), `total shortage ${year}: shown ${fte}, model ${fteModel}`).toBe(
        true,
      );
      expect(agreesToShown(pct, pctModel), `shortage % ${year}: shown ${pct}, model ${pctModel}`).toBe(true);
    }
  });

  test('the table shows every cluster’s and the region’s total shortage (FTE and %) now, in 5 and in 10 years as the model computes it', async () => {
    const table = page.getByTestId('baseline-table');
    for (const unit of [...expected.clusters, expected.region]) {
      const row = table.locator(`tr[data-cluster="${unit.clusterId}"]`);
      await expect(row.locator('th')).toHaveText(unit.name);
      for (const [i, year] of expected.years.entries()) {
        const fte = parseDutchNumber(await row.getByTestId(`shortage-fte-${i}`).innerText());
        const pct = parseDutchNumber(await row.getByTestId(`shortage-pct-${i}`).innerText());
        const fteModel = unit.value('total_shortage_fte', year);
        const pctModel = unit.value('shortage_pct', year);
        expect(agreesToShown(fte, fteModel), `${unit.name} ${year}: shown ${fte}, model ${fteModel}`).toBe(
          true,
        );
        expect(agreesToShown(pct, pctModel), `${unit.name} ${year} %: shown ${pct}, model ${pctModel}`).toBe(
          true,
        );
      }
    }
  });

  test('the table shows demand, supply and the split of the shortage of every cluster in a forecast year as the model computes it', async () => {
    const year = expected.years[2];
    await expect(page.getByTestId('baseline-table').locator('thead')).toContainText(`In ${year}`);
    for (const unit of expected.clusters) {
      const row = page.getByTestId('baseline-table').locator(`tr[data-cluster="${unit.clusterId}"]`);
      for (const [testId, measure] of [
        ['demand-fte', 'demand_fte'],
        ['supply-fte', 'supply_fte'],
        ['hidden-fte', 'hidden_shortage_fte'],
        ['unfilled-fte', 'unfilled_fte'],
      ] as const) {
        const shown = parseDutchNumber(await row.getByTestId(testId).innerText());
        const model = unit.value(measure, year);
        expect(
          agreesToShown(shown, model),
          `${unit.name} ${measure} ${year}: shown ${shown}, model ${model}`,
        ).toBe(true);
      }
    }
  });

  test('the model charts are labelled in Dutch, span history and forecast, and draw the forecast dashed', async () => {
    const demand = demandSupplyChart(page).locator('svg').first();
    const shortage = shortageChart(page).locator('svg').first();
    await expect(demand).toHaveAttribute('aria-label', 'Werkgelegenheid en bevoegd aanbod, Alle clusters');
    await expect(shortage).toHaveAttribute('aria-label', 'Totaal tekort, Alle clusters');
    const description = (await demand.getAttribute('aria-description')) ?? '';
    expect(description).toContain(String(expected.baseYear + 15));
    expect(description).toMatch(/gemeten tot en met \d{4}, daarna basisprognose/);
    // measured lines solid, forecast lines dashed; two of each (demand, supply)
    await expect(demand.locator('g[aria-description="gemeten"] path')).toHaveCount(2);
    const forecast = demand.locator('g[aria-description="prognose"]');
    await expect(forecast.locator('path')).toHaveCount(2);
    await expect(forecast).toHaveAttribute('stroke-dasharray', /\d/);
    await expect(demandSupplyChart(page).getByText('prognose →')).toBeVisible();
    await expect(shortage.locator('g[aria-description="totaal tekort, prognose"]')).toHaveAttribute(
      'stroke-dasharray',
      /\d/,
    );
  });

  test('choosing a cluster redraws the model charts and headline for it; “Alle clusters” shows the region again', async () => {
    const cluster = expected.clusters[1];
    const before = await shortageChart(page).locator('svg').first().innerHTML();
    await page.getByTestId('cluster-filter').getByRole('link', { name: cluster.name }).click();
    await expect(shortageChart(page)).toHaveAttribute('data-cluster', cluster.clusterId);
    await expect(demandSupplyChart(page)).toHaveAttribute('data-cluster', cluster.clusterId);
    await expect(shortageChart(page).locator('svg').first()).toHaveAttribute(
      'aria-label',
      `Totaal tekort, ${cluster.name}`,
    );
    expect(await shortageChart(page).locator('svg').first().innerHTML()).not.toBe(before);
    await expect(page.getByTestId('headline-shortage-0')).toContainText(cluster.name);
    const fte = leadingNumber(await page.getByTestId('headline-shortage-10-value').innerText());
    expect(agreesToShown(fte, cluster.value('total_shortage_fte', expected.years[2]))).toBe(true);

    await page.getByTestId('cluster-filter').getByRole('link', { name: 'Alle clusters' }).click();
    await expect(shortageChart(page)).toHaveAttribute('data-cluster', '');
    await expect(page.getByTestId('headline-shortage-0')).toContainText('Alle clusters');
  });

  test('the shared page fetched nothing from another origin, ran the model in one worker from the site and logged no errors', async ({
    server,
  }) => {
    const origin = new URL(server.url).origin;
    const { requests, foreignRequests, consoleErrors } = shared.records;
    // One model computation per visit: the site model's worker, and no other model worker.
    const workers = requests.filter((url) => /\/workers\/[^/]*\.js$/.test(url));
    expect(workers).toHaveLength(1);
    expect(workers[0]).toMatch(/\/model\.worker-[^/]*\.js$/);
    expect(requests.some((url) => url.endsWith('/data/rotterdam/leavers.csv'))).toBe(true);
    // The dataset is fetched once, for the model's worker only.
    expect(requests.filter((url) => url.endsWith('/data/rotterdam/workforce.csv'))).toHaveLength(1);
    for (const url of requests) expect(new URL(url).origin, url).toBe(origin);
    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});

test('while the model runs, both sections show their loading state, also after DuckDB has started; then their charts', async ({
  page,
}) => {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/model.worker-*.js', async (route) => {
    await held;
    await route.fallback();
  });
  await page.goto('./');
  await expect(page.getByTestId('model-loading')).toBeVisible();
  await expect(page.getByTestId('model-loading')).toContainText('Het model rekent de basisprognose door');
  await expect(page.getByTestId('loading')).toContainText('Gegevens laden');
  // DuckDB starts after the model's first answer (the overview) is painted, or after DUCKDB_HEAD_START_MS
  // (4 s) without one; the overview comes from the worker only, so past the head start the page still
  // says that it is loading, with no error.
  await page.waitForTimeout(4_500);
  await expect(page.getByTestId('loading')).toBeVisible();
  await expect(page.getByTestId('load-error')).toHaveCount(0);
  await expect(page.getByTestId('chart-pupils').locator('svg')).toHaveCount(0);
  release();
  await expect(page.getByTestId('chart-pupils').locator('svg')).toBeVisible();
  await expect(shortageChart(page).locator('svg')).toBeVisible();
  await expect(demandSupplyChart(page).locator('svg')).toBeVisible();
  await expect(page.getByTestId('model-loading')).toHaveCount(0);
  await expect(page.getByTestId('loading')).toHaveCount(0);
});

test('a file the model cannot read before its first answer gives a Dutch error in both sections, naming the file', async ({
  page,
}) => {
  // pupils.csv is among the files of the first chart: the worker fails before its overview, which is the
  // only source of the first section's figures.
  await page.route('**/data/rotterdam/pupils.csv', (route) =>
    route.fulfill({ contentType: 'text/csv', body: 'location_id,year,pupils\n90AA00,2014,veel\n' }),
  );
  await page.goto('./');
  const loadError = page.getByTestId('load-error');
  await expect(loadError).toBeVisible();
  await expect(loadError).toContainText('De gegevens konden niet worden geladen');
  await expect(loadError).toContainText('Het model kon de gegevens niet lezen');
  await expect(loadError).toContainText('pupils.csv');
  const modelError = page.getByTestId('model-error');
  await expect(modelError).toContainText('De basisprognose kon niet worden berekend');
  await expect(modelError).toContainText('pupils.csv');
  // Nothing is shown above it, so the hint does not say that the figures above remain valid.
  await expect(modelError).toContainText('Laad de pagina opnieuw');
  await expect(modelError).not.toContainText('hierboven');
  await expect(page.getByTestId('chart-pupils').locator('svg')).toHaveCount(0);
});

test('while the bands are simulated the page counts the draws done (“150 van 500 trekkingen”), not seconds', async ({
  page,
}) => {
  // Record every text of the progress line from the first script on: the simulation takes about a second.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __bandsProgress: string[] }).__bandsProgress = seen;
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid="bands-running"]')?.textContent?.trim();
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  await page.goto('./');
  const progress = () =>
    page.evaluate(() => (window as unknown as { __bandsProgress: string[] }).__bandsProgress);
  await expect.poll(async () => (await progress()).length, { timeout: 60_000 }).toBeGreaterThan(0);
  await expect(page.getByTestId('bands-running')).toHaveCount(0, { timeout: 60_000 });
  const seen = await progress();
  expect(seen.length).toBeGreaterThan(2);
  for (const text of seen) expect(text).toMatch(/^Onzekerheid wordt berekend… \d+ van 500 trekkingen$/);
  const done = seen.map((text) => Number(/… (\d+) van/.exec(text)?.[1]));
  expect(done).toEqual([...done].sort((x, y) => x - y));
  expect(done.slice(1).every((d) => d % 50 === 0)).toBe(true);
});

test('a file the model cannot read gives a Dutch error in the model section, naming the file; the rest of the page works', async ({
  page,
}) => {
  // leavers.csv is not among the files of the first chart: the worker posts its overview before it fails.
  await page.route('**/data/rotterdam/leavers.csv', (route) =>
    route.fulfill({
      contentType: 'text/csv',
      body: 'board_id,subject_id,age_band,year,reason,headcount,fte\nB1,vo-wi,<25,twee,other,1,1\n',
    }),
  );
  await page.goto('./');
  const error = page.getByTestId('model-error');
  await expect(error).toBeVisible();
  await expect(error).toContainText('De basisprognose kon niet worden berekend');
  await expect(error).toContainText('leavers.csv');
  await expect(page.getByTestId('chart-pupils').locator('svg')).toBeVisible();
  await expect(error).toContainText('De cijfers hierboven blijven geldig');
  await expect(shortageChart(page)).toHaveCount(0);
});
