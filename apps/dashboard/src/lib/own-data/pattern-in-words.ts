import type { Lang } from '$lib/i18n/index.svelte';

/** One piece of a simple pattern: a fixed text, a set of characters, or a choice of fixed texts. */
type Piece =
  | { kind: 'text'; text: string }
  | { kind: 'set'; digits: boolean; upper: boolean; lower: boolean; min: number; max: number }
  | { kind: 'choice'; options: string[] };

const words = {
  nl: {
    digit: ['cijfer', 'cijfers'],
    upper: ['hoofdletter', 'hoofdletters'],
    lower: ['kleine letter', 'kleine letters'],
    letter: ['letter', 'letters'],
    char: ['letter of cijfer', 'letters of cijfers'],
    or: 'of',
    oneOrMore: 'een of meer',
    upTo: (min: number, max: number) => `${min} tot ${max}`,
    atLeast: (min: number) => `minstens ${min}`,
    like: (example: string, parts: string) => `tekst zoals ${example} (${parts})`,
    fallback: 'tekst in de vorm van het sjabloon',
  },
  en: {
    digit: ['digit', 'digits'],
    upper: ['capital letter', 'capital letters'],
    lower: ['lower-case letter', 'lower-case letters'],
    letter: ['letter', 'letters'],
    char: ['letter or digit', 'letters or digits'],
    or: 'or',
    oneOrMore: 'one or more',
    upTo: (min: number, max: number) => `${min} to ${max}`,
    atLeast: (min: number) => `at least ${min}`,
    like: (example: string, parts: string) => `text like ${example} (${parts})`,
    fallback: 'text in the form of the template',
  },
} as const;

/**
 * Says in words what a column's pattern asks for, with an example, so that a reader never sees a
 * regular expression. Patterns beyond fixed text, character sets (`[0-9]`, `[A-Z]`, `[a-z]` and their
 * mixes) with a count, and a choice of fixed texts (`(vo|vso)`) get a general phrase.
 * @param pattern a Table Schema pattern (a regular expression)
 * @param lang the page's language
 * @returns a phrase such as `tekst zoals B0001 (B en 4 cijfers)`
 * @example patternInWords('^[0-9]{2}[A-Z]{2}[0-9]{2}$', 'nl') // 'tekst zoals 00AA00 (2 cijfers, 2 hoofdletters en 2 cijfers)'
 */
export function patternInWords(pattern: string, lang: Lang): string {
  const w = words[lang];
  const pieces = parsePattern(pattern);
  if (!pieces || pieces.length === 0) return w.fallback;
  const parts = pieces.map((p) => describe(p, w));
  const list =
    parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} ${and(lang)} ${parts.at(-1)}`;
  return w.like(pieces.map(example).join(''), list);
}

const and = (lang: Lang) => (lang === 'nl' ? 'en' : 'and');

function describe(piece: Piece, w: (typeof words)[Lang]): string {
  if (piece.kind === 'text') return piece.text;
  if (piece.kind === 'choice') {
    return piece.options.length === 1
      ? piece.options[0]
      : `${piece.options.slice(0, -1).join(', ')} ${w.or} ${piece.options.at(-1)}`;
  }
  const noun =
    piece.digits && !piece.upper && !piece.lower
      ? w.digit
      : !piece.digits && piece.upper && !piece.lower
        ? w.upper
        : !piece.digits && !piece.upper && piece.lower
          ? w.lower
          : !piece.digits
            ? w.letter
            : w.char;
  const { min, max } = piece;
  if (min === max) return `${min} ${noun[min === 1 ? 0 : 1]}`;
  if (max === Infinity) return min <= 1 ? `${w.oneOrMore} ${noun[1]}` : `${w.atLeast(min)} ${noun[1]}`;
  return `${w.upTo(min, max)} ${noun[1]}`;
}

function example(piece: Piece): string {
  if (piece.kind === 'text') return piece.text;
  if (piece.kind === 'choice') return piece.options[0];
  const char = piece.digits ? '0' : piece.upper ? 'A' : 'a';
  return char.repeat(Math.max(1, piece.min));
}

/** Reads the simple patterns Opgave's schemas use; null for anything else. */
function parsePattern(pattern: string): Piece[] | null {
  const source = pattern.replace(/^\^/, '').replace(/\$$/, '');
  const pieces: Piece[] = [];
  let i = 0;
  const pushText = (text: string) => {
    const last = pieces.at(-1);
    if (last?.kind === 'text') last.text += text;
    else pieces.push({ kind: 'text', text });
  };
  while (i < source.length) {
    const c = source[i];
    if (c === '[') {
      const end = source.indexOf(']', i);
      if (end < 0) return null;
      const set = parseSet(source.slice(i + 1, end));
      if (!set) return null;
      i = end + 1;
      const count = parseCount(source, i);
      if (!count) return null;
      i = count.next;
      pieces.push({ kind: 'set', ...set, min: count.min, max: count.max });
    } else if (c === '(') {
      const end = source.indexOf(')', i);
      if (end < 0) return null;
      const options = source
        .slice(i + 1, end)
        .replace(/^\?:/, '')
        .split('|');
      if (options.some((o) => !/^[\w -]+$/.test(o))) return null;
      i = end + 1;
      if (/^[?*+{]/.test(source.slice(i))) return null;
      pieces.push({ kind: 'choice', options });
    } else if (c === '\\') {
      const next = source[i + 1];
      if (next === undefined || /[dDwWsSbB0-9]/.test(next)) return null;
      i += 2;
      if (/^[?*+{]/.test(source.slice(i))) return null;
      pushText(next);
    } else if (/[.?*+{}|)\]]/.test(c)) {
      return null;
    } else {
      i += 1;
      if (/^[?*+{]/.test(source.slice(i))) return null;
      pushText(c);
    }
  }
  return pieces;
}

function parseSet(body: string): { digits: boolean; upper: boolean; lower: boolean } | null {
  const out = { digits: false, upper: false, lower: false };
  const rest = body
    .replace(/0-9/g, () => ((out.digits = true), ''))
    .replace(/A-Z/g, () => ((out.upper = true), ''))
    .replace(/a-z/g, () => ((out.lower = true), ''));
  return rest === '' && (out.digits || out.upper || out.lower) ? out : null;
}

function parseCount(source: string, i: number): { min: number; max: number; next: number } | null {
  const c = source[i];
  if (c === '+') return { min: 1, max: Infinity, next: i + 1 };
  if (c === '*' || c === '?') return null;
  if (c !== '{') return { min: 1, max: 1, next: i };
  const match = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
  if (!match) return null;
  const min = Number(match[1]);
  const max = match[2] === undefined ? min : match[3] === '' ? Infinity : Number(match[3]);
  return { min, max, next: i + match[0].length };
}
