import { en, nl, type Messages } from './messages';

/** A language of the pages. */
export type Lang = 'nl' | 'en';

/** The key under which the reader's language is stored. */
export const LANG_STORAGE_KEY = 'opgave-lang';

/** The language in use; Dutch until the browser has read the URL or the stored choice. */
export const i18n = $state<{ lang: Lang }>({ lang: 'nl' });

/**
 * The dictionary of a language.
 * @param lang the language
 * @returns every UI string
 * @example messages('en').nav.regio // 'Region'
 */
export function messages(lang: Lang): Messages {
  return lang === 'en' ? en : nl;
}

/**
 * The language a URL asks for (`?lang=en`), else `fallback`.
 * @param url the page's URL
 * @param fallback the stored choice or Dutch
 * @returns the language
 * @example langFromUrl(new URL('https://x/?lang=en')) // 'en'
 */
export function langFromUrl(url: URL, fallback: Lang = 'nl'): Lang {
  const lang = url.searchParams.get('lang');
  return lang === 'en' || lang === 'nl' ? lang : fallback;
}

/**
 * Number formats of a language: FTE and percentages with one decimal, counts whole.
 * @param lang the language
 * @returns formatters
 * @example numberFormats('nl').fte(1234.56) // '1.234,6'
 */
export function numberFormats(lang: Lang): NumberFormats {
  // Kept per language: every table and chart asks for them, and each Intl.NumberFormat costs the page
  // about a millisecond to build.
  return (formatsByLang[lang] ??= buildNumberFormats(lang));
}

/** The formatters {@link numberFormats} returns. */
export type NumberFormats = ReturnType<typeof buildNumberFormats>;

// A plain cache, not state: nothing on the page depends on when it is filled.
const formatsByLang: Partial<Record<Lang, NumberFormats>> = {};

function buildNumberFormats(lang: Lang) {
  const locale = lang === 'en' ? 'en-GB' : 'nl-NL';
  const one = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const change = new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  const minus = (s: string) => s.replace('-', '−');
  let dates: Intl.DateTimeFormat | undefined;
  return {
    fte: (v: number) => minus(one.format(v)),
    pct: (v: number) => `${minus(one.format(v))}%`,
    count: (v: number) => minus(whole.format(v)),
    /** The relative change from `before` to `now` ("+3,2%"), or "–" when there is no `before`. */
    change: (now: number, before: number | undefined) =>
      before === undefined || before === 0 || !Number.isFinite(before)
        ? '–'
        : minus(change.format(now / before - 1)),
    /** A date written out ("28 november 2026" / "28 November 2026"). */
    date: (d: Date) => (dates ??= new Intl.DateTimeFormat(locale, { dateStyle: 'long' })).format(d),
  };
}
