import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Request } from '@playwright/test';
import { readCsv } from './support/csv';
import { duoPupilsFixture, independentRegionPupils } from './support/duo-fixture';
import { agreesToShown } from './support/expected-baseline';
import { expectedDuoForecast } from './support/expected-duo';
import { parseDutchNumber, repositoryRoot } from './support/expected';
import { expect, test } from './support/fixtures';

const FIXTURE_NAME = '01.-leerlingen-vo-per-vestiging-naar-onderwijstype-2019.csv';
const leadingNumber = (text: string) => parseDutchNumber(text.trim().split(/\s+/)[0]);
const nl = (n: number) => n.toLocaleString('nl-NL');

/** Every request that carries a body or is not a GET: reading DUO files must cause none. */
function recordBodies(page: Page): string[] {
  const sent: string[] = [];
  page.on('request', (request: Request) => {
    if (request.method() !== 'GET' || request.postDataBuffer() !== null)
      sent.push(`${request.method()} ${request.url()}`);
  });
  return sent;
}

test.describe('DUO files on /gegevens and the real-data set', () => {
  test('a real-layout DUO pupils file dropped on /gegevens gives a forecast on real pupils whose totals equal an independent sum', async ({
    page,
  }) => {
    // Summed here from the fixture and the region definition, each <5 cell as 2.5 (the import's rule).
    const expected = independentRegionPupils({ suppressedCellValue: 2.5 });
    expect(expected.suppressedCells, 'the fixture has <5 cells in the region').toBeGreaterThan(0);
    const model = await expectedDuoForecast([duoPupilsFixture]);
    const sent = recordBodies(page);

    await page.goto('./gegevens');
    await page.getByTestId('own-data-input').setInputFiles(duoPupilsFixture);
    const file = page.getByTestId('own-data-file');
    await expect(file.getByTestId('duo-recognised')).toHaveAttribute('data-kind', 'pupils-per-location');
    await expect(file.getByTestId('duo-recognised')).toContainText('kopregel INSTELLINGSCODE (nieuw)');
    await expect(file.getByTestId('duo-year')).toHaveValue('2019');
    await expect(file.getByTestId('resource-select')).toHaveCount(0);
    // Read as a DUO file, never as a plain table with a thousand errors.
    await expect(page.getByTestId('validation-report')).toHaveCount(0);

    await expect(page.getByTestId('duo-report')).toHaveAttribute('data-ok', 'true');
    await expect(page.getByTestId('duo-summary').locator('li').first()).toContainText(
      `DUO leerlingen per vestiging 2019: ${expected.locations} locaties, ${nl(expected.pupils)} leerlingen in de regio (${nl(expected.suppressedCells)} cellen <5, elk geteld als 2,5`,
    );
    await expect(page.getByTestId('duo-estimated')).toContainText('workforce');
    await page.getByTestId('use-duo-data').click();
    await expect(page.getByTestId('own-data-notice')).toContainText('echte leerlingaantallen');

    const banner = page.getByTestId('real-data-banner');
    await expect(banner).toContainText('DUO, 2019');
    await expect(banner).toContainText('uit uw DUO-bestanden');
    await expect(page.getByTestId('real-pupils').locator('[data-year="2019"]')).toHaveAttribute(
      'data-value',
      String(expected.pupils),
    );
    const table = page.getByTestId('provenance-table');
    await expect(table.locator('tr[data-resource="pupils"]')).toHaveAttribute('data-kind', 'real');
    await expect(table.locator('tr[data-resource="pupils"]')).toContainText('echt (DUO, 2019)');
    await expect(table.locator('tr[data-resource="pupils"]')).toContainText(FIXTURE_NAME);
    for (const resource of ['workforce', 'vacancies', 'hires', 'leavers', 'intake']) {
      await expect(table.locator(`tr[data-resource="${resource}"]`)).toHaveAttribute(
        'data-kind',
        'estimated',
      );
      await expect(table.locator(`tr[data-resource="${resource}"]`)).toContainText('geschat');
    }

    await page.getByTestId('site-nav').getByRole('link', { name: 'Regio' }).click();
    await expect(page.getByTestId('real-data-banner')).toBeVisible();
    const year = model.baseYear + 5;
    await expect(page.getByTestId('headline-shortage-5')).toContainText(String(year));
    await expect
      .poll(
        async () => {
          const shown = leadingNumber(await page.getByTestId('headline-shortage-5-value').innerText());
          return agreesToShown(shown, model.totalShortage(year));
        },
        {
          message: `the shortage in ${year} as @opgave/core computes it on the same dataset (${model.totalShortage(year).toFixed(1)} fte)`,
        },
      )
      .toBe(true);
    expect(sent, 'requests with a body').toEqual([]);
  });

  test('a DUO file with a bad count is refused with file, row, column, value and expectation; nothing is used', async ({
    page,
  }) => {
    const lines = readFileSync(duoPupilsFixture, 'utf8').split('\r\n');
    const header = lines[0].split('","');
    const column = header.findIndex((h) => h.replace(/"/g, '') === 'LEER- OF VERBLIJFSJAAR 1 - MAN');
    const cells = lines[4].split('","');
    cells[column] = '12,5';
    lines[4] = cells.join('","');
    // No year in the name: the page asks for it.
    const name = 'leerlingen-per-vestiging.csv';
    await page.goto('./gegevens');
    await page
      .getByTestId('own-data-input')
      .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(lines.join('\r\n'), 'utf8') });
    await expect(page.getByTestId('duo-year-needed')).toBeVisible();
    await expect(page.getByTestId('duo-report')).toHaveCount(0);
    await page.getByTestId('duo-year').fill('2019');
    await expect(page.getByTestId('duo-report')).toHaveAttribute('data-ok', 'false');
    const problem = page.getByTestId('duo-problems').locator('tbody tr').first();
    await expect(problem).toContainText(name);
    await expect(problem.locator('td').nth(1)).toHaveText('5');
    await expect(problem).toContainText('LEER- OF VERBLIJFSJAAR 1 - MAN');
    await expect(problem).toContainText('12,5');
    await expect(page.getByTestId('use-duo-data')).toBeDisabled();
    await expect(page.getByTestId('real-data-banner')).toHaveCount(0);
    await expect(page.getByTestId('duo-problems')).not.toContainText('^');
  });

  test('hbo/wo files as DUO publishes them (current CSV layout and API JSON) are recognised and summarised, not used', async ({
    page,
  }) => {
    const folder = join(repositoryRoot, 'packages/import/test/fixtures/duo');
    await page.goto('./gegevens');
    await page
      .getByTestId('own-data-input')
      .setInputFiles([
        join(folder, '01.-ingeschrevenen-hbo-2025.csv'),
        join(folder, 'ingeschrevenen-wo-2025.json'),
      ]);
    const files = page.getByTestId('own-data-file');
    await expect(files.nth(0).getByTestId('duo-recognised')).toHaveAttribute('data-kind', 'hbo-enrolment');
    await expect(files.nth(1).getByTestId('duo-recognised')).toHaveAttribute('data-kind', 'hbo-enrolment');
    await expect(page.getByTestId('duo-year')).toHaveCount(0);
    await expect(page.getByTestId('duo-summary')).toContainText('lerarenopleidingen');
    await expect(page.getByTestId('duo-ho-note')).toBeVisible();
    await expect(page.getByTestId('duo-no-pupils')).toBeVisible();
    await expect(page.getByTestId('use-duo-data')).toBeDisabled();
  });

  test('?data=duo opens the site on the real-data set: real pupils of 2019 and every other table marked', async ({
    page,
  }) => {
    const pupils2019 = readCsv(join(repositoryRoot, 'data/rotterdam-duo/pupils.csv'))
      .filter((r) => r.year === '2019')
      .reduce((s, r) => s + Number(r.pupils), 0);
    await page.goto('./gegevens?data=duo');
    await expect(page.getByTestId('real-data-banner')).toContainText('DUO, 2019');
    await expect(page.getByTestId('open-real')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('real-pupils').locator('[data-year="2019"]')).toHaveAttribute(
      'data-value',
      String(pupils2019),
    );
    const table = page.getByTestId('provenance-table');
    await expect(table.locator('tr[data-resource="pupils"]')).toContainText('echt (DUO, 2019)');
    await expect(table.locator('tr[data-resource="pupils"]')).toContainText('data/rotterdam-duo/pupils.csv');
    await expect(table.locator('tr[data-resource="workforce"]')).toHaveAttribute('data-kind', 'estimated');
    await expect(table.locator('tr[data-resource="subjects"]')).toHaveAttribute('data-kind', 'synthetic');
    // The choice holds on the next page, and the synthetic set is one click away.
    await page.getByTestId('site-nav').getByRole('link', { name: 'Regio' }).click();
    await expect(page.getByTestId('real-data-banner')).toBeVisible();
    await page.getByTestId('site-nav').getByRole('link', { name: 'Eigen gegevens' }).click();
    await page.getByTestId('open-synthetic').click();
    await expect(page.getByTestId('real-data-banner')).toHaveCount(0);
    await expect(table.locator('tr[data-resource="pupils"]')).toHaveAttribute('data-kind', 'synthetic');
  });
});
