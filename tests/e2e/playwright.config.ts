import { defineConfig } from '@playwright/test';
import { chromiumArgs, requireChromium } from '../../scripts/lib/find-chromium.mjs';

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../test-results/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 1 : 2,
  // scripts/test.mjs adds up reports/e2e.json of the tests workspace.
  reporter: [['list'], ['json', { outputFile: '../reports/e2e.json' }]],
  timeout: 120_000,
  // Generous: DuckDB compiles 34 MB of wasm per fresh context, slow on a busy 2-core machine.
  expect: { timeout: 45_000 },
  use: {
    // baseURL comes from the worker-scoped `server` fixture (support/fixtures.ts), which serves
    // apps/dashboard/build with scripts/serve.mjs on a free port.
    browserName: 'chromium',
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    viewport: { width: 1280, height: 900 },
    // A failed test keeps its trace (DOM snapshots of every step) and a screenshot of the end. The trace's own
    // screenshots (a screencast of every frame) are left out: recorded for every test, they made a cold load
    // of the site several times slower on two cores, for pictures that are kept only when a test fails.
    trace: { mode: 'retain-on-failure', screenshots: false, snapshots: true, sources: true },
    screenshot: 'only-on-failure',
    launchOptions: {
      // The system Chromium; Playwright's own browser download is never used (it cannot be fetched here).
      executablePath: requireChromium(),
      args: chromiumArgs,
    },
  },
});
