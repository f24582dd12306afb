import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { project } from '@opgave/core';
import { loadDataset } from '@opgave/core/node';
import { formatFte, formatPct } from '../src/report/format-nl.js';
import { brokenCopy, ROTTERDAM, run, tempDir } from './helpers.js';

let tmp: { dir: string; cleanup: () => Promise<void> };
let html: string;
let code: number;

beforeAll(async () => {
  tmp = await tempDir();
  const r = await run(['report', ROTTERDAM, '--out', join(tmp.dir, 'report.html')]);
  code = r.code;
  html = await readFile(join(tmp.dir, 'report.html'), 'utf8');
}, 120_000); // the whole dataset through calibrate, project, drivers and the charts: 10 s and more on a loaded machine
afterAll(async () => {
  await tmp.cleanup();
});

describe('opgave report', () => {
  it('opgave report <dir> --out report.html writes a Dutch page titled "Bestuurlijke rapportage — <title>"', () => {
    expect(code).toBe(0);
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="nl">/);
    expect(html).toContain(
      '<title>Bestuurlijke rapportage — Opgave synthetic Rotterdam-like region (SYNTHETIC, fictitious)</title>',
    );
    expect(html).toContain('Let op: synthetische gegevens.');
  });

  it('opgave report <dir> inlines its SVG charts (with xmlns) and CSS, and loads nothing from elsewhere', () => {
    const svgs = html.match(/<svg[^>]*>/g) ?? [];
    expect(svgs.length).toBe(3);
    for (const svg of svgs) expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(html).toContain('<style>');
    expect(html).toContain('@media print');
    expect(html).not.toMatch(/\b(src|href|srcset|action|poster|data)\s*=\s*["']?[^"'\s>]*(https?:)?\/\//i);
    expect(html).not.toMatch(/url\(\s*["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/@import/i);
    expect(html).not.toMatch(/<(script|link|img|iframe)\b/i);
  });

  it('opgave report <dir> draws its charts in the one palette of @opgave/charts (Okabe–Ito), not its old colours', () => {
    const figures = html.match(/<figure>[\s\S]*?<\/figure>/g) ?? [];
    expect(figures.length).toBe(3);
    const [demandSupply, clusters, drivers] = figures;
    // demand in ink, qualified supply in bluish green, the gap in vermillion
    expect(demandSupply).toContain('stroke="#1c2a38"');
    expect(demandSupply).toContain('stroke="#009E73"');
    expect(demandSupply).toContain('fill="#D55E00"');
    // the first three clusters in blue, orange and bluish green, as on the dashboard
    for (const color of ['#0072B2', '#E69F00', '#009E73']) expect(clusters).toContain(`stroke="${color}"`);
    // totals in slate, a rise in vermillion, a fall in bluish green
    for (const color of ['#5b6876', '#D55E00', '#009E73']) expect(drivers).toContain(`fill="${color}"`);
    for (const old of ['#1d3557', '#2a9d8f', '#d1495b', '#3d7ea6']) expect(html).not.toContain(old);
  });

  it('opgave report <dir> shows the region total shortage now, in 5 and in 10 years as project() gives it', async () => {
    const p = project(await loadDataset(ROTTERDAM));
    for (const [label, year] of [
      ['Nu (2025)', 2025],
      ['Over 5 jaar (2030)', 2030],
      ['Over 10 jaar (2035)', 2035],
    ] as const) {
      const card = html.slice(html.indexOf(label), html.indexOf('</div></div>', html.indexOf(label)));
      expect(card).toContain(
        `${formatFte(p.value('total_shortage_fte', year))} <span class="unit">FTE</span>`,
      );
      expect(card).toContain(formatPct(p.value('shortage_pct', year)));
    }
  });

  it('opgave report <dir> has tables per cluster and board, the top 10 subjects and the drivers of the last year', () => {
    for (const name of ['Cluster Noord', 'Cluster Zuid', 'Cluster West', 'Stichting Maasoever Onderwijs'])
      expect(html).toContain(`<td>${name}</td>`);
    const subjects = html.slice(html.indexOf('id="vakken"'), html.indexOf('id="oorzaken"'));
    expect(subjects.match(/<tr><td>/g)?.length).toBe(10);
    expect(html).toContain('Waardoor verandert het tekort in 2040?');
    expect(html).toContain('Totale verandering 2039 → 2040');
  });

  it('opgave report <dir> --out report.pdf exits 2', async () => {
    const r = await run(['report', ROTTERDAM, '--out', join(tmp.dir, 'report.pdf')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('use a .html file name');
  });

  it('opgave report <dir> --scenario s.json shows the levers and the baseline beside the scenario', async () => {
    const scenario = join(tmp.dir, 's.json');
    await writeFile(scenario, JSON.stringify({ name: 'Binding', bindingRatePp: 15 }));
    const out = join(tmp.dir, 'scenario.html');
    const r = await run(['report', ROTTERDAM, '--scenario', scenario, '--horizon', '10', '--out', out]);
    expect(r.code).toBe(0);
    const page = await readFile(out, 'utf8');
    expect(page).toContain('Binding stagiairs (procentpunt): <strong>15</strong>');
    expect(page).toContain('zonder scenario:');
  });

  it('opgave report <dir without synthetic flag> has no synthetic-data note', async () => {
    const dir = await brokenCopy(
      tmp.dir,
      { 'datapackage.json': (t) => t.replace('"synthetic": true', '"synthetic": false') },
      'real',
    );
    const out = join(tmp.dir, 'real.html');
    const r = await run(['report', dir, '--horizon', '5', '--out', out]);
    expect(r.code).toBe(0);
    expect(await readFile(out, 'utf8')).not.toContain('synthetische gegevens');
  });
});
