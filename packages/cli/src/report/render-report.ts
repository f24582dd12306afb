import { changeColors, measureColors, scenarioColors } from '@opgave/charts';
import { clusterShortageSvg, demandSupplySvg, driversSvg } from './charts.js';
import { escapeHtml, formatFte, formatPct, formatSignedFte } from './format-nl.js';
import type { ReportData, UnitRow, UnitYear } from './report-data.js';

/** Dutch names of the drivers of explainChange. */
export const DRIVER_LABELS: Record<string, string> = {
  pupils: 'Leerlingaantallen',
  ratio: 'Leerling-leraarratio',
  pension: 'Pensionering (AOW)',
  other_exits: 'Overige uitstroom',
  hours: 'Verandering in betrekkingsomvang',
  inflow_own_placement: 'Instroom eigen stagiairs (binding)',
  inflow_other_graduate: 'Instroom overige afgestudeerden',
  inflow_lateral_entrant: 'Instroom zij-instromers',
  inflow_returner: 'Instroom herintreders',
  inflow_other: 'Overige instroom',
  surplus: 'Overschot elders (verrekening)',
  total: 'Totale verandering',
};

/** Dutch names of the scenario levers. */
const LEVER_LABELS: Record<string, string> = {
  intakeChangePct: 'Instroom lerarenopleidingen (%)',
  completionRatePp: 'Rendement opleidingen (procentpunt)',
  bindingRatePp: 'Binding stagiairs (procentpunt)',
  entryRatePp: 'Intrede afgestudeerden (procentpunt)',
  earlyCareerExitReductionPct: 'Minder vroege uitval (%)',
  ftePerTeacherChange: 'Betrekkingsomvang per leraar (FTE)',
  workingLongerYears: 'Langer doorwerken (jaren)',
  extraLateralEntrantsFte: 'Extra zij-instromers (FTE per jaar)',
  pupilTeacherRatioChange: 'Leerling-leraarratio (leerlingen per FTE)',
  pupilForecastVariant: 'Variant leerlingenprognose',
  boardsJoining: 'Besturen die aansluiten',
  name: 'Naam',
};

const SECTOR_LABELS: Record<string, string> = { vo: 'vo', vso: 'vso', mbo: 'mbo' };

const CSS = `
:root { --ink: #1b1f24; --muted: #5b6470; --line: #d9dee4; --soft: #f4f6f8; --accent: ${measureColors.gap}; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: #fff; color: var(--ink); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 820px; margin: 0 auto; padding: 32px 24px 48px; }
h1 { font-size: 26px; line-height: 1.25; margin: 4px 0 6px; }
h2 { font-size: 19px; margin: 36px 0 10px; padding-top: 14px; border-top: 1px solid var(--line); }
h3 { font-size: 15px; margin: 20px 0 6px; }
p { margin: 6px 0 10px; }
.kicker { color: var(--muted); font-size: 13px; letter-spacing: .04em; text-transform: uppercase; margin: 0; }
.meta { color: var(--muted); font-size: 13px; }
.note { border-left: 4px solid #e9a03b; background: #fff7e8; padding: 10px 14px; margin: 16px 0; font-size: 14px; }
.scenario { border-left: 4px solid ${scenarioColors.scenario}; background: #eef5fa; padding: 10px 14px; margin: 16px 0; font-size: 14px; }
.scenario ul { margin: 4px 0 0; padding-left: 18px; }
.cards { display: grid; grid-template-columns: repeat(3, 1fr); gap: 12px; margin: 16px 0 4px; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; background: var(--soft); }
.card .label { font-size: 13px; color: var(--muted); }
.card .value { font-size: 28px; font-weight: 700; color: var(--accent); line-height: 1.2; font-variant-numeric: tabular-nums; }
.card .unit { font-size: 15px; font-weight: 600; color: var(--ink); }
.card .sub { font-size: 13px; color: var(--ink); }
.card .base { font-size: 12px; color: var(--muted); }
figure { margin: 8px 0 4px; }
figure svg { max-width: 100%; height: auto; display: block; font-size: 11px; }
figcaption { font-size: 12.5px; color: var(--muted); margin-top: 4px; }
.legend { font-size: 13px; margin: 2px 0 6px; }
.legend span { display: inline-flex; align-items: center; margin-right: 16px; }
.legend i { display: inline-block; width: 14px; height: 4px; margin-right: 6px; border-radius: 2px; }
table { width: 100%; border-collapse: collapse; font-size: 13.5px; margin: 6px 0 8px; font-variant-numeric: tabular-nums; }
th, td { padding: 5px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { text-align: left; font-weight: 600; background: var(--soft); font-size: 12.5px; }
td.num, th.num { text-align: right; white-space: nowrap; }
td .pct { color: var(--muted); font-size: 12px; margin-left: 4px; }
td.up { color: ${changeColors.up}; } td.down { color: ${changeColors.down}; }
tr.total td { font-weight: 700; border-top: 2px solid var(--ink); }
.muted { color: var(--muted); }
footer { margin-top: 40px; padding-top: 10px; border-top: 1px solid var(--line); color: var(--muted); font-size: 12px; }
@page { size: A4; margin: 14mm 14mm 16mm; }
@media print {
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  h2, h2 + p { break-after: avoid; }
  h2 { margin-top: 18pt; }
  figure, .cards, .note, .scenario { break-inside: avoid; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  .card, th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  footer { break-before: avoid; }
}
@media (max-width: 640px) { .cards { grid-template-columns: 1fr; } }
`;

