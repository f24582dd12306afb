import type { Page } from '@playwright/test';
import { expectedClusters } from './support/expected';
import { expect, openSharedPage, test, type SharedPage } from './support/fixtures';
import { readPdf } from './support/pdf';

/**
 * The printed report ("Bestuurlijke rapportage", src/lib/styles/print.css) has a fixed layout:
 * 1 title page · 2 Regio: the shortage now, in 5 and in 10 years with the 80% band, and the fan chart ·
 * 3 key figures and the charts per cluster · 4 the table per cluster and the baseline's key figures ·
 * 5 the baseline's charts · 6 the baseline table, how to read it, and the source.
 */
const expectedPages = 6;

/** "80%-band (p10–p90)" followed by a band such as "412,3–563,0 fte". */
const bandText = /80%-band \(p10–p90\):?\s*[\d.]+,\d–\s*[\d.]+,\d\s*fte/;

const { clusters } = expectedClusters();

test.describe('print: the page as a "Bestuurlijke rapportage" (Chromium page.pdf, A4; one shared page)', () => {
  test.describe.configure({ mode: 'serial' });
  let shared: SharedPage;
  let page: Page;

  test.beforeAll(async ({ browser, server }) => {
    shared = await openSharedPage(browser, server, './');
    page = shared.page;
    await expect(page.getByTestId('chart-shortage').locator('svg')).toBeVisible();
    // The report shows the bands: print once the simulation is done.
    await expect(page.getByTestId('chart-fan').locator('svg').first()).toBeVisible();
    await expect(page.getByTestId('bands-running')).toHaveCount(0, { timeout: 60_000 });
  });

  test.afterAll(async () => {
    await shared?.close();
  });

  test('the title page is not on screen; the print button is there, keyboard-reachable', async () => {
    await expect(page.getByTestId('print-title')).toBeHidden();
    const button = page.getByRole('button', { name: 'Print rapportage' });
    await expect(button).toBeEnabled();
    await button.focus();
    await expect(button).toBeFocused();
  });

  test('the region’s report has a title page and the expected pages, with page numbers and no controls', async () => {
    const pdf = readPdf(await page.pdf({ format: 'A4' }));
    expect(pdf.pageCount).toBe(expectedPages);
    const [title, ...rest] = pdf.pages;
    expect(title).toContain('Bestuurlijke rapportage');
    expect(title).toContain('Onderwijsregio Rotterdam vo-mbo');
    expect(title).toContain('synthetische gegevens');
    expect(title).toMatch(/Peildatum 1 oktober \d{4}; basisprognose \d{4}–\d{4}/);
    expect(title).not.toContain('Pagina 1');
    rest.forEach((text, i) => expect(text).toContain(`Pagina ${i + 2} van ${expectedPages}`));
    // Page 2: Regio's headline figures with their 80% bands and the fan chart; no filters, no heatmap.
    expect(rest[0]).toContain('Het lerarentekort in de onderwijsregio');
    expect(rest[0]).toContain('Nu (');
    expect(rest[0]).toContain('Over 10 jaar');
    expect(rest[0].match(new RegExp(bandText, 'g'))?.length, 'two bands (in 5 and in 10 years)').toBe(2);
    expect(rest[0]).toContain('Tekort: gemeten en prognose');
    expect(rest[0]).not.toContain('Tekort per bestuur en jaar');
    expect(rest[0]).not.toContain('Filters wissen');
    expect(rest[1]).toContain('Leerlingen per cluster');
    expect(rest[1]).toContain('Bevoegde leraren per cluster');
    expect(rest[2]).toContain('Cijfers per cluster');
    expect(rest[3]).toContain('Werkgelegenheid en bevoegd aanbod');
    expect(rest[3]).toContain('Totaal tekort');
    expect(rest[4]).toContain('Basisprognose per cluster');
    const all = pdf.pages.join('\n');
    for (const control of ['Print rapportage', 'Donker thema', 'Download', 'Excel']) {
      expect(all, control).not.toContain(control);
    }
    for (const cluster of clusters) expect(rest[2]).toContain(cluster.name);
  });

  test('with ?cluster= the report is the cluster’s: its name on the title page, only its rows beside the region', async () => {
    const [chosen, ...others] = clusters;
    await page.getByTestId('cluster-filter').getByRole('link', { name: chosen.name }).click();
    await expect(page).toHaveURL(new RegExp(`[?&]cluster=${encodeURIComponent(chosen.clusterId)}`));
    await expect(page.getByTestId('chart-shortage')).toHaveAttribute('data-cluster', chosen.clusterId);
    await expect(page.getByTestId('chart-pupils')).toHaveAttribute('data-cluster', chosen.clusterId);
    const pdf = readPdf(await page.pdf({ format: 'A4' }));
    expect(pdf.pageCount).toBe(expectedPages);
    expect(pdf.pages[0]).toContain('Bestuurlijke rapportage');
    expect(pdf.pages[0]).toContain(chosen.name);
    expect(pdf.pages[1]).toContain(chosen.name);
    expect(pdf.pages[1]).toMatch(bandText);
    expect(pdf.pages[3]).toContain(chosen.name);
    expect(pdf.pages[3]).toContain('Alle clusters');
    // The other clusters are grey context lines in the charts, without labels, and not in the tables.
    for (const other of others) {
      expect(pdf.pages.join('\n'), other.name).not.toContain(other.name);
    }
  });

  test('printing fetched nothing from another origin and logged no errors', async () => {
    expect(shared.records.foreignRequests).toEqual([]);
    expect(shared.records.consoleErrors).toEqual([]);
  });
});

