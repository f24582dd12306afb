import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type { Scenario } from '@opgave/core';
import { readCsv } from './support/csv';
import { parseDutchNumber } from './support/expected';
import { expectedScenario } from './support/expected-scenario';
import { expect, test } from './support/fixtures';

const expected = await expectedScenario();
const { baseYear, region } = expected;

/** Shown numbers are rounded to one decimal. */
function expectShown(text: string | null, value: number, what: string) {
  expect(
    Math.abs(parseDutchNumber(text ?? '') - value),
    `${what}: shown ${text}, expected ${value}`,
  ).toBeLessThanOrEqual(0.051);
}

async function openStudio(page: Page, query = '') {
  await page.goto(`./scenarios${query}`);
  await expect(page.getByTestId('chart-scenario').locator('svg[aria-label]')).toBeVisible({
    timeout: 60_000,
  });
}

/** Waits until the page shows the result of exactly these levers. */
async function waitForResult(page: Page, scenario: Scenario) {
  const key = canonical(scenario);
  await expect(page.getByTestId('scenario-result')).toHaveAttribute('data-levers', key);
  await expect(page.getByTestId('scenario-result')).toHaveAttribute('aria-busy', 'false');
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .filter((k) => k !== 'name')
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

async function expectHeadlines(page: Page, scenario: Scenario) {
  for (const year of [baseYear + 5, baseYear + 10]) {
    const headline = page.getByTestId(`headline-${year}`);
    expectShown(
      await headline.locator('[data-col="scenario"]').textContent(),
      expected.shortage(scenario, year, 'region', region),
      `region ${year}`,
    );
    expectShown(
      await headline.locator('[data-col="difference"]').textContent(),
      expected.shortage(scenario, year, 'region', region) -
        expected.baseline(scenario, year, 'region', region),
      `region difference ${year}`,
    );
  }
}

async function setLevers(page: Page, scenario: Scenario) {
  for (const [key, value] of Object.entries(scenario)) {
    if (typeof value === 'number') await page.getByTestId(`lever-${key}-number`).fill(String(value));
    else if (key === 'pupilForecastVariant')
      await page.getByTestId('lever-pupilForecastVariant').selectOption(String(value));
    else if (key === 'boardsJoining')
      for (const board of value as string[])
        await page.getByTestId('lever-boardsJoining').locator(`input[value="${board}"]`).check();
  }
}

const levers: Scenario = {
  bindingRatePp: 10,
  workingLongerYears: 1,
  extraLateralEntrantsFte: 25,
  pupilForecastVariant: 'high',
  boardsJoining: expected.nonMembers.slice(0, 1),
};

test('levers set on the page give the numbers of runScenario in Node: headlines and the difference table by cluster, board and subject', async ({
  page,
}) => {
  await openStudio(page);
  await waitForResult(page, {});
  await expectHeadlines(page, {});
  await setLevers(page, levers);
  await waitForResult(page, levers);
  await expectHeadlines(page, levers);

  const year = baseYear + 5;
  const table = page.getByTestId('difference-table');
  await expect(page.getByTestId('difference-year')).toHaveValue(String(year));
  for (const cluster of expected.clusters) {
    const row = table.locator(`tr[data-unit="${cluster.cluster_id}"]`);
    const b = expected.baseline(levers, year, 'cluster', cluster.cluster_id);
    const s = expected.shortage(levers, year, 'cluster', cluster.cluster_id);
    expectShown(
      await row.locator('[data-col="baseline"]').textContent(),
      b,
      `${cluster.cluster_id} baseline`,
    );
    expectShown(
      await row.locator('[data-col="scenario"]').textContent(),
      s,
      `${cluster.cluster_id} scenario`,
    );
    expectShown(
      await row.locator('[data-col="difference"]').textContent(),
      s - b,
      `${cluster.cluster_id} difference`,
    );
  }
  await page.getByTestId('difference-year').selectOption(String(baseYear + 10));
  await page.getByTestId('difference-dimension').selectOption('board');
  const joined = levers.boardsJoining![0];
  expectShown(
    await table.locator(`tr[data-unit="${joined}"] [data-col="scenario"]`).textContent(),
    expected.shortage(levers, baseYear + 10, 'board', joined),
    `board ${joined}`,
  );
  await page.getByTestId('difference-dimension').selectOption('subject');
  const rows = await table
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [
        tr.getAttribute('data-unit') ?? '',
        tr.querySelector('[data-col="scenario"]')?.textContent ?? '',
      ]),
    );
  expect(rows.length).toBeGreaterThan(10);
  for (const [subject, text] of rows)
    expectShown(
      text,
      expected.shortage(levers, baseYear + 10, 'region', region, subject),
      `subject ${subject}`,
    );

  // The range slider moves the same lever.
  await page.getByTestId('lever-bindingRatePp-range').fill('20');
  await waitForResult(page, { ...levers, bindingRatePp: 20 });
  await expectHeadlines(page, { ...levers, bindingRatePp: 20 });
  // The band follows once the levers rest.
  await expect(page.getByTestId('bands-busy')).toHaveCount(0, { timeout: 60_000 });
  await expect(page.getByTestId('chart-scenario')).toContainText(
    '80%-band van het scenario (200 trekkingen)',
  );
});

