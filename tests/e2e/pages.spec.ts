import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { parseDutchNumber } from './support/expected';
import { agreesToShown } from './support/expected-baseline';
import { expectedPages } from './support/expected-pages';
import { expect, openSharedPage, test, type SharedPage } from './support/fixtures';

type Expected = Awaited<ReturnType<typeof expectedPages>>;

/** Reads "6,0% van de werkgelegenheid" or "537,1" as a number. */
const leadingNumber = (text: string) => parseDutchNumber(/^\s*([−-]?[\d.,]+)/.exec(text)?.[1] ?? text);
/** Reads "430,2–560,9 fte" as [430.2, 560.9]. */
const band = (text: string) =>
  text
    .replace(/\s*fte\s*$/, '')
    .split('–')
    .map(parseDutchNumber);
const ids = ['now', 'in5', 'in10'] as const;

/** Checks the three headline figures (FTE, %, p10–p90 band) of a unit against the model in Node. */
async function expectHeadlines(
  page: Page,
  e: Expected,
  level: 'region' | 'cluster' | 'board',
  unit: string,
  subject = 'all',
) {
  for (const [i, year] of e.years.entries()) {
    const id = `headline-${ids[i]}`;
    await expect(page.getByTestId(id)).toContainText(String(year));
    const fte = parseDutchNumber(await page.getByTestId(`${id}-fte`).innerText());
    const pct = leadingNumber(await page.getByTestId(`${id}-pct`).innerText());
    const fteModel = e.value('total_shortage_fte', year, level, unit, subject);
    const pctModel = e.value('shortage_pct', year, level, unit, subject);
    expect(agreesToShown(fte, fteModel), `${unit} ${subject} ${year}: shown ${fte}, model ${fteModel}`).toBe(
      true,
    );
    expect(
      agreesToShown(pct, pctModel),
      `${unit} ${subject} ${year} %: shown ${pct}, model ${pctModel}`,
    ).toBe(true);
    // The base year has no spread; boards have bands for their total only.
    if (i === 0 || (level === 'board' && subject !== 'all')) continue;
    await expect(page.getByTestId(`${id}-band`)).toHaveText(/\d.*–.*\d/, { timeout: 60_000 });
    const [low, high] = band(await page.getByTestId(`${id}-band`).innerText());
    const [lowModel, highModel] = [
      e.band('p10', year, level, unit, subject),
      e.band('p90', year, level, unit, subject),
    ];
    expect(
      agreesToShown(low, lowModel) && agreesToShown(high, highModel),
      `${unit} ${year} band: shown ${low}–${high}, simulate ${lowModel}–${highModel}`,
    ).toBe(true);
  }
}

