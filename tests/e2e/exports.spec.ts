import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from '@playwright/test';
import { readCsv } from './support/csv';
import { parseDutchNumber } from './support/expected';
import { expect, openSharedPage, test, type SharedPage } from './support/fixtures';
import { readXlsx } from './support/xlsx';

/** A cell as shown, as its value in a download: Dutch numbers as numbers, "–" as empty. */
function shownValue(text: string): string | number | null {
  const trimmed = text.trim();
  if (trimmed === '–' || trimmed === '') return null;
  return /^[+−-]?[\d.]+(,\d+)?%?$/.test(trimmed) ? parseDutchNumber(trimmed) : trimmed;
}

/** The table's body and footer rows as shown: every header and data cell. */
async function shownRows(table: Locator): Promise<(string | number | null)[][]> {
  const rows = await table
    .locator('tbody tr, tfoot tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => (cell as HTMLElement).innerText)),
    );
  return rows.map((row) => row.map(shownValue));
}

async function downloadFrom(page: Page, menu: Locator, name: string): Promise<Download> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    menu.getByRole('button', { name, exact: true }).click(),
  ]);
  return download;
}

const exportMenuOf = (page: Page, testId: string) =>
  page
    .getByTestId(testId)
    .locator('xpath=ancestor::*[contains(@class,"card")][1]')
    .getByTestId('export-menu');

