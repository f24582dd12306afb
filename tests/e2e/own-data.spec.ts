import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Download, Page, Request } from '@playwright/test';
import { formatCsv } from '@opgave/contract';
import { toParquet } from '@opgave/core';
import { toXlsx } from '../../apps/dashboard/src/lib/export/to-xlsx';
import { agreesToShown } from './support/expected-baseline';
import { readCsv } from './support/csv';
import { dataDir, parseDutchNumber } from './support/expected';
import { expect, test } from './support/fixtures';
import {
  builtinPupils,
  expectedDuoArea,
  expectedWithPupils,
  pupilsCsv,
  type PupilRow,
} from './support/own-data';

const leadingNumber = (text: string) => parseDutchNumber(text.trim().split(/\s+/)[0]);

/** Every request that carries a body or is not a GET: an upload must cause none. */
function recordBodies(page: Page): string[] {
  const sent: string[] = [];
  page.on('request', (request: Request) => {
    if (request.method() !== 'GET' || request.postDataBuffer() !== null)
      sent.push(`${request.method()} ${request.url()}`);
  });
  return sent;
}

async function upload(page: Page, name: string, buffer: Buffer) {
  await page.getByTestId('own-data-input').setInputFiles({ name, mimeType: 'text/csv', buffer });
}

const report = (page: Page) => page.getByTestId('validation-report');

/** Pupils with every count of the latest two years raised by a fifth (rounded), the rest unchanged. */
function raisedPupils(): PupilRow[] {
  const rows = builtinPupils();
  const latest = Math.max(...rows.map((r) => r.year));
  return rows.map((r) => (r.year >= latest - 1 ? { ...r, pupils: Math.round(r.pupils * 1.2) } : r));
}

