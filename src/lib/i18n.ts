import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';

/** The languages of admin, leader and council pages: German and English. */
export type Lang = 'de' | 'en';
export const LANGS: readonly Lang[] = ['de', 'en'];

/** A feature's texts in both languages; the type makes sure neither language misses a key. */
export type Texts<T> = Record<Lang, T>;

export const isLang = (v: unknown): v is Lang => v === 'de' || v === 'en';

/** The cookie the language switch writes (see `rememberLanguage`) and every page reads. */
export const LANG_COOKIE = 'lang';
const LANG_COOKIE_SECONDS = 365 * 86_400;

/**
 * The languages staff read: everything a person who is asked sees (the survey, its status pages, mails, letters,
 * code slips) exists in each. Admin pages stay German and English (`Lang`), so this is a type of its own rather than
 * a wider `Lang`: widening would demand four more languages of every admin text.
 */
export type StaffLang = 'de' | 'en' | 'tr' | 'pl' | 'ru' | 'uk';
export const STAFF_LANGS: readonly StaffLang[] = ['de', 'en', 'tr', 'pl', 'ru', 'uk'];

/** Staff-facing texts in every staff language; the type makes sure no language misses a key. */
export type StaffTexts<T> = Record<StaffLang, T>;

export const isStaffLang = (v: unknown): v is StaffLang => typeof v === 'string' && (STAFF_LANGS as readonly string[]).includes(v);

/** Each language's name in itself, for the language switch. */
export const LANGUAGE_NAMES: StaffTexts<string> = {
  de: 'Deutsch',
  en: 'English',
  tr: 'Türkçe',
  pl: 'Polski',
  ru: 'Русский',
  uk: 'Українська',
};

/** The locale numbers and dates are written in. */
export const LOCALES: StaffTexts<string> = { de: 'de-DE', en: 'en-GB', tr: 'tr-TR', pl: 'pl-PL', ru: 'ru-RU', uk: 'uk-UA' };

/**
 * A staff reader's language: an explicit `?lang=`, then the `lang` cookie, then the given fallback (the language a
 * person was invited in), then the staff language Accept-Language prefers most, then German.
 */
export function pickStaffLang(c: Context, fallback?: StaffLang): StaffLang {
  const q = c.req.query('lang');
  if (isStaffLang(q)) return q;
  const cookie = getCookie(c, LANG_COOKIE);
  if (isStaffLang(cookie)) return cookie;
  if (fallback) return fallback;
  return preferred(c.req.header('accept-language'), isStaffLang) ?? 'de';
}

/** The admin language closest to a staff language: for pages that exist in German and English only. */
export const adminLangOf = (lang: StaffLang): Lang => (lang === 'en' ? 'en' : 'de');

/**
 * The reader's language: an explicit `?lang=`, then the `lang` cookie written by the switch, then `fallback` (a survey
 * invitation's language), then the best of Accept-Language by its q-values, then German (our first customers are
 * German).
 */
export function pickLang(c: Context, fallback?: Lang): Lang {
  const q = c.req.query('lang');
  if (isLang(q)) return q;
  const cookie = getCookie(c, LANG_COOKIE);
  if (isLang(cookie)) return cookie;
  if (fallback) return fallback;
  return acceptedLang(c.req.header('accept-language')) ?? 'de';
}

/**
 * The supported language the header prefers most: `en-US,en;q=0.9,de;q=0.8` → en, `fr-CH, fr;q=0.9, de;q=0.7` → de.
 * A range with q=0 is refused; equal weights keep the header's order; `*` names no language of ours. Null when the
 * header names none we have.
 */
export function acceptedLang(header: string | undefined): Lang | null {
  return preferred(header, isLang);
}

/** The language of `accept`'s set (admin or staff languages) that the header prefers most. */
function preferred<T extends string>(header: string | undefined, accept: (v: unknown) => v is T): T | null {
  if (!header) return null;
  const ranges = header.split(',').flatMap((part, order) => {
    const [tag, ...params] = part.trim().split(';');
    const qParam = params.map((p) => p.trim()).find((p) => /^q=/i.test(p));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    const lang = tag.trim().slice(0, 2).toLowerCase();
    return Number.isFinite(q) && q > 0 && q <= 1 && accept(lang) && /^[a-z]{2}(-|$)/i.test(tag.trim()) ? [{ lang, q, order }] : [];
  });
  ranges.sort((a, b) => b.q - a.q || a.order - b.order);
  return ranges[0]?.lang ?? null;
}