test.describe('pages of the site (one shared page, client-side navigation; compared with @opgave/core in Node)', () => {
  test.describe.configure({ mode: 'serial' });

  let e: Expected;
  let shared: SharedPage;
  let page: Page;

  test.beforeAll(async ({ browser, server }) => {
    e = await expectedPages();
    shared = await openSharedPage(browser, server, './');
    page = shared.page;
    await expect(page.getByTestId('chart-fan').locator('svg[aria-label]')).toBeVisible({ timeout: 60_000 });
  });

  test.afterAll(async () => {
    await shared?.close();
  });

  test('Regio: the headline figures (FTE, % and the p10–p90 band) equal project and simulate in Node', async () => {
    await expect(page.getByTestId('site-nav')).toContainText('Regio');
    await expectHeadlines(page, e, 'region', e.region.id);
  });

  test('Regio: the fan chart draws the bands and the median beside the measured history, with an ARIA description', async () => {
    const svg = page.getByTestId('chart-fan').locator('svg[aria-label]');
    await expect(svg).toHaveAttribute('aria-description', /\d/);
    await expect(svg.locator('g[aria-description="90%-band"] path')).toHaveCount(1);
    await expect(svg.locator('g[aria-description="mediaan"] path')).toHaveCount(1);
    await expect(svg.locator('g[aria-description="gemeten"] path')).toHaveCount(1);
  });

  test('Regio: the ten subjects with the largest shortage and the summary follow the model', async () => {
    const year = e.years[1];
    const shown = await page
      .getByTestId('top-subjects')
      .locator('li')
      .evaluateAll((items) => items.map((li) => li.getAttribute('data-subject')));
    const model = e.ranking(year, 'region', e.region.id);
    // Ties at the end of the list may order either way: compare the FTE of each place.
    expect(shown).toHaveLength(10);
    for (const [i, id] of shown.entries()) {
      expect(
        agreesToShown(e.value('total_shortage_fte', year, 'region', e.region.id, id!), model[i].fte),
        `place ${i + 1}: ${id}`,
      ).toBe(true);
    }
    const lead = await page.getByTestId('summary').locator('p').first().innerText();
    expect(lead).toContain(`In ${year}`);
    expect(lead).toContain(
      new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
        e.value('total_shortage_fte', year, 'region', e.region.id),
      ),
    );
  });

  test('Regio: the board table behind the heatmap shows each board’s shortage as the model computes it', async () => {
    const year = e.years[1];
    await page.getByTestId('chart-heatmap').locator('summary').click();
    for (const board of e.boards) {
      const row = page.getByTestId('board-table').locator(`tr[data-board="${board.id}"]`);
      const fte = parseDutchNumber(await row.locator('td').nth(0).innerText());
      expect(agreesToShown(fte, e.value('total_shortage_fte', year, 'board', board.id)), board.id).toBe(true);
    }
    const cells = page.getByTestId('chart-heatmap').locator('svg[aria-label] a');
    expect(await cells.count()).toBeGreaterThan(e.boards.length * 10);
  });

  test('every filter goes into the URL; Back and Forward restore it; the headline follows the subject', async () => {
    const subject = e.subjects.find((s) => s.sector === 'vo')!;
    const steps: [string, string, string][] = [
      ['filter-sector', 'vo', 'sector=vo'],
      ['filter-subject', subject.id, `subject=${subject.id}`],
      ['filter-cluster', e.clusters[1].id, `cluster=${e.clusters[1].id}`],
      ['filter-from', '2018', 'from=2018'],
      ['filter-to', '2035', 'to=2035'],
    ];
    for (const [testId, value, param] of steps) {
      await page.getByTestId(testId).first().selectOption(value);
      await expect(page).toHaveURL(new RegExp(param.replace('?', '\\?')));
    }
    await expect(page.getByTestId('regio-headlines')).toHaveAttribute('data-unit', e.clusters[1].id);
    await expect(page.getByTestId('regio-headlines')).toHaveAttribute('data-subject', subject.id);
    await expectHeadlines(page, e, 'cluster', e.clusters[1].id, subject.id);
    const boards = e.boards.filter((b) => b.sector === 'vo');
    await page.getByTestId('filter-board').selectOption(boards[0].id);
    await expect(page).toHaveURL(new RegExp(`board=${boards[0].id}`));
    await expect(page.getByTestId('regio-headlines')).toHaveAttribute('data-unit', boards[0].id);
    await page.goBack();
    await expect(page).not.toHaveURL(/board=/);
    await expect(page.getByTestId('regio-headlines')).toHaveAttribute('data-unit', e.clusters[1].id);
    await page.goBack();
    await expect(page).not.toHaveURL(/to=2035/);
    await expect(page.getByTestId('filter-to')).toHaveValue('');
    await page.goForward();
    await expect(page.getByTestId('filter-to')).toHaveValue('2035');
    await page.getByTestId('filter-reset').click();
    await expect(page).not.toHaveURL(/sector=|subject=|cluster=|from=|to=/);
    await expect(page.getByTestId('regio-headlines')).toHaveAttribute('data-unit', e.region.id);
  });

  test('drill-down: a click on a cluster opens its page; a board there opens the board; Back returns', async () => {
    const cluster = e.clusters[0];
    await page.getByTestId('cluster-link').filter({ hasText: cluster.name }).click();
    await expect(page).toHaveURL(new RegExp(`/cluster/${cluster.id}`));
    await expect(page.locator('h1')).toHaveText(cluster.name);
    await expect(page.getByTestId('breadcrumbs')).toContainText('Regio');
    await expectHeadlines(page, e, 'cluster', cluster.id);
    // The subject table equals the model for every subject in the +5 year.
    const year = e.years[1];
    for (const row of await page.getByTestId('subject-table').locator('tbody tr').all()) {
      const id = (await row.getAttribute('data-subject'))!;
      const fte = parseDutchNumber(await row.locator('td[data-col="shortage"]').innerText());
      expect(agreesToShown(fte, e.value('total_shortage_fte', year, 'cluster', cluster.id, id)), id).toBe(
        true,
      );
    }
    for (const id of [
      'chart-demand-supply',
      'chart-ages',
      'chart-inflow',
      'chart-binding',
      'chart-drivers',
    ]) {
      await expect(page.getByTestId(id).locator('svg[aria-label]')).toHaveAttribute('aria-description', /.+/);
    }
    const link = page.getByTestId('cluster-boards').getByTestId('board-link').first();
    const boardName = await link.innerText();
    const board = e.boards.find((b) => b.name === boardName)!;
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/bestuur/${board.id}`));
    await expect(page.locator('h1')).toHaveText(board.name);
    await expectHeadlines(page, e, 'board', board.id);
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`/cluster/${cluster.id}`));
    await page.goBack();
    await expect(page.getByTestId('regio')).toBeVisible();
  });

  test('drill-down: a click on a heatmap cell (a mark in the chart) opens the board', async () => {
    await page.getByTestId('chart-heatmap').locator('svg[aria-label] a').first().click();
    await expect(page).toHaveURL(/\/bestuur\/B\d+/);
    await expect(page.getByTestId('unit-view')).toHaveAttribute('data-level', 'board');
    await page.goBack();
  });

  test('Vakken: shortage by subject × cluster equals the model', async () => {
    await page.getByTestId('site-nav').getByRole('link', { name: 'Vakken' }).click();
    await expect(page).toHaveURL(/\/vakken/);
    const year = e.years[1];
    const table = page.getByTestId('subjects-table');
    await expect(table).toBeVisible();
    for (const unit of [
      { level: 'region' as const, id: e.region.id },
      ...e.clusters.map((c) => ({ level: 'cluster' as const, id: c.id })),
    ]) {
      for (const subject of e.subjects.slice(0, 12)) {
        const cell = table.locator(`tr[data-subject="${subject.id}"] td[data-unit="${unit.id}"]`);
        const fte = parseDutchNumber(await cell.locator('[data-col="shortage"]').innerText());
        const pct = leadingNumber(await cell.locator('[data-col="pct"]').innerText());
        expect(
          agreesToShown(fte, e.value('total_shortage_fte', year, unit.level, unit.id, subject.id)),
          `${unit.id} ${subject.id}`,
        ).toBe(true);
        expect(
          agreesToShown(pct, e.value('shortage_pct', year, unit.level, unit.id, subject.id)),
          `${unit.id} ${subject.id} %`,
        ).toBe(true);
      }
    }
    await expect(page.getByTestId('chart-subjects').locator('svg[aria-label]')).toBeVisible();
  });

  test('Kaart: the municipalities’ shortage equals the model’s locations summed per municipality, drawn offline', async () => {
    await page.getByTestId('site-nav').getByRole('link', { name: 'Kaart' }).click();
    await expect(page).toHaveURL(/\/kaart/);
    await expect(page.getByTestId('chart-map').locator('svg[aria-label]')).toBeVisible();
    const year = e.years[1];
    const sums = new Map<string, { shortage: number; demand: number }>();
    for (const l of e.locations) {
      const s = sums.get(l.code) ?? { shortage: 0, demand: 0 };
      s.shortage += e.value('total_shortage_fte', year, 'location', l.id);
      s.demand += e.value('demand_fte', year, 'location', l.id);
      sums.set(l.code, s);
    }
    for (const [code, s] of sums) {
      const row = page.getByTestId('municipality-table').locator(`tr[data-municipality="${code}"]`);
      expect(
        agreesToShown(parseDutchNumber(await row.locator('[data-col="shortage"]').innerText()), s.shortage),
        code,
      ).toBe(true);
      expect(
        agreesToShown(
          leadingNumber(await row.locator('[data-col="pct"]').innerText()),
          (100 * s.shortage) / s.demand,
        ),
        `${code} %`,
      ).toBe(true);
    }
    expect(await page.getByTestId('chart-map').locator('svg[aria-label] circle').count()).toBe(
      e.locations.length,
    );
  });

  test('Kaart: a click on a header of the municipality table sorts by it: ascending, descending, then as it came', async () => {
    const table = page.getByTestId('municipality-table');
    const codes = () =>
      table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.dataset.municipality));
    const shown = async (col: string) =>
      (await table.locator(`tbody [data-col="${col}"]`).allInnerTexts()).map(leadingNumber);
    const header = (name: string) => table.locator('thead th').filter({ hasText: name });
    const asItCame = await codes();
    expect(asItCame.length).toBe(new Set(e.locations.map((l) => l.code)).size);

    await header('Tekort (fte)').getByRole('button').click();
    await expect(header('Tekort (fte)')).toHaveAttribute('aria-sort', 'ascending');
    await expect(header('Tekort (%)')).toHaveAttribute('aria-sort', 'none');
    const ascending = await shown('shortage');
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    expect(ascending[0]).toBeLessThan(ascending.at(-1)!);

    await header('Tekort (fte)').getByRole('button').click();
    await expect(header('Tekort (fte)')).toHaveAttribute('aria-sort', 'descending');
    const descending = await shown('shortage');
    expect(descending).toEqual([...descending].sort((a, b) => b - a));
    expect((await codes()).sort()).toEqual([...asItCame].sort());

    await header('Tekort (fte)').getByRole('button').click();
    await expect(header('Tekort (fte)')).toHaveAttribute('aria-sort', 'none');
    expect(await codes()).toEqual(asItCame);

    await header('Gemeente').getByRole('button').click();
    const names = await table.locator('tbody th[scope="row"]').allInnerTexts();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'nl')));
    await header('Gemeente').getByRole('button').click();
    await header('Gemeente').getByRole('button').click();
  });

  test('Methode: docs/model.md and docs/accuracy.md are on the page, with the accuracy chart', async () => {
    await page.getByTestId('site-nav').getByRole('link', { name: 'Methode' }).click();
    await expect(page.getByTestId('doc-model').locator('h1')).toHaveText('The Opgave model');
    await expect(page.getByTestId('doc-model').locator('#model-uncertainty')).toBeVisible();
    await expect(page.getByTestId('doc-accuracy').locator('svg[aria-label]')).toBeVisible();
  });

  test('Methode and Regio state the backtest verdict of docs/accuracy.json in one sentence', async () => {
    const summary = JSON.parse(
      readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'accuracy.json'), 'utf8'),
    ) as { dashboard: string; maeFte: Record<string, number> };
    const shown = `gemiddeld ${Math.round(summary.maeFte[summary.dashboard])} fte naast`;
    const last = `vorig jaar doortrekken zat ${Math.round(summary.maeFte.last_value)} fte naast`;
    await page.getByTestId('site-nav').getByRole('link', { name: 'Methode' }).click();
    await expect(page.getByTestId('methode-verdict')).toContainText(shown);
    await expect(page.getByTestId('methode-verdict')).toContainText(last);
    await page.getByTestId('site-nav').getByRole('link', { name: 'Regio' }).click();
    await expect(page.getByTestId('backtest-verdict')).toContainText(shown, { timeout: 60_000 });
    await expect(page.getByTestId('backtest-verdict')).toContainText(last);
  });

  test('the language switch shows the pages in English and back in Dutch; the URL keeps the choice', async () => {
    await page.getByTestId('site-nav').getByRole('link', { name: 'Regio' }).click();
    await expect(page.getByTestId('regio')).toBeVisible();
    await page.getByTestId('lang-switch').click();
    await expect(page).toHaveURL(/lang=en/);
    await expect(page.getByTestId('site-nav')).toContainText('Region');
    await expect(page.getByTestId('regio')).toContainText('The teacher shortage in the region');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByTestId('site-nav').getByRole('link', { name: 'Subjects' }).click();
    await expect(page).toHaveURL(/\/vakken\?lang=en/);
    await expect(page.getByTestId('vakken')).toContainText('Shortage per subject and cluster');
    await page.getByTestId('lang-switch').click();
    await expect(page).not.toHaveURL(/lang=en/);
    await expect(page.getByTestId('vakken')).toContainText('Tekort per vak en cluster');
  });

  test('the shared page fetched nothing from another origin and logged no errors', async ({ server }) => {
    const origin = new URL(server.url).origin;
    expect(shared.records.requests.some((url) => /model\.worker-[^/]*\.js$/.test(url))).toBe(true);
    expect(shared.records.requests.some((url) => /gemeente_2025[^/]*\.topojson$/.test(url))).toBe(true);
    for (const url of shared.records.requests) expect(new URL(url).origin, url).toBe(origin);
    expect(shared.records.foreignRequests).toEqual([]);
    expect(shared.records.consoleErrors).toEqual([]);
  });
});

test.describe('deep links (fresh loads, built site)', () => {
  test('a bookmarked board URL with filters shows that board and those filters; reload keeps them', async ({
    page,
  }) => {
    await page.goto('./bestuur/B0002?sector=vo&from=2020&lang=en');
    await expect(page.locator('h1')).toHaveText(/\S/);
    await expect(page.getByTestId('filter-sector')).toHaveValue('vo', { timeout: 60_000 });
    await expect(page.getByTestId('filter-from')).toHaveValue('2020');
    await expect(page.getByTestId('unit-headlines')).toHaveAttribute('data-subject', 'all-vo');
    await expect(page.getByTestId('site-nav')).toContainText('Subjects');
    await page.reload();
    await expect(page.getByTestId('filter-sector')).toHaveValue('vo', { timeout: 60_000 });
    await expect(page.getByTestId('site-nav')).toContainText('Subjects');
  });

  test('every page loads directly (prerendered or via the fallback) with no foreign request and no console error', async ({
    page,
  }) => {
    for (const path of ['./vakken', './kaart', './methode', './cluster/R01-C3']) {
      await page.goto(path);
      await expect(page.getByTestId('site-nav')).toBeVisible();
      if (path !== './methode') await expect(page.getByTestId('filter-bar')).toBeVisible({ timeout: 60_000 });
    }
  });

  test('an unknown cluster id shows an error page, not a blank one', async ({ page, records }) => {
    const response = await page.goto('./cluster/XYZ');
    expect(response?.status()).toBe(404);
    await expect(page.locator('body')).toContainText('Deze pagina bestaat niet');
    // The 404 response itself is logged by the browser as a console error; nothing else may be.
    records.consoleErrors.splice(
      0,
      records.consoleErrors.length,
      ...records.consoleErrors.filter((m) => !/404/.test(m)),
    );
  });
});