test.describe('own data (/gegevens): upload, report, use, persistence; files never leave the browser', () => {
  test('an uploaded pupils CSV validates cleanly and, once used, the Regio page shows what @opgave/core computes for it', async ({
    page,
  }) => {
    const rows = raisedPupils();
    const expected = await expectedWithPupils(rows);
    const sent = recordBodies(page);
    await page.goto('./gegevens');
    await upload(page, 'pupils.csv', pupilsCsv(rows));
    await expect(page.getByTestId('own-data-file').getByTestId('resource-select')).toHaveValue('pupils');
    await expect(report(page)).toHaveAttribute('data-ok', 'true');
    await expect(report(page).getByTestId('report-clean')).toBeVisible();
    await expect(page.getByTestId('use-own-data')).toBeEnabled();
    await page.getByTestId('use-own-data').click();
    await expect(page.getByTestId('own-data-banner')).toContainText('pupils');
    await expect(page.getByTestId('provenance-table').locator('tr[data-resource="pupils"]')).toHaveAttribute(
      'data-origin',
      'own',
    );
    await expect(page.getByTestId('provenance-table').locator('tr[data-resource="pupils"]')).toContainText(
      'pupils.csv',
    );

    await page.getByTestId('site-nav').getByRole('link', { name: 'Regio' }).click();
    await expect(page.getByTestId('headline-pupils-value')).toHaveText(
      expected.pupils.toLocaleString('nl-NL'),
    );
    const year = expected.baseYear + 5;
    await expect(page.getByTestId('headline-shortage-5')).toContainText(String(year));
    const shown = leadingNumber(await page.getByTestId('headline-shortage-5-value').innerText());
    const model = expected.totalShortage(year);
    expect(agreesToShown(shown, model), `shortage ${year}: shown ${shown}, core ${model}`).toBe(true);
    await expect(page.getByTestId('footer-own-provenance')).toContainText('pupils.csv');
    // The notice no longer calls every figure synthetic: it names the reader's tables.
    await expect(page.getByTestId('synthetic-notice')).toContainText(
      'deels eigen, deels synthetische gegevens',
    );
    await expect(page.getByTestId('synthetic-notice')).toContainText(
      'De tabellen pupils zijn uw eigen gegevens',
    );
    expect(sent, 'requests with a body or other than GET').toEqual([]);
  });

  test('the same pupils as an Excel workbook and as a Parquet file are read in the browser and used', async ({
    page,
  }) => {
    const rows = raisedPupils() as (PupilRow & Record<string, unknown>)[];
    const expected = await expectedWithPupils(rows);
    const columns = ['location_id', 'year', 'pupils'].map((key) => ({ key, label: key }));
    const files = [
      { name: 'leerlingen.xlsx', buffer: Buffer.from(await toXlsx(rows, columns, { sheetName: 'pupils' })) },
      { name: 'leerlingen.parquet', buffer: Buffer.from(toParquet(rows)) },
    ];
    await page.goto('./gegevens');
    for (const file of files) {
      await page
        .getByTestId('own-data-input')
        .setInputFiles({ ...file, mimeType: 'application/octet-stream' });
      const chosen = page.getByTestId('own-data-file').filter({ hasText: file.name });
      await expect(chosen.getByTestId('resource-select')).toHaveValue('pupils');
      await expect(report(page).filter({ hasText: file.name })).toHaveAttribute('data-ok', 'true');
      await expect(page.getByTestId('use-own-data')).toBeEnabled();
      await page.getByTestId('use-own-data').click();
      await expect(page.getByTestId('provenance-table').locator('tr[data-resource="pupils"]')).toContainText(
        file.name,
      );
      await page.getByTestId('site-nav').getByRole('link', { name: 'Regio' }).click();
      await expect(page.getByTestId('headline-pupils-value')).toHaveText(
        expected.pupils.toLocaleString('nl-NL'),
      );
      await page.getByTestId('site-nav').getByRole('link', { name: 'Eigen gegevens' }).click();
    }
  });

  test('a bad file shows row, column, value and expected; the use button stays disabled and the data in use do not change', async ({
    page,
  }) => {
    await page.goto('./gegevens');
    const rows = builtinPupils().slice(0, 3);
    const bad = [
      ...rows,
      { location_id: 'ZZ99ZZ', year: 2025, pupils: 10 },
      { ...rows[0], year: 2030, pupils: -3 },
    ];
    await upload(page, 'leerlingen-fout.csv', pupilsCsv(bad));
    await page.getByTestId('resource-select').selectOption('pupils');
    await expect(report(page)).toHaveAttribute('data-ok', 'false');
    const problems = report(page).getByTestId('problems');
    const unknown = problems
      .locator('tr', { hasText: 'ZZ99ZZ' })
      .filter({ hasText: 'een location_id uit locations' });
    await expect(unknown).toHaveCount(1);
    await expect(unknown.locator('td').nth(1)).toHaveText('5');
    await expect(unknown.locator('td').nth(2)).toHaveText('location_id');
    const negative = problems.locator('tr', { hasText: '-3' });
    await expect(negative.locator('td')).toHaveText(['fout', '6', 'pupils', '-3', 'minstens 0']);
    await expect(page.getByTestId('use-own-data')).toBeDisabled();
    await expect(page.getByTestId('use-blocked')).toBeVisible();
    await expect(page.getByTestId('own-data-banner')).toHaveCount(0);
    await expect(page.getByTestId('provenance-table').locator('tr[data-resource="pupils"]')).toHaveAttribute(
      'data-origin',
      'builtin',
    );
  });

  test('pupils with the years 2020–2023 deleted are refused: the gap is an error naming the resource and the years', async ({
    page,
  }) => {
    const rows = builtinPupils().filter((r) => r.year < 2020 || r.year > 2023);
    await page.goto('./gegevens');
    await upload(page, 'pupils.csv', pupilsCsv(rows));
    await expect(report(page)).toHaveAttribute('data-ok', 'false');
    const gap = report(page).getByTestId('problems').locator('tr', { hasText: '2020–2023' });
    await expect(gap.locator('td').nth(2)).toHaveText('year');
    await expect(gap.locator('td').nth(4)).toHaveText(
      `elk jaar van ${Math.min(...rows.map((r) => r.year))} tot en met ${Math.max(...rows.map((r) => r.year))}`,
    );
    await expect(gap).toHaveAttribute('title', /pupils/);
    await expect(page.getByTestId('use-own-data')).toBeDisabled();
  });

  test('a real DUO board number is accepted and a code against its pattern is explained in words, never as a regular expression', async ({
    page,
  }) => {
    const boards = readFileSync(join(dataDir, 'boards.csv'), 'utf8')
      .replace(/^B0001,/m, '41775,')
      .replace(/^(B0002,[^\n]*),R01,/m, '$1,Regio1,');
    await page.goto('./gegevens');
    await upload(page, 'boards.csv', Buffer.from(boards, 'utf8'));
    await expect(report(page)).toHaveAttribute('data-ok', 'false');
    const problems = report(page).getByTestId('problems');
    await expect(problems.locator('tr', { hasText: '41775' })).toHaveCount(0);
    const bad = problems.locator('tr', { hasText: 'Regio1' }).filter({ hasText: 'een regiocode' });
    await expect(bad.locator('td').nth(4)).toHaveText('een regiocode: R en 2 cijfers (zoals R01)');
    await expect(report(page)).not.toContainText('[0-9]');
    await expect(bad).not.toHaveAttribute('title', /\[0-9\]/);
  });

  test('different headers get a column-mapping form, preselected where names match, completed by the reader', async ({
    page,
  }) => {
    await page.goto('./gegevens');
    const rows = builtinPupils();
    await upload(
      page,
      'export-leerlingen.csv',
      pupilsCsv(rows, { header: ['School', 'Jaar', 'Aantal'], delimiter: ';' }),
    );
    await page.getByTestId('resource-select').selectOption('pupils');
    const mapping = page.getByTestId('column-mapping');
    await expect(mapping).toBeVisible();
    await expect(mapping.getByTestId('mapping-year')).toHaveValue('Jaar');
    await expect(report(page)).toHaveAttribute('data-ok', 'false');
    await mapping.getByTestId('mapping-location_id').selectOption('School');
    await mapping.getByTestId('mapping-pupils').selectOption('Aantal');
    await expect(report(page)).toHaveAttribute('data-ok', 'true');
    await expect(page.getByTestId('use-own-data')).toBeEnabled();
  });

  test('a Windows-1252 CSV with ; and decimal commas (locations, accented names) validates and is used', async ({
    page,
  }) => {
    const rows = readCsv(join(dataDir, 'locations.csv'));
    const header = Object.keys(rows[0]);
    const records = rows.map((r, i) =>
      header.map((h) =>
        h === 'latitude' || h === 'longitude'
          ? r[h].replace('.', ',')
          : h === 'name' && i === 0
            ? 'Collège Béta, Noord'
            : r[h],
      ),
    );
    const bytes = Buffer.from(formatCsv([header, ...records], { delimiter: ';', newline: '\r\n' }), 'latin1');
    await page.goto('./gegevens');
    await upload(page, 'locaties.csv', bytes);
    await page.getByTestId('resource-select').selectOption('locations');
    await expect(report(page)).toHaveAttribute('data-ok', 'true');
    await page.getByTestId('use-own-data').click();
    const row = page.getByTestId('provenance-table').locator('tr[data-resource="locations"]');
    await expect(row).toHaveAttribute('data-origin', 'own');
    await expect(row).toContainText('locaties.csv');
  });

  test('a template downloads as CSV with the template header and example rows that validate', async ({
    page,
  }) => {
    await page.goto('./gegevens');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('template-pupils').click(),
    ]);
    expect(download.suggestedFilename()).toBe('opgave-sjabloon-pupils.csv');
    const text = await readFile(await download.path(), 'utf8');
    const lines = text.trim().split('\n');
    expect(lines[0]).toBe('location_id,year,pupils');
    expect(lines.length).toBeGreaterThan(1);
    await upload(page, 'pupils.csv', Buffer.from(text));
    await expect(report(page)).toHaveAttribute('data-ok', 'true');
  });

  test('with the opt-in, own data survive a reload; "Vergeet mijn gegevens" deletes them from the browser', async ({
    page,
  }) => {
    await page.goto('./gegevens');
    await upload(page, 'pupils.csv', pupilsCsv(raisedPupils()));
    await expect(report(page)).toHaveAttribute('data-ok', 'true');
    await page.getByTestId('persist').check();
    await page.getByTestId('use-own-data').click();
    await expect(page.getByTestId('own-data-banner')).toBeVisible();
    await expect.poll(() => page.evaluate(() => localStorage.getItem('opgave-own-data'))).toBe('1');

    await page.reload();
    await expect(page.getByTestId('own-data-banner')).toContainText('Bewaard in deze browser');
    await expect(page.getByTestId('provenance-table').locator('tr[data-resource="pupils"]')).toHaveAttribute(
      'data-origin',
      'own',
    );

    await page.getByTestId('forget').click();
    await expect(page.getByTestId('own-data-banner')).toHaveCount(0);
    await expect(page.getByTestId('own-data-notice')).toBeVisible();
    const names = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    expect(names).not.toContain('opgave-own-data');
    await page.reload();
    await expect(page.getByTestId('provenance-table').locator('tr[data-resource="pupils"]')).toHaveAttribute(
      'data-origin',
      'builtin',
    );
    await expect(page.getByTestId('own-data-banner')).toHaveCount(0);
  });

  test('without the opt-in nothing is kept: after a reload the example data are back', async ({ page }) => {
    await page.goto('./gegevens');
    await upload(page, 'pupils.csv', pupilsCsv(raisedPupils()));
    await expect(report(page)).toHaveAttribute('data-ok', 'true');
    await page.getByTestId('use-own-data').click();
    await expect(page.getByTestId('own-data-banner')).toBeVisible();
    await page.reload();
    await expect(page.getByTestId('provenance-table').locator('tr[data-resource="pupils"]')).toHaveAttribute(
      'data-origin',
      'builtin',
    );
    await expect(page.getByTestId('own-data-banner')).toHaveCount(0);
  });

  test('with suppression on, a count of fewer than 5 persons is exported as <5', async ({ page }) => {
    // Own pupils in which cluster West's latest year adds up to 3 pupils.
    const clusterOf = new Map(
      readCsv(join(dataDir, 'locations.csv')).map((r) => [r.location_id, r.cluster_id]),
    );
    const rows = builtinPupils();
    const latest = Math.max(...rows.map((r) => r.year));
    let first = true;
    const small = rows.map((r) => {
      if (r.year !== latest || clusterOf.get(r.location_id) !== 'R01-C3') return r;
      const pupils = first ? 3 : 0;
      first = false;
      return { ...r, pupils };
    });
    await page.goto('./gegevens');
    await upload(page, 'pupils.csv', pupilsCsv(small));
    await expect(report(page)).toHaveAttribute('data-ok', 'true');
    await page.getByTestId('suppress-setting').check();
    await page.getByTestId('use-own-data').click();
    await expect(page.getByTestId('own-data-banner')).toBeVisible();
    await page.getByTestId('site-nav').getByRole('link', { name: 'Regio' }).click();
    const table = page.getByTestId('cluster-table');
    await expect(table.locator('tr', { hasText: 'Cluster West' }).getByTestId('pupils')).toHaveText('3');
    const menu = table.locator('xpath=following::*[@data-testid="export-menu"][1]');
    await expect(menu.getByTestId('suppress-small')).toBeChecked();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      menu.getByRole('button', { name: 'CSV downloaden', exact: true }).click(),
    ]);
    const pupilsOfWest = async (file: Download) =>
      readCsv(await file.path()).find((record) => record.Cluster === 'Cluster West')?.Leerlingen;
    expect(await pupilsOfWest(download)).toBe('<5');
    await menu.getByTestId('suppress-small').uncheck();
    const [plain] = await Promise.all([
      page.waitForEvent('download'),
      menu.getByRole('button', { name: 'CSV downloaden', exact: true }).click(),
    ]);
    expect(await pupilsOfWest(plain)).toBe('3');
  });

  test('the DUO 2019 view shows the real pupils of the Rotterdam area equal to an independent sum of the DUO files', async ({
    page,
  }) => {
    const expected = expectedDuoArea();
    await page.goto('./gegevens');
    await page.getByTestId('duo-link').click();
    await expect(page.getByTestId('duo-2019')).toBeVisible();
    await expect(page.getByTestId('duo-note')).toContainText('echte cijfers');
    await expect(page.getByTestId('duo-total-pupils')).toHaveAttribute('data-value', String(expected.total));
    await expect(page.getByTestId('duo-totals')).toContainText(
      `${expected.locations} vestigingen, ${expected.total.toLocaleString('nl-NL')} leerlingen`,
    );
    for (const [code, pupils] of expected.byMunicipality) {
      await expect(
        page.getByTestId('duo-municipalities').locator(`tr[data-key="${code}"] td`).nth(2),
      ).toHaveAttribute('data-value', String(pupils));
    }
    await expect(page.getByTestId('duo-chart').locator('svg')).toBeVisible();
    await expect(page.getByTestId('duo-provenance')).toContainText(
      '01.-leerlingen-vo-per-vestiging-naar-onderwijstype-2019.csv',
    );
  });
});