test('intake by institute and by subject and lateral entrants by subject, set in the advanced form, give runScenario’s numbers', async ({
  page,
}) => {
  await openStudio(page);
  await page.locator('[data-testid="advanced-levers"] summary').click();
  await page.getByTestId('institute-intake').locator('tr[data-institute="I001"] input').fill('-20');
  const subjectRow = page.getByTestId('advanced-levers').locator('tr[data-subject="vo-wi"] input');
  await subjectRow.nth(0).fill('30');
  await subjectRow.nth(1).fill('5');
  const scenario: Scenario = {
    intakeChangePct: [
      { institute: 'I001', pct: -20 },
      { subject: 'vo-wi', pct: 30 },
    ],
    extraLateralEntrantsFte: { 'vo-wi': 5 },
  };
  await waitForResult(page, scenario);
  await expectHeadlines(page, scenario);
  await page.getByTestId('difference-dimension').selectOption('subject');
  expectShown(
    await page
      .getByTestId('difference-table')
      .locator('tr[data-unit="vo-wi"] [data-col="scenario"]')
      .textContent(),
    expected.shortage(scenario, baseYear + 5, 'region', region, 'vo-wi'),
    'vo-wi',
  );
});

test('the share link opens the same levers and numbers in a fresh page', async ({ page, context }) => {
  await openStudio(page);
  await setLevers(page, levers);
  await page.getByTestId('scenario-name').fill('Samen sterker');
  await waitForResult(page, levers);
  const link = await page.getByTestId('share-link').inputValue();
  expect(new URL(link).searchParams.get('s')).toMatch(/^[A-Za-z0-9_-]+$/);

  const fresh = await context.newPage();
  const errors: string[] = [];
  fresh.on('pageerror', (error) => errors.push(error.message));
  fresh.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await fresh.goto(link);
  await waitForResult(fresh, levers);
  await expectHeadlines(fresh, levers);
  await expect(fresh.getByTestId('lever-bindingRatePp-number')).toHaveValue('10');
  await expect(fresh.getByTestId('lever-workingLongerYears-number')).toHaveValue('1');
  await expect(fresh.getByTestId('lever-pupilForecastVariant')).toHaveValue('high');
  await expect(
    fresh.getByTestId('lever-boardsJoining').locator(`input[value="${levers.boardsJoining![0]}"]`),
  ).toBeChecked();
  await expect(fresh.getByTestId('scenario-name')).toHaveValue('Samen sterker');
  await expect(fresh.getByTestId('url-problem')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a tampered link says what is wrong, falls back to the baseline and renders nothing of it as HTML', async ({
  page,
}) => {
  const encode = (text: string) => Buffer.from(text).toString('base64url');
  await openStudio(page, `?s=${encode('{"bindingRatePp":80,"name":"<img src=x onerror=alert(1)>"}')}`);
  const alert = page.getByTestId('url-problem');
  await expect(alert).toHaveAttribute('role', 'alert');
  await expect(alert).toContainText('De link bevat geen geldig scenario');
  await expect(alert).toContainText('bindingRatePp: 80 is outside the allowed range -50 to 50');
  await expect(alert).toContainText('De basisprognose wordt getoond.');
  await waitForResult(page, {});
  await expectHeadlines(page, {});
  await expect(page.getByTestId('lever-bindingRatePp-number')).toHaveValue('0');

  // A valid scenario whose name is markup: shown as text, never as an element.
  await openStudio(page, `?s=${encode('{"workingLongerYears":1,"name":"<img src=x onerror=alert(1)>"}')}`);
  await waitForResult(page, { workingLongerYears: 1 });
  await expect(page.getByTestId('chart-scenario')).toContainText('<img src=x onerror=alert(1)>');
  await expect(page.locator('img[src="x"]')).toHaveCount(0);

  // Damaged encoding.
  await openStudio(page, '?s=%%%');
  await expect(page.getByTestId('url-problem')).toContainText('de link is beschadigd');
  await waitForResult(page, {});
});

