import { render } from 'svelte/server';
import { describe, expect, test } from 'vitest';
import DataTable from './DataTable.svelte';
import type { DataColumn } from './data-column';

type Row = { code: string; name: string; pupils: number; shortage: number; pct: number | null };
const rows: Row[] = [
  { code: 'GM0503', name: 'Delft', pupils: 12345, shortage: 1234.56, pct: 4.25 },
  { code: 'GM0599', name: 'Rotterdam', pupils: 80000, shortage: -0.04, pct: null },
];
const columns: DataColumn<Row>[] = [
  { key: 'name', label: 'Gemeente', rowHeader: true, href: (r) => `/gemeente/${r.code}`, linkTestId: 'link' },
  { key: 'pupils', label: 'Leerlingen', format: 'count', class: 'optional' },
  { key: 'shortage', label: 'Tekort (fte)', format: 'fte', sort: true },
  { key: 'pct', label: 'Tekort (%)', format: 'pct' },
];
const key = (r: Row) => r.code;

/** The HTML without Svelte's hydration comments and scoping classes. */
function html(props: Parameters<typeof render<typeof DataTable<Row>>>[1]['props']) {
  return render(DataTable<Row>, { props })
    .body.replace(/<!--[^>]*-->/g, '')
    .replace(/ ?svelte-[a-z0-9]+/g, '')
    .replace(/ class=""/g, '')
    .replace(/class=" /g, 'class="');
}

describe('DataTable', () => {
  test('DataTable({ rows, columns, caption }) has a caption, column headers and one row header per row', () => {
    const out = html({ rows, columns, key, caption: 'Gemeenten in 2030', testId: 't' });
    expect(out).toContain('<table class="regular" data-testid="t"><caption>Gemeenten in 2030</caption>');
    expect(out.match(/<th scope="col"/g)).toHaveLength(4);
    expect(out.match(/<th scope="row"/g)).toHaveLength(2);
    expect(out).toContain(
      '<th scope="row" data-col="name"><a href="/gemeente/GM0503" data-testid="link">Delft</a></th>',
    );
  });

  test('DataTable({ columns }) writes numbers in Dutch, right-aligned, "–" where a number is missing', () => {
    const out = html({ rows, columns, key });
    expect(out).toContain('<td class="optional num" data-col="pupils">12.345</td>');
    expect(out).toContain('<td class="num" data-col="shortage">1.234,6</td>');
    expect(out).toContain('<td class="num" data-col="pct">4,3%</td>');
    // −0,04 rounds to −0,0: the sign stays, written as a real minus
    expect(out).toContain('<td class="num" data-col="shortage">−0,0</td>');
    expect(out).toContain('<td class="num" data-col="pct">–</td>');
  });

  test('DataTable({ sort }) marks a sortable header with aria-sort="none" and a button', () => {
    const out = html({ rows, columns, key });
    expect(out).toContain(
      '<th scope="col" class="num" aria-sort="none"><button type="button" title="Sorteer op Tekort (fte)">Tekort (fte)</button></th>',
    );
    expect(out).toContain('<th scope="col" class="num">Tekort (%)</th>');
  });

  test('DataTable({ rows: [] }) says "Geen gegevens" across all columns; with empty: null the body stays empty', () => {
    expect(html({ rows: [], columns, key })).toContain(
      '<tbody><tr class="empty"><td colspan="4">Geen gegevens</td></tr></tbody>',
    );
    expect(html({ rows: [], columns, key, empty: null })).toContain('<tbody></tbody>');
  });

  test('DataTable({ footer, highlight, dimmed, rowAttributes }) puts totals in tfoot and marks rows', () => {
    const total: Row = { code: '', name: 'Totaal', pupils: 92345, shortage: 1234.52, pct: null };
    const out = html({
      rows,
      columns,
      key,
      footer: [total],
      highlight: (r) => r.code === 'GM0503',
      dimmed: (r) => r.code === 'GM0599',
      rowAttributes: (r) => ({ 'data-municipality': r.code }),
    });
    expect(out).toContain('<tr data-municipality="GM0503" class="selected">');
    expect(out).toContain('<tr data-municipality="GM0599" class="dimmed">');
    expect(out).toMatch(/<tfoot><tr data-municipality="">.*92\.345.*<\/tr><\/tfoot>/);
  });

  test('DataTable({ groups }) adds a header row: grouped columns under a colgroup header, the others spanning both rows', () => {
    const out = html({
      rows,
      columns,
      key,
      groups: [
        { label: null, span: 2 },
        { label: 'Tekort', span: 2 },
      ],
    });
    expect(out).toMatch(
      /<thead><tr><th scope="col" rowspan="2">Gemeente<\/th><th scope="col" rowspan="2" class="optional num">Leerlingen<\/th><th scope="colgroup" colspan="2" class="group">Tekort<\/th><\/tr><tr><th scope="col" class="num" aria-sort="none">/,
    );
  });

  test("DataTable({ maxHeight: '24rem' }) puts the table in a framed box of that height; without it, no box", () => {
    expect(html({ rows, columns, key, maxHeight: '24rem' })).toMatch(
      /<div class="scroll box" style="max-height: 24rem;"><table/,
    );
    expect(html({ rows, columns, key })).toContain('<div class="scroll"><table');
  });

  test('DataTable({ rowAttributes }) gives a row its class and attributes beside the highlight', () => {
    const out = html({
      rows,
      columns,
      key,
      rowAttributes: (r) => ({ class: 'error', title: `Rij ${r.code}` }),
    });
    expect(out).toMatch(/<tr class="error" title="Rij GM0503">/);
  });
});