/**
 * The language switch persists: a page opened with `?lang=` (the switch's links, and links that carry the
 * reader's language) stores it in the `lang` cookie, so the next page speaks it too, for admins, leaders and staff
 * alike. Only pages (GET, outside /api/): an export asked for in the other language does not switch the reader.
 */
export function rememberLanguage(secure: boolean): MiddlewareHandler {
  return async (c, next) => {
    const wanted = c.req.query('lang');
    if (c.req.method === 'GET' && isStaffLang(wanted) && !c.req.path.startsWith('/api/') && getCookie(c, LANG_COOKIE) !== wanted) {
      setCookie(c, LANG_COOKIE, wanted, { path: '/', maxAge: LANG_COOKIE_SECONDS, sameSite: 'Lax', httpOnly: true, secure });
    }
    await next();
  };
}

/** Numbers as the reader writes them, with a real minus sign (U+2212) and never a "−0". */
export function formatNumber(lang: StaffLang, value: number, digits = 0): string {
  const text = new Intl.NumberFormat(LOCALES[lang], {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: 'negative',
  }).format(value);
  return text.replace(/^-/, '\u2212');
}

/** A range in words: "1,8 bis 2,7", "1.8 to 2.7". A hyphen or dash beside a minus sign reads as one. */
export const formatRange = (lang: Lang, low: string, high: string) => `${low} ${lang === 'de' ? 'bis' : 'to'} ${high}`;

/**
 * How a moment is written, e.g. in German: `dateTime` "06.11.2026, 09:00", `date` "06.11.2026", `long`
 * "6. November 2026", `longTime` "6. November 2026 um 09:00", `weekdayTime` "Fr., 6. Nov. 2026, 09:00", `dayMonth`
 * "06.11." (a chart axis on a phone).
 */
export type DateStyle = 'dateTime' | 'date' | 'long' | 'longTime' | 'weekdayTime' | 'dayMonth' | 'closingParts';

const DATE_STYLES: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
  date: { dateStyle: 'medium' },
  long: { dateStyle: 'long' },
  longTime: { dateStyle: 'long', timeStyle: 'short' },
  weekdayTime: { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' },
  dayMonth: { day: '2-digit', month: '2-digit' },
  /** For assembling from parts (`dateFormat(…).formatToParts`): the mails' closing time, the same words on every ICU. */
  closingParts: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
};

/** Building a format costs far more than using one (a wave renders 100,000 mails): one per language, style and zone. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** The format of a style, built once per language, style and zone. */
export function dateFormat(lang: StaffLang, style: DateStyle, timeZone = 'Europe/Berlin'): Intl.DateTimeFormat {
  const key = `${lang}/${style}/${timeZone}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(LOCALES[lang], { ...DATE_STYLES[style], timeZone })));
  return format;
}

/** Every date and time Puls shows, in the reader's locale; Berlin time unless another zone is given. */
export function formatDate(lang: StaffLang, ms: number, style: DateStyle = 'dateTime', timeZone = 'Europe/Berlin'): string {
  const text = dateFormat(lang, style, timeZone).format(new Date(ms));
  // German writes a day and month as "24.10.", with the closing point some engines leave off.
  return style === 'dayMonth' && lang === 'de' && !text.endsWith('.') ? `${text}.` : text;
}

/** A calendar day ("2026-10-14") as written, with no time zone shift: "14.10.2026" / "14 Oct 2026". */
export const formatDay = (lang: StaffLang, day: string): string => formatDate(lang, Date.parse(`${day}T00:00:00Z`), 'date', 'UTC');

const pluralRules = new Map<StaffLang, Intl.PluralRules>();

/** The form of a word for a count, by the language's plural rules (Polish, Russian and Ukrainian have three). */
export function plural(lang: StaffLang, n: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }): string {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(LOCALES[lang])));
  return forms[rules.select(n)] ?? forms.other;
}
