import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test as base, expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { startServer, type RunningServer } from '../../../scripts/serve.mjs';
import { repositoryRoot } from './expected';

export const buildDir = join(repositoryRoot, 'apps', 'dashboard', 'build');

export interface PageRecords {
  /** Every request the page made (URL), whatever its origin. */
  requests: string[];
  /** Requests to any origin but the page's own; they are aborted. */
  foreignRequests: string[];
  /** Console errors and uncaught exceptions. */
  consoleErrors: string[];
}

/**
 * Tests run against the built site, served by scripts/serve.mjs on a free port (one server per
 * worker). Every test records all requests and console errors, blocks requests to other hosts,
 * and fails if there were any.
 */
export const test = base.extend<{ records: PageRecords }, { server: RunningServer }>({
  server: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      if (!existsSync(join(buildDir, 'index.html'))) {
        throw new Error(
          `${buildDir}/index.html is missing: build the dashboard first (npm run build -w @opgave/dashboard)`,
        );
      }
      const server = await startServer({ dir: buildDir, port: 0, host: '127.0.0.1', quiet: true });
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ server }, use) => {
    await use(server.url);
  },
  records: [
    async ({ context, page, server }, use) => {
      const origin = new URL(server.url).origin;
      const records: PageRecords = { requests: [], foreignRequests: [], consoleErrors: [] };
      await context.route('**/*', async (route) => {
        const url = route.request().url();
        records.requests.push(url);
        if (new URL(url).origin === origin) await route.continue();
        else {
          records.foreignRequests.push(url);
          await route.abort('blockedbyclient');
        }
      });
      page.on('console', (message) => {
        if (message.type() === 'error') records.consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => records.consoleErrors.push(`uncaught: ${error.message}`));
      await use(records);
      expect(records.foreignRequests, 'requests to other hosts').toEqual([]);
      expect(records.consoleErrors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The figure of the pupils chart and its SVG. */
export function pupilsChart(page: Page) {
  const figure = page.getByTestId('chart-pupils');
  return { figure, svg: figure.locator('svg').first() };
}

/** The cluster names written at the ends of a chart's lines. */
export async function lineLabels(page: Page, testId: string): Promise<string[]> {
  return page
    .getByTestId(testId)
    .locator('svg g[aria-description="namen van de clusters"] text')
    .allTextContents();
}

/** A page shared by the read-only tests of a file, with what it requested and logged. */
export interface SharedPage {
  page: Page;
  context: BrowserContext;
  /** Every request (URL), requests to other origins (aborted), console errors and uncaught exceptions. */
  records: PageRecords;
  close(): Promise<void>;
}

/**
 * Opens one page for several read-only tests (in a `serial` describe, from `beforeAll`), so the site
 * and its models load once. Records and blocks requests to other origins like the `records` fixture;
 * the caller asserts on `records` in a test of its own.
 * @param browser the worker's browser
 * @param server the worker's server
 * @param path the page to open, relative to the site
 * @returns the page, its context and its records
 * @example const shared = await openSharedPage(browser, server, './');
 */
export async function openSharedPage(
  browser: Browser,
  server: RunningServer,
  path = './',
): Promise<SharedPage> {
  const origin = new URL(server.url).origin;
  const records: PageRecords = { requests: [], foreignRequests: [], consoleErrors: [] };
  const context = await browser.newContext({
    baseURL: server.url,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    viewport: { width: 1280, height: 900 },
  });
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    records.requests.push(url);
    if (new URL(url).origin === origin) await route.continue();
    else {
      records.foreignRequests.push(url);
      await route.abort('blockedbyclient');
    }
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') records.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => records.consoleErrors.push(`uncaught: ${error.message}`));
  await page.goto(path);
  return { page, context, records, close: () => context.close() };
}