function headlineCard(label: string, d: UnitYear, baseline?: UnitYear): string {
  const base = baseline
    ? `<div class="base">zonder scenario: ${formatFte(baseline.shortage)} FTE (${formatPct(baseline.pct)})</div>`
    : '';
  return `<div class="card"><div class="label">${escapeHtml(label)}</div>
<div class="value">${formatFte(d.shortage)} <span class="unit">FTE</span></div>
<div class="sub">${formatPct(d.pct)} van de werkgelegenheid (${formatFte(d.demand)} FTE)</div>${base}</div>`;
}

function unitTable(
  rows: UnitRow[],
  years: number[],
  nameHeader: string,
  total?: UnitRow,
  noteHeader?: string,
): string {
  const head = `<tr><th>${escapeHtml(nameHeader)}</th>${noteHeader ? `<th>${escapeHtml(noteHeader)}</th>` : ''}<th class="num">Werkgelegenheid ${years[0]}</th>${years
    .map((y) => `<th class="num">Tekort ${y}</th>`)
    .join('')}</tr>`;
  const row = (r: UnitRow, cls = '') =>
    `<tr${cls ? ` class="${cls}"` : ''}><td>${escapeHtml(r.name)}</td>${noteHeader ? `<td>${escapeHtml(SECTOR_LABELS[r.note] ?? r.note)}</td>` : ''}<td class="num">${formatFte(r.years[0].demand)}</td>${r.years
      .map((y) => `<td class="num">${formatFte(y.shortage)}<span class="pct">${formatPct(y.pct)}</span></td>`)
      .join('')}</tr>`;
  return `<table><thead>${head}</thead><tbody>${rows.map((r) => row(r)).join('')}${total ? row(total, 'total') : ''}</tbody></table>`;
}

function scenarioBox(scenario: Record<string, unknown>): string {
  const items = Object.entries(scenario)
    .filter(([k]) => k !== 'name')
    .map(([k, v]) => {
      const text =
        typeof v === 'number' || typeof v === 'string'
          ? String(v).replace('.', ',')
          : Array.isArray(v) && v.every((x) => typeof x === 'string')
            ? v.join(', ')
            : JSON.stringify(v);
      return `<li>${escapeHtml(LEVER_LABELS[k] ?? k)}: <strong>${escapeHtml(text)}</strong></li>`;
    });
  const name = typeof scenario.name === 'string' ? ` „${escapeHtml(scenario.name)}”` : '';
  return `<div class="scenario"><strong>Scenario${name}.</strong> De cijfers hieronder gaan uit van deze maatregelen (vanaf het eerste prognosejaar); de kaarten noemen ook de uitkomst zonder scenario.
<ul>${items.join('') || '<li>geen hefbomen (gelijk aan de basisprognose)</li>'}</ul></div>`;
}

/**
 * Renders the report as one self-contained HTML page: inline CSS and inline SVG charts, no external
 * requests, in Dutch, print-friendly (A4).
 * @param d the report's figures
 * @param options generation date (default today)
 * @returns the HTML document
 * @example
 * const html = renderReport(reportData(data, projection, { title, synthetic: true }));
 */
