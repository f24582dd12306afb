import type { Lang } from '$lib/i18n/index.svelte';
import { patternInWords } from './pattern-in-words';

/**
 * `@opgave/import` says what it expected in English (a library's words, also in the CLI and in
 * notebooks); the dashboard's report shows it in the reader's language. Known phrases are translated;
 * a pattern is said in words (a reader never sees a regular expression); anything else (DUO-specific
 * wording) is shown as it is.
 */
const exact: Record<string, string> = {
  'a whole number': 'een geheel getal',
  'a number': 'een getal',
  'a year': 'een jaartal',
  'true or false': 'true of false',
  text: 'tekst',
  'a count': 'een aantal',
  'a published count': 'een gepubliceerd aantal',
  'a whole number ≥ 0 or <5, x, *, **': 'een geheel getal ≥ 0 of <5, x, *, **',
  'a header row and data rows': 'een kopregel en gegevensregels',
  'at least one data row': 'minstens één gegevensregel',
  'a closing quote': 'een afsluitend aanhalingsteken',
  'unique column names': 'unieke kolomnamen',
  'an XLSX workbook': 'een Excel-werkmap (XLSX)',
  'a Parquet file': 'een Parquet-bestand',
  'an XLSX file': 'een XLSX-bestand',
  'each location once': 'elke vestiging één keer',
  'one row per location and board': 'één regel per vestiging en bestuur',
  'a board number (digits)': 'een bestuursnummer (cijfers)',
};

const patterns: [RegExp, (...parts: string[]) => string][] = [
  [/^at least (\d[\d.,]*) characters$/, (n) => `minstens ${n} tekens`],
  [/^at most (\d[\d.,]*) characters$/, (n) => `hoogstens ${n} tekens`],
  [/^at least (.+)$/, (n) => `minstens ${n}`],
  [/^at most (.+)$/, (n) => `hoogstens ${n}`],
  [/^one of the sheets (.+)$/, (names) => `een van de werkbladen ${names}`],
  [/^one of (.+)$/, (values) => `een van ${values}`],
  [/^a value \((.+)\)$/, (type) => `een waarde (${translate(type)})`],
  [/^a unique (.+)$/, (key) => `een unieke ${key}`],
  [/^an? (.+) listed in (.+)$/, (key, table) => `een ${key} uit ${table}`],
  [/^a total of (.+)$/, (total) => `een totaal van ${total}`],
  [/^a column named (.+)$/, (name) => `een kolom met de naam ${name}`],
  [/^(\d+) fields$/, (n) => `${n} velden`],
  [/^every year from (\d{4}) to (\d{4})$/, (from, to) => `elk jaar van ${from} tot en met ${to}`],
];

/**
 * Adds the import's own Dutch for phrases it writes in English (its words for the format's patterns,
 * which the import worker sends with the catalog), so the page need not keep a copy of them.
 * @param phrases English → Dutch
 * @example learnPhrases({ 'a region code: R and 2 digits (such as R01)': 'een regiocode: R en 2 cijfers (zoals R01)' })
 */
export function learnPhrases(phrases: Readonly<Record<string, string>>): void {
  Object.assign(exact, phrases);
}

function translate(text: string): string {
  const known = exact[text];
  if (known !== undefined) return known;
  for (const [pattern, dutch] of patterns) {
    const match = pattern.exec(text);
    if (match) return dutch(...match.slice(1));
  }
  return text;
}

/**
 * What the import expected, in the reader's language.
 * @param expected the `expected` of a problem from `@opgave/import` (English)
 * @param lang the page's language
 * @returns the Dutch phrase for a known English one, else the text unchanged
 * @example expectedText('at least 0', 'nl') // 'minstens 0'
 */
export function expectedText(expected: string, lang: Lang): string {
  const pattern = /^text matching (.+)$/.exec(expected);
  if (pattern) return patternInWords(pattern[1], lang);
  return lang === 'nl' ? translate(expected) : expected;
}

/**
 * A problem's message without a regular expression in it: the import's message says "does not match
 * the pattern ^B[0-9]{4}$"; the reader gets the pattern in words.
 * @param message the `message` of a problem from `@opgave/import`
 * @param lang the page's language
 * @returns the message with every pattern described in words
 * @example messageText('boards.csv row 2, column board_id: "41775" does not match the pattern ^B[0-9]{4}$', 'en')
 * // 'boards.csv row 2, column board_id: "41775" is not text like B0000 (B and 4 digits)'
 */
export function messageText(message: string, lang: Lang): string {
  return message.replace(
    /does not match the pattern (\S+)/g,
    (_, pattern: string) => `${lang === 'nl' ? 'is geen' : 'is not'} ${patternInWords(pattern, lang)}`,
  );
}
