import type { Page } from '@playwright/test';
import { readCsv } from './support/csv';
import { dataDir } from './support/expected';
import { expect, openSharedPage, test, type SharedPage } from './support/fixtures';

/**
 * Dutch UI words that must not be left with `?lang=en`. Whole words, case-sensitive: data (cluster,
 * board and school names) stay Dutch, so only labels are listed.
 */
const dutchLabels = [
  'Leerlingen per cluster',
  'Bevoegde leraren per cluster',
  'Werkgelegenheid',
  'Bevoegd aanbod',
  'Tekort',
  'tekort',
  'Download',
  'downloaden',
  'Alle clusters',
  'Basisprognose',
  'basisprognose',
  'Cijfers per cluster',
  'Zo leest u',
  'Donker thema',
  'Print rapportage',
  'Bestuurlijke rapportage',
  'Peildatum',
  'Definities',
  'Over Opgave',
  'gemeten',
  'prognose',
  'Onzekerheid',
  'trekkingen',
  'Leerlingen',
  'Locaties',
  'sinds',
  'Gegevens',
  'Knoppen',
  'Verschil',
  'Benodigde instroom',
  'Bewaar scenario',
  'Vergelijken',
  'Deellink',
  'zij-instromers',
];

/** The page's visible text, its charts' accessible names and the buttons' labels, screen and print. */
async function uiText(page: Page): Promise<string> {
  const read = () =>
    page.evaluate(() =>
      [
        document.title,
        document.body.innerText,
        ...[...document.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label')),
        ...[...document.querySelectorAll('svg text')].map((e) => e.textContent),
      ].join('\n'),
    );
  const screen = await read();
  await page.emulateMedia({ media: 'print' });
  const print = await read();
  await page.emulateMedia({ media: 'screen' });
  return `${screen}\n${print}`;
}

function dutchLeft(text: string): string[] {
  return dutchLabels.filter((word) => new RegExp(`(^|[^\\p{L}])${word}($|[^\\p{L}])`, 'u').test(text));
}

test.describe('?lang=en: no Dutch UI label is left (one shared page)', () => {
  test.describe.configure({ mode: 'serial' });
  let shared: SharedPage;
  let page: Page;

  test.beforeAll(async ({ browser, server }) => {
    shared = await openSharedPage(browser, server, './?lang=en');
    page = shared.page;
  });
  test.afterAll(async () => {
    await shared?.close();
  });

  test('Regio (/?lang=en): every section, table, headline, status line, export button, the footer and the print title page are in English', async () => {
    await expect(page.getByTestId('chart-shortage').locator('svg')).toBeVisible();
    await expect(page.getByTestId('cluster-table')).toBeVisible();
    await expect(page.getByTestId('chart-fan').locator('svg').first()).toBeVisible();
    await expect(page.getByTestId('bands-running')).toHaveCount(0, { timeout: 60_000 });
    await expect(page.getByTestId('baseline')).toContainText('baseline forecast');
    await expect(page.getByTestId('chart-pupils')).toContainText('Pupils per cluster');
    await expect(page.getByTestId('print-report')).toHaveText('Print report');
    // English numbers: a point as decimal separator in the baseline table.
    await expect(page.getByTestId('baseline-table').getByTestId('demand-fte').first()).toHaveText(
      /^\d{1,3}(,\d{3})*\.\d$/,
    );
    expect(dutchLeft(await uiText(page))).toEqual([]);
  });

  test('a cluster page (/cluster/…?lang=en) is in English, also its export buttons and the cluster link keeps the language', async () => {
    const [cluster] = readCsv(`${dataDir}/clusters.csv`);
    await page.getByTestId('cluster-filter').locator(`a[data-cluster="${cluster.cluster_id}"]`).click();
    await expect(page).toHaveURL(/lang=en/);
    await expect(page.getByTestId('baseline-table')).toContainText('All clusters');
    await page.goto(`./cluster/${cluster.cluster_id}?lang=en`);
    await expect(page.getByTestId('export-menu').first()).toBeVisible();
    await expect(page.locator('svg[aria-label]').first()).toBeVisible();
    expect(dutchLeft(await uiText(page))).toEqual([]);
  });

  test('Scenarios (/scenarios?lang=en): levers, result, difference table, comparison, required intake and the printout are in English', async () => {
    await page.goto('./scenarios?lang=en');
    await expect(page.getByTestId('chart-scenario').locator('svg[aria-label]')).toBeVisible({
      timeout: 60_000,
    });
    await expect(page.getByTestId('lever-panel')).toContainText('Binding of trainees');
    await page.locator('[data-preset="binding"]').click();
    await page.getByTestId('scenario-name').fill('Binding');
    await page.getByTestId('save-scenario').click();
    await expect(page.getByTestId('compare-table')).toContainText('Baseline forecast');
    await page.getByTestId('intake-compute').click();
    await expect(page.getByTestId('intake-summary')).toContainText('Intake alone', { timeout: 60_000 });
    await expect(page.getByTestId('bands-busy')).toHaveCount(0, { timeout: 60_000 });
    await page.locator('[data-testid="advanced-levers"] summary').click();
    expect(dutchLeft(await uiText(page))).toEqual([]);
  });
});
