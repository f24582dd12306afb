#!/usr/bin/env node
// `npm test`: installs when needed, then runs every check — lint, types, unit tests and the browser tests in
// Chromium — and ends with one line `N passed, N failed`. Without a Chromium it fails and says how to get one.
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureInstalled, run } from './lib/ensure-installed.mjs';
import { chromiumHelp, findChromium } from './lib/find-chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const started = Date.now();

ensureInstalled(root);

const chromium = findChromium();
if (!chromium) {
  console.error(chromiumHelp);
  process.exit(1);
}
console.log(`Opgave: browser tests will use ${chromium}`);

const reports = workspaceDirs().map((dir) => join(dir, 'reports'));
for (const dir of reports) rmSync(dir, { recursive: true, force: true });

// Lint, types and unit tests first, then the browser tests on their own: on two cores the browser tests'
// waits for the model in the page are only predictable when no unit test competes for the CPU. --continue
// runs every task even after a failure, so one run reports every failing test.
const env = { CHROMIUM_PATH: chromium };
const unitStatus = run(root, 'turbo', ['run', 'lint', 'check-types', 'test', '--continue'], env);
const e2eStatus = run(root, 'turbo', ['run', 'test:e2e', '--continue'], env);
const status = unitStatus !== 0 ? unitStatus : e2eStatus;

const totals = sumReports(reports);
const seconds = ((Date.now() - started) / 1000).toFixed(0);
console.log(
  `\nOpgave: unit ${totals.unitPassed} passed, browser ${totals.e2ePassed} passed, in ${seconds} s.`,
);
if (status === 0 && totals.e2ePassed === 0) {
  console.error('Opgave: no browser test ran; the browser tests must never be skipped.');
  totals.failed += 1;
}
if (status !== 0 && totals.failed === 0) totals.failed = 1; // a lint, type or build failure
console.log(`${totals.unitPassed + totals.e2ePassed} passed, ${totals.failed} failed`);
process.exit(status !== 0 || totals.failed > 0 ? 1 : 0);

function workspaceDirs() {
  const { workspaces } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return workspaces.flatMap((pattern) => {
    if (!pattern.endsWith('/*')) return [join(root, pattern)];
    const parent = join(root, pattern.slice(0, -2));
    return existsSync(parent) ? readdirSync(parent).map((name) => join(parent, name)) : [];
  });
}

/** Adds up vitest's JSON reports (reports/vitest.json) and Playwright's (reports/e2e.json). */
function sumReports(dirs) {
  const totals = { unitPassed: 0, e2ePassed: 0, failed: 0 };
  for (const dir of dirs) {
    const vitest = readJson(join(dir, 'vitest.json'));
    if (vitest) {
      totals.unitPassed += vitest.numPassedTests;
      totals.failed += vitest.numFailedTests;
    }
    const e2e = readJson(join(dir, 'e2e.json'));
    if (e2e) {
      totals.e2ePassed += e2e.stats.expected + e2e.stats.flaky;
      totals.failed += e2e.stats.unexpected;
    }
  }
  return totals;
}

function readJson(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
}