test.describe('exports: every table as CSV and Excel, every chart as SVG and PNG (one shared page)', () => {
  test.describe.configure({ mode: 'serial' });
  let shared: SharedPage;
  let page: Page;

  test.beforeAll(async ({ browser, server }) => {
    shared = await openSharedPage(browser, server, './');
    page = shared.page;
    await expect(page.getByTestId('chart-shortage').locator('svg')).toBeVisible();
  });

  test.afterAll(async () => {
    await shared?.close();
  });

  test('every chart and table on the page has an export menu with only the formats that apply', async () => {
    for (const chart of ['chart-pupils', 'chart-fte', 'chart-demand-supply', 'chart-shortage']) {
      const menu = page.getByTestId(chart).getByTestId('export-menu');
      await expect(menu.getByRole('button')).toHaveText(['SVG', 'PNG']);
    }
    for (const table of ['cluster-table', 'baseline-table']) {
      await expect(exportMenuOf(page, table).getByRole('button')).toHaveText(['CSV', 'Excel']);
    }
  });

  test('the cluster table downloads as CSV (BOM, comma, point decimals) equal to the table shown', async () => {
    const table = page.getByTestId('cluster-table');
    const download = await downloadFrom(page, exportMenuOf(page, 'cluster-table'), 'CSV downloaden');
    expect(download.suggestedFilename()).toMatch(/^opgave-cijfers-per-cluster-\d{4}\.csv$/);
    const path = await download.path();
    const bytes = await readFile(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = readCsv(path);
    const header = Object.keys(records[0]);
    expect(header[0]).toBe('Cluster');
    expect(header).toHaveLength(7);
    const fromCsv = records.map((record) =>
      header.map((name, i) => {
        const value = record[name];
        if (i === 0) return value;
        if (value === '') return null;
        expect(value, `${name}: machine-readable number`).toMatch(/^-?\d+(\.\d+)?$/);
        return Number(value);
      }),
    );
    expect(fromCsv).toEqual(await shownRows(table));
  });

  test('the cluster table downloads as Excel: a header row, numbers as numbers, equal to the table shown', async () => {
    const download = await downloadFrom(page, exportMenuOf(page, 'cluster-table'), 'Excel downloaden');
    expect(download.suggestedFilename()).toMatch(/^opgave-cijfers-per-cluster-\d{4}\.xlsx$/);
    const [header, ...rows] = readXlsx(await readFile(await download.path()));
    expect(header).toEqual([
      'Cluster',
      'Locaties',
      'Leerlingen',
      expect.stringMatching(/^Leerlingen, verandering sinds \d{4} \(%\)$/),
      'Fte bevoegde leraren',
      expect.stringMatching(/^Fte bevoegde leraren, verandering sinds \d{4} \(%\)$/),
      'Leerlingen per fte',
    ]);
    expect(typeof rows[0][2]).toBe('number');
    expect(rows).toEqual(await shownRows(page.getByTestId('cluster-table')));
  });

  test('the baseline table downloads as CSV and Excel with the same numbers as shown', async () => {
    const table = page.getByTestId('baseline-table');
    const cellsShown = await table
      .locator('tbody tr, tfoot tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [
          (tr.querySelector('th') as HTMLElement).innerText.trim(),
          ...[...tr.querySelectorAll('[data-testid]')].map((cell) => (cell as HTMLElement).innerText),
        ]),
      );
    const expected = cellsShown.map(([name, ...cells]) => [name, ...cells.map(shownValue)]);
    expect(expected).toHaveLength(await table.locator('tbody tr, tfoot tr').count());

    const xlsx = await downloadFrom(page, exportMenuOf(page, 'baseline-table'), 'Excel downloaden');
    expect(xlsx.suggestedFilename()).toMatch(/^opgave-basisprognose-tekort-per-cluster-\d{4}-\d{4}\.xlsx$/);
    const [header, ...rows] = readXlsx(await readFile(await xlsx.path()));
    expect(header).toHaveLength(11);
    expect(rows).toEqual(expected);

    const csv = await downloadFrom(page, exportMenuOf(page, 'baseline-table'), 'CSV downloaden');
    const records = readCsv(await csv.path());
    expect(records.map((record) => Object.values(record).map((v, i) => (i === 0 ? v : Number(v))))).toEqual(
      expected,
    );
  });

  test('a chart downloads as a standalone SVG with xmlns that parses, keeps its labels and has a background', async () => {
    const figure = page.getByTestId('chart-pupils');
    const download = await downloadFrom(page, figure.getByTestId('export-menu'), 'SVG downloaden');
    expect(download.suggestedFilename()).toMatch(/^opgave-leerlingen-per-cluster-\d{4}-\d{4}\.svg$/);
    const text = await readFile(await download.path(), 'utf8');
    expect(text).toMatch(/^<\?xml/);
    expect(text).toContain('xmlns="http://www.w3.org/2000/svg"');
    const parsed = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
      const root = doc.documentElement;
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        name: root.localName,
        namespace: root.namespaceURI,
        label: root.getAttribute('aria-label'),
        firstChild: root.firstElementChild?.localName,
        labels: [...root.querySelectorAll('g[aria-description="namen van de clusters"] text')].map(
          (t) => t.textContent,
        ),
      };
    }, text);
    expect(parsed.error).toBeNull();
    expect(parsed).toMatchObject({
      name: 'svg',
      namespace: 'http://www.w3.org/2000/svg',
      label: 'Leerlingen per cluster',
      firstChild: 'rect',
    });
    expect(parsed.labels.sort()).toEqual(
      (await figure.locator('svg g[aria-description="namen van de clusters"] text').allTextContents()).sort(),
    );
  });

  test('a chart downloads as a PNG at twice its size; the keyboard works the menu', async () => {
    const figure = page.getByTestId('chart-shortage');
    const svg = figure.locator('svg').first();
    const width = Number(await svg.getAttribute('width'));
    const height = Number(await svg.getAttribute('height'));
    await figure.getByTestId('export-menu').getByRole('button', { name: 'PNG downloaden' }).focus();
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/^opgave-tekort-alle-clusters-\d{4}-\d{4}\.png$/);
    const png = await readFile(await download.path());
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.readUInt32BE(16)).toBe(width * 2);
    expect(png.readUInt32BE(20)).toBe(height * 2);
    expect(png.length).toBeGreaterThan(10_000);
  });

  test('the downloads fetched nothing from another origin and logged no errors', async ({ server }) => {
    const origin = new URL(server.url).origin;
    for (const url of shared.records.requests) {
      if (!url.startsWith('blob:') && !url.startsWith('data:')) expect(new URL(url).origin, url).toBe(origin);
    }
    expect(shared.records.foreignRequests).toEqual([]);
    expect(shared.records.consoleErrors).toEqual([]);
  });
});
