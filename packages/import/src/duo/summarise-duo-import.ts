import type { DuoDatasetReport, DuoFileSummary } from './import-duo.js';

const WORDS = {
  nl: {
    'pupils-per-location': 'DUO leerlingen per vestiging',
    'pupils-per-location-total': 'DUO leerlingen per vestiging en bestuur',
    locations: 'DUO vestigingen vo',
    'staff-per-board': 'DUO personeel per bestuur',
    'hbo-enrolment': 'DUO ingeschrevenen hbo/wo',
    'ho-graduates': 'DUO gediplomeerden hbo/wo',
    unknown: 'Geen DUO-bestand dat Opgave kent',
    pupils: (s: DuoFileSummary, n: (x: number) => string) =>
      `${n(s.locationsInRegion)} locaties, ${n(s.pupilsInRegion)} leerlingen in de regio`,
    suppressed: (s: DuoFileSummary, n: (x: number) => string, n2: (s: DuoFileSummary) => string) =>
      ` (${n(s.suppressedCellsInRegion)} ${s.suppressedCellsInRegion === 1 ? 'cel' : 'cellen'} <5, elk geteld als ${n2(s)}; tussen ${n(s.pupilsInRegionLow)} en ${n(s.pupilsInRegionHigh)})`,
    locationsLine: (s: DuoFileSummary, n: (x: number) => string) => `${n(s.locations)} vestigingen`,
    hbo: (s: DuoFileSummary, n: (x: number) => string) =>
      `${n(s.locations)} opleidingen, waarvan ${n(s.locationsInRegion)} lerarenopleidingen (CROHO onderdeel onderwijs)`,
    outside: (locations: string, pupils: string, year: number) =>
      `${year}: ${locations} locaties met ${pupils} leerlingen buiten de regio`,
    new: (n: string) => `${n} nieuwe locaties in de regio toegevoegd (niet in de regiodefinitie)`,
    recoded: (n: string) => `${n} locaties met een nieuwe code geteld als hun oude locatie`,
    board: (n: string) => `${n} locaties bij een ander bestuur dan in de regiodefinitie`,
    missing: (n: string) => `${n} keer een locatie van de regiodefinitie niet in een leerlingenbestand`,
    elsewhere: (list: string) => `Nog van elders nodig: ${list}`,
    errors: (n: string) => `${n} fouten: niets is geladen`,
  },
  en: {
    'pupils-per-location': 'DUO pupils per location',
    'pupils-per-location-total': 'DUO pupils per location and board',
    locations: 'DUO vo locations',
    'staff-per-board': 'DUO staff per board',
    'hbo-enrolment': 'DUO hbo/wo enrolment',
    'ho-graduates': 'DUO hbo/wo graduates',
    unknown: 'Not a DUO file Opgave knows',
    pupils: (s: DuoFileSummary, n: (x: number) => string) =>
      `${n(s.locationsInRegion)} locations, ${n(s.pupilsInRegion)} pupils in the region`,
    suppressed: (s: DuoFileSummary, n: (x: number) => string, n2: (s: DuoFileSummary) => string) =>
      ` (${n(s.suppressedCellsInRegion)} ${s.suppressedCellsInRegion === 1 ? 'cell' : 'cells'} <5, each counted as ${n2(s)}; between ${n(s.pupilsInRegionLow)} and ${n(s.pupilsInRegionHigh)})`,
    locationsLine: (s: DuoFileSummary, n: (x: number) => string) => `${n(s.locations)} locations`,
    hbo: (s: DuoFileSummary, n: (x: number) => string) =>
      `${n(s.locations)} programmes, of which ${n(s.locationsInRegion)} teacher training (CROHO onderdeel onderwijs)`,
    outside: (locations: string, pupils: string, year: number) =>
      `${year}: ${locations} locations with ${pupils} pupils outside the region`,
    new: (n: string) => `${n} new locations in the region added (not in the region definition)`,
    recoded: (n: string) => `${n} locations with a new code counted as their old location`,
    board: (n: string) => `${n} locations under another board than in the region definition`,
    missing: (n: string) => `${n} times a location of the region definition not in a pupils file`,
    elsewhere: (list: string) => `Still needed from elsewhere: ${list}`,
    errors: (n: string) => `${n} errors: nothing is loaded`,
  },
} as const;

/**
 * Says in sentences what {@link importDuo} read: one line per file, then the locations outside the region,
 * new, recoded and moved locations, the resources still needed from elsewhere, and the errors.
 * @param report the report of importDuo
 * @param lang `nl` (numbers as 66.317) or `en` (66,317)
 * @returns the sentences
 * @example
 * summariseDuoImport(result.report, 'nl')[0] // 'DUO leerlingen per vestiging 2024: 117 locaties, 66.317 leerlingen in de regio'
 */
export function summariseDuoImport(report: DuoDatasetReport, lang: 'nl' | 'en'): string[] {
  const w = WORDS[lang];
  const fmt = new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 0 });
  const n = (x: number) => fmt.format(x);
  const lines: string[] = [];
  for (const s of report.files) {
    const title =
      s.kind === null ? `${w.unknown}: ${s.file}` : w[s.kind] + (s.year !== null ? ` ${s.year}` : '');
    if (!s.ok || s.kind === null) {
      lines.push(title);
      continue;
    }
    if (
      s.kind === 'pupils-per-location' ||
      (s.kind === 'pupils-per-location-total' && s.locationsInRegion > 0)
    )
      lines.push(
        `${title}: ${w.pupils(s, n)}${s.suppressedCellsInRegion > 0 ? w.suppressed(s, n, () => new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB').format(report.suppressedCellValue)) : ''}`,
      );
    else if (s.kind === 'hbo-enrolment' || s.kind === 'ho-graduates') lines.push(`${title}: ${w.hbo(s, n)}`);
    else lines.push(`${title}: ${w.locationsLine(s, n)}`);
  }
  for (const o of report.outside) lines.push(w.outside(n(o.locations), n(o.pupils), o.year));
  const count = (c: string) => report.changes.filter((x) => x.change === c).length;
  if (count('new') > 0) lines.push(w.new(n(count('new'))));
  if (count('recoded') > 0) lines.push(w.recoded(n(count('recoded'))));
  if (count('board-changed') > 0) lines.push(w.board(n(count('board-changed'))));
  if (count('missing') > 0) lines.push(w.missing(n(count('missing'))));
  if (report.fromElsewhere.length > 0) lines.push(w.elsewhere(report.fromElsewhere.join(', ')));
  if (report.problems.length > 0) lines.push(w.errors(n(report.problems.length)));
  return lines;
}