test('in English the printed report’s running title and page numbers are English too', async ({ page }) => {
  await page.goto('./?lang=en');
  await expect(page.getByTestId('chart-shortage').locator('svg')).toBeVisible();
  await expect(page.getByTestId('chart-pupils').locator('svg')).toBeVisible();
  const pdf = readPdf(await page.pdf({ format: 'A4' }));
  const [title, ...rest] = pdf.pages;
  expect(title).toContain('Report for school boards');
  expect(title).not.toContain('Page 1');
  rest.forEach((text, i) => {
    expect(text).toContain('Opgave — Report for school boards');
    expect(text).toContain(`Page ${i + 2} of ${pdf.pageCount}`);
  });
  expect(pdf.pages.join('\n')).not.toMatch(/Pagina|Bestuurlijke rapportage/);
});

test.describe('themes', () => {
  test('the dark theme toggle switches the colours, persists across reload and is applied before the first paint', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('./');
    await expect(page.getByTestId('chart-pupils').locator('svg')).toBeVisible();
    const background = () =>
      page.evaluate(() => getComputedStyle(document.body.parentElement!).backgroundColor);
    const light = await background();
    const toggle = page.getByTestId('theme-toggle');
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.press('Enter');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const dark = await background();
    expect(dark).not.toBe(light);

    await page.reload();
    // Before the app has started: app.html's inline script sets the theme.
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await background()).toBe(dark);
    await expect(page.getByTestId('chart-pupils').locator('svg')).toBeVisible();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    // The chart's text follows the theme.
    const chartColor = await page
      .getByTestId('chart-pupils')
      .locator('svg')
      .first()
      .evaluate((svg) => getComputedStyle(svg).color);
    expect(chartColor).not.toBe('rgb(51, 64, 77)');

    await toggle.click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    expect(await background()).toBe(light);
  });

  test('in the dark theme a cluster page’s legend swatches are painted in colours their charts draw with', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('./cluster/R01-C1');
    for (const id of ['chart-demand-supply', 'chart-inflow', 'chart-binding']) {
      const card = page.getByTestId(id);
      await expect(card.locator('.plot svg').first()).toBeVisible();
      const { swatches, marks } = await card.evaluate((figure) => {
        const painted = new Set<string>();
        for (const mark of figure.querySelectorAll('.plot svg [fill], .plot svg [stroke]')) {
          painted.add(getComputedStyle(mark).fill).add(getComputedStyle(mark).stroke);
        }
        return {
          swatches: [...figure.querySelectorAll('.legend .chip')].map(
            (chip) => `${chip.parentElement?.textContent}: ${getComputedStyle(chip).backgroundColor}`,
          ),
          marks: [...painted],
        };
      });
      expect(swatches.length, id).toBeGreaterThan(1);
      expect(
        swatches.filter((swatch) => !marks.includes(swatch.split(': ')[1])),
        id,
      ).toEqual([]);
    }
  });

  test('without a choice the page follows the system’s dark mode', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('./');
    await expect(page.getByTestId('theme-toggle')).toHaveAttribute('aria-pressed', 'true');
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(background).toBe('rgb(14, 21, 28)');
  });
});