export function renderReport(d: ReportData, options: { generatedOn?: Date } = {}): string {
  const date = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long' }).format(
    options.generatedOn ?? new Date(),
  );
  const title = `Bestuurlijke rapportage — ${d.title}`;
  const [now, ...later] = d.headlineYears;
  const cardLabels = [`Nu (${now})`, ...later.map((y) => `Over ${y - now} jaar (${y})`)];
  const cards = d.region.headline
    .map((h, i) => headlineCard(cardLabels[i], h, d.region.baseline?.[i]))
    .join('\n');
  const lastHeadline = d.headlineYears.at(-1) as number;
  const regionRow: UnitRow = {
    id: d.region.id,
    name: `Regio ${d.region.name}`,
    note: '',
    years: d.region.headline,
  };
  const driverRows = d.drivers.filter((x) => x.driver !== 'total');
  const total = d.drivers.find((x) => x.driver === 'total')?.value ?? 0;
  const driverBars = driverRows.map((x) => ({ label: DRIVER_LABELS[x.driver] ?? x.driver, value: x.value }));
  const driverTable = `<table><thead><tr><th>Oorzaak</th><th class="num">Bijdrage aan de verandering (FTE)</th></tr></thead><tbody>${driverRows
    .map(
      (x) =>
        `<tr><td>${escapeHtml(DRIVER_LABELS[x.driver] ?? x.driver)}</td><td class="num ${x.value > 0.5 ? 'up' : x.value < -0.5 ? 'down' : ''}">${formatSignedFte(x.value)}</td></tr>`,
    )
    .join(
      '',
    )}<tr class="total"><td>${DRIVER_LABELS.total} ${d.driversYear - 1} → ${d.driversYear}</td><td class="num">${formatSignedFte(total)}</td></tr></tbody></table>`;
  const first = d.region.series[0];
  const last = d.region.series.at(-1) as UnitYear;
  const yearOf = (year: number) => d.region.series.find((y) => y.year === year) as UnitYear;
  const driversFrom = yearOf(d.driversYear - 1);
  const driversTo = yearOf(d.driversYear);
  const synthetic = d.synthetic
    ? `<div class="note"><strong>Let op: synthetische gegevens.</strong> Deze rapportage is gemaakt met een verzonnen dataset: alle namen zijn fictief en alle cijfers komen uit een simulatie. Ze beschrijven geen bestaande school, bestuur of opleiding en zijn niet geschikt voor besluitvorming.</div>`
    : '';
  const provenance = d.provenance ? provenanceNote(d.provenance) : '';
  return `<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Opgave (@opgave/cli)">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
<header>
<p class="kicker">Opgave · lerarenprognose</p>
<h1>${escapeHtml(title)}</h1>
<p class="meta">Prognose ${d.baseYear}–${d.lastYear} · basisjaar ${d.baseYear} (peildatum 1 oktober) · historie vanaf ${d.historyStart} · gemaakt op ${escapeHtml(date)}</p>
</header>
${synthetic}
${provenance}
${d.scenario ? scenarioBox(d.scenario as Record<string, unknown>) : ''}
<section id="tekort">
<h2>Het tekort in de regio</h2>
<p>Het totale tekort is het aantal FTE aan lesgevende vraag dat geen bevoegde leraar vervult: onvervulde vacatures plus lessen die door onbevoegden worden gegeven (het verborgen tekort).</p>
<div class="cards">
${cards}
</div>
</section>
<section id="vraag-aanbod">
<h2>Werkgelegenheid en bevoegd aanbod</h2>
<div class="legend"><span><i style="background:${measureColors.demand}"></i>Werkgelegenheid (benodigde FTE)</span><span><i style="background:${measureColors.supply}"></i>Bevoegd aanbod (FTE)</span><span><i style="background:${measureColors.gap};opacity:.25;height:10px"></i>Tekort</span></div>
<figure>${demandSupplySvg(d.region.series, d.region)}
<figcaption>Regio ${escapeHtml(d.region.name)}, ${first.year}–${last.year}. De werkgelegenheid gaat van ${formatFte(first.demand)} naar ${formatFte(last.demand)} FTE, het bevoegde aanbod van ${formatFte(first.supply)} naar ${formatFte(last.supply)} FTE. De verticale as begint niet bij nul.</figcaption></figure>
</section>
<section id="clusters">
<h2>Tekort per cluster</h2>
<figure>${clusterShortageSvg(d.clusterSeries)}
<figcaption>Totaal tekort (onvervuld + verborgen) per cluster in FTE. Een overschot in het ene vak of de ene school verrekent geen tekort elders.</figcaption></figure>
${unitTable(d.clusters, d.headlineYears, 'Cluster', regionRow)}
</section>
<section id="besturen">
<h2>Tekort per bestuur</h2>
<p class="muted">Gesorteerd op het tekort in ${lastHeadline}.</p>
${unitTable(d.boards, d.headlineYears, 'Bestuur', undefined, 'Sector')}
</section>
<section id="vakken">
<h2>Top 10 vakken met het grootste tekort in ${lastHeadline}</h2>
${unitTable(d.topSubjects, d.headlineYears, 'Vak', undefined, 'Sector')}
</section>
<section id="oorzaken">
<h2>Waardoor verandert het tekort in ${d.driversYear}?</h2>
<p>De verandering van het totale tekort in de regio van ${d.driversYear - 1} naar ${d.driversYear}, uitgesplitst naar oorzaak. Oranjerood vergroot het tekort (meer vraag of meer uitstroom), blauwgroen verkleint het (zoals de instroom van nieuwe leraren). De grijze balken zijn het tekort in ${d.driversYear - 1} en ${d.driversYear}; de bijdragen ertussen tellen op tot de totale verandering.</p>
<figure>${driversSvg(driversFrom, driverBars, driversTo)}</figure>
${driverTable}
</section>
<section id="toelichting">
<h2>Toelichting</h2>
<p class="muted">Werkgelegenheid volgt uit de leerlingenprognose en de leerling-leraarratio per school; het bevoegde aanbod uit de huidige leraren, hun uitstroom (pensioen, overig vertrek, minder of meer uren) en de instroom uit de lerarenopleidingen, zij-instroom en herintreders. Alle parameters zijn geschat uit de historie van deze dataset. De uitgangspunten en formules staan in docs/model.md van Opgave.</p>
</section>
<footer>Gemaakt met Opgave (@opgave/cli) op ${escapeHtml(date)}. Bron: ${escapeHtml(d.title)}.</footer>
</main>
</body>
</html>
`;
}

