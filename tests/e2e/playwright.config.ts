import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { defineConfig } from '@playwright/test';

/**
 * The system Chromium: `CHROMIUM_PATH`, else `chromium` or `chromium-browser` on PATH.
 * Playwright's own browser download is never used (it cannot be fetched here).
 */
function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist`);
    return fromEnv;
  }
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of ['chromium', 'chromium-browser']) {
      const candidate = join(dir, name);
      if (dir && existsSync(candidate)) return candidate;
    }
  }
  throw new Error(
    'No Chromium found: install it (apt-get install -y chromium) or set CHROMIUM_PATH to its executable',
  );
}

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
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: findChromium(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