test('importing a bad scenario file names what is wrong and leaves the saved scenarios as they were; a good file is imported', async ({
  page,
}) => {
  await openStudio(page);
  await page.getByTestId('lever-bindingRatePp-number').fill('5');
  await page.getByTestId('scenario-name').fill('Eerste');
  await page.getByTestId('save-scenario').click();
  await expect(page.getByTestId('saved-scenarios').locator('li')).toHaveCount(1);
  const stored = await page.evaluate(() => localStorage.getItem('opgave-scenarios'));

  const bad = JSON.stringify({
    format: 'opgave-scenarios',
    version: 1,
    scenarios: [
      { name: 'Goed', workingLongerYears: 1 },
      { name: 'Fout', bindingRatePp: 80 },
    ],
  });
  await page
    .getByTestId('import-json')
    .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
  const problem = page.getByTestId('file-problem');
  await expect(problem).toHaveAttribute('role', 'alert');
  await expect(problem).toContainText('Dit bestand kon niet worden geïmporteerd');
  await expect(problem).toContainText(
    'scenario 2: scenario lever bindingRatePp: 80 is outside the allowed range -50 to 50',
  );
  await expect(problem).toContainText("De bewaarde scenario's zijn niet veranderd.");
  await expect(page.getByTestId('saved-scenarios').locator('li')).toHaveText([/Eerste/]);
  expect(await page.evaluate(() => localStorage.getItem('opgave-scenarios'))).toBe(stored);

  await page
    .getByTestId('import-json')
    .setInputFiles({ name: 'not.json', mimeType: 'application/json', buffer: Buffer.from('{ nope') });
  await expect(problem).toContainText('de tekst is geen geldige JSON');

  const good = JSON.stringify({
    format: 'opgave-scenarios',
    version: 1,
    scenarios: [
      { name: 'Langer doorwerken', workingLongerYears: 1 },
      { name: 'Kleinere klassen', pupilTeacherRatioChange: -1 },
    ],
  });
  await page
    .getByTestId('import-json')
    .setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(good) });
  await expect(page.getByTestId('library-notice')).toContainText("2 scenario('s) geïmporteerd.");
  await expect(page.getByTestId('file-problem')).toHaveCount(0);
  await expect(page.getByTestId('saved-scenarios').locator('li')).toHaveText([
    /Eerste/,
    /Langer doorwerken/,
    /Kleinere klassen/,
  ]);

  // The export gives the same file back.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-json').click(),
  ]);
  const exported = JSON.parse(await readFile(await download.path(), 'utf8'));
  expect(exported.scenarios.map((s: Scenario) => s.name)).toEqual([
    'Eerste',
    'Langer doorwerken',
    'Kleinere klassen',
  ]);

  // A fifth scenario is refused with a message.
  await page.getByTestId('scenario-name').fill('Vierde');
  await page.getByTestId('save-scenario').click();
  await page.getByTestId('scenario-name').fill('Vijfde');
  await page.getByTestId('save-scenario').click();
  await expect(page.getByTestId('library-refusal')).toContainText("maximaal vier scenario's");
  await expect(page.getByTestId('saved-scenarios').locator('li')).toHaveCount(4);
});