const RESOURCE_NL: Record<string, string> = {
  regions: 'regio',
  clusters: 'clusters',
  sectors: 'sectoren',
  boards: 'besturen',
  locations: 'locaties',
  institutes: 'lerarenopleidingen',
  programmes: 'opleidingsvarianten',
  subjects: 'vakken',
  pupils: 'leerlingen',
  pupil_forecast: 'leerlingenprognose',
  workforce: 'personeel',
  intake: 'instroom in opleidingen',
  placements: 'stagiairs',
  graduates: 'afgestudeerden',
  hires: 'aangenomen leraren',
  leavers: 'vertrekkende leraren',
  vacancies: 'vacatures',
  lesson_hours: 'lesuren',
};

/** The note on a dataset with real and estimated parts: which tables are which (provenance from datapackage.json). */
function provenanceNote(provenance: NonNullable<ReportData['provenance']>): string {
  const list = (kind: string) =>
    Object.entries(provenance)
      .filter(([, p]) => p.kind === kind)
      .map(([r, p]) => `${RESOURCE_NL[r] ?? r}${p.years ? ` (DUO ${p.years.join(', ')})` : ''}`)
      .join(', ');
  const real = list('real');
  const estimated = list('estimated');
  const synthetic = list('synthetic');
  return `<div class="note"><strong>Let op: deels geschatte gegevens.</strong> Echt: ${escapeHtml(real || 'niets')}. Geschat: ${escapeHtml(estimated || 'niets')}${synthetic ? `. Overgenomen uit de synthetische dataset: ${escapeHtml(synthetic)}` : ''}. De bron per tabel staat in datapackage.json (opgave.provenance). Alleen de echte delen beschrijven bestaande scholen en besturen.</div>`;
}