test('two saved scenarios compare side by side with the numbers of runScenario, and the CSV equals the table', async ({
  page,
}) => {
  await openStudio(page);
  const a: Scenario = { bindingRatePp: 10 };
  const b: Scenario = { extraLateralEntrantsFte: 40 };
  await page.locator('[data-preset="binding"]').click();
  await page.getByTestId('scenario-name').fill('Binding');
  await page.getByTestId('save-scenario').click();
  await page.locator('[data-preset="lateralEntry"]').click();
  await page.getByTestId('scenario-name').fill('Zij-instroom');
  await page.getByTestId('save-scenario').click();

  const table = page.getByTestId('compare-table');
  await expect(table.locator('thead th')).toHaveText([
    'Eenheid',
    'Jaar',
    'Basisprognose',
    'Binding',
    'Zij-instroom',
  ]);
  await expect(table).not.toContainText('Rekent');
  for (const year of [baseYear, baseYear + 5, baseYear + 10]) {
    const row = table.locator(`tr[data-unit="${region}"][data-year="${year}"]`);
    expectShown(
      await row.locator('[data-col="baseline"]').textContent(),
      expected.baseline({}, year, 'region', region),
      `baseline ${year}`,
    );
    expectShown(
      await row.locator('[data-col="s0"]').textContent(),
      expected.shortage(a, year, 'region', region),
      `binding ${year}`,
    );
    expectShown(
      await row.locator('[data-col="s1"]').textContent(),
      expected.shortage(b, year, 'region', region),
      `lateral ${year}`,
    );
  }
  const cluster = expected.clusters[0].cluster_id;
  expectShown(
    await table
      .locator(`tr[data-unit="${cluster}"][data-year="${baseYear + 10}"] [data-col="s1"]`)
      .textContent(),
    expected.shortage(b, baseYear + 10, 'cluster', cluster),
    'cluster',
  );
  await expect(page.getByTestId('chart-compare').locator('svg[aria-label]')).toBeVisible();

  const menu = page.getByTestId('scenario-compare').getByTestId('export-menu').first();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    menu.getByRole('button', { name: 'CSV downloaden' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('opgave-scenariovergelijking.csv');
  const records = readCsv(await download.path());
  expect(Object.keys(records[0])).toEqual(['Eenheid', 'Jaar', 'Basisprognose', 'Binding', 'Zij-instroom']);
  const shown = await table
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => (cell as HTMLElement).innerText)),
    );
  expect(records.map((r) => Object.values(r))).toEqual(
    shown.map(([name, year, ...values]) => [name, year, ...values.map((v) => String(parseDutchNumber(v)))]),
  );
});

test('required intake equals the core’s requiredIntake: per subject and per institute', async ({ page }) => {
  await openStudio(page);
  const fromYear = baseYear + 9;
  await page.getByTestId('intake-kind').selectOption('pct');
  await page.getByTestId('intake-value').fill('2');
  await page.getByTestId('intake-year').selectOption(String(fromYear));
  await page.getByTestId('intake-compute').click();
  const summary = page.getByTestId('intake-summary');
  await expect(summary).toBeVisible({ timeout: 60_000 });
  const core = expected.intake({ maxShortagePct: 2, fromYear });
  await expect(summary).toHaveAttribute('data-feasible', String(core.feasible));
  expectShown(
    (await summary.textContent())?.match(/([\d.]+,\d)/)?.[1] ?? '',
    core.feasible ? core.totalExtraIntake : core.shortfallFte,
    'total',
  );
  const needed = core.subjects.filter((s) => s.extraIntake > 0.005 || !s.feasible);
  const rows = page.getByTestId('intake-subjects').locator('tbody tr');
  await expect(rows).toHaveCount(needed.length);
  for (const s of needed) {
    const row = page.getByTestId('intake-subjects').locator(`tr[data-subject="${s.subject}"]`);
    expectShown(await row.locator('[data-col="extra"]').textContent(), s.extraIntake, `${s.subject} extra`);
    expectShown(await row.locator('[data-col="pct"]').textContent(), s.pct, `${s.subject} pct`);
  }
  for (const [institute, extra] of Object.entries(core.byInstitute).filter(([, v]) => v > 0.005)) {
    expectShown(
      await page
        .getByTestId('intake-institutes')
        .locator(`tr[data-institute="${institute}"] [data-col="extra"]`)
        .textContent(),
      extra,
      institute,
    );
  }

  // For a cluster, with a target in FTE, on top of levers.
  const cluster = expected.clusters[1].cluster_id;
  await page.getByTestId('lever-bindingRatePp-number').fill('5');
  await page.getByTestId('intake-kind').selectOption('fte');
  await page.getByTestId('intake-value').fill('10');
  await page.getByTestId('intake-level').selectOption('cluster');
  await page.getByTestId('intake-cluster').selectOption(cluster);
  await page.getByTestId('intake-compute').click();
  const coreCluster = expected.intake(
    { maxShortageFte: 10, fromYear, level: 'cluster', unit: cluster },
    { bindingRatePp: 5 },
  );
  await expect(page.getByTestId('intake-busy')).toHaveCount(0, { timeout: 60_000 });
  await expect(summary).toHaveAttribute('data-feasible', String(coreCluster.feasible));
  for (const s of coreCluster.subjects.filter((x) => x.extraIntake > 0.005 || !x.feasible))
    expectShown(
      await page
        .getByTestId('intake-subjects')
        .locator(`tr[data-subject="${s.subject}"] [data-col="extra"]`)
        .textContent(),
      s.extraIntake,
      `cluster ${s.subject}`,
    );
});
