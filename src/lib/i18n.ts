import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';

/** The languages of admin, leader and council pages: German and English. */
export type Lang = 'de' | 'en';
export const LANGS: readonly Lang[] = ['de', 'en'];

/** A feature's texts in both languages; the type makes sure neither language misses a key. */
export type Texts<T> = Record<Lang, T>;

export const isLang = (v: unknown): v is Lang => v === 'de' || v === 'en';

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
 * person was invited in), then the first staff language of Accept-Language, then German.
 */
export function pickStaffLang(c: Context, fallback?: StaffLang): StaffLang {
  const q = c.req.query('lang');
  if (isStaffLang(q)) return q;
  const cookie = getCookie(c, 'lang');
  if (isStaffLang(cookie)) return cookie;
  if (fallback) return fallback;
  const accept = c.req.header('accept-language') ?? '';
  for (const part of accept.split(',')) {
    const tag = part.split(';')[0].trim().slice(0, 2).toLowerCase();
    if (isStaffLang(tag)) return tag;
  }
  return 'de';
}

/** The admin language closest to a staff language: for pages that exist in German and English only. */
export const adminLangOf = (lang: StaffLang): Lang => (lang === 'en' ? 'en' : 'de');

/**
 * The reader's language: an explicit `?lang=`, then the `lang` cookie set by the switch, then Accept-Language,
 * then German (our first customers are German).
 */
export function pickLang(c: Context, fallback?: Lang): Lang {
  const q = c.req.query('lang');
  if (isLang(q)) return q;
  const cookie = getCookie(c, 'lang');
  if (isLang(cookie)) return cookie;
  if (fallback) return fallback;
  const accept = c.req.header('accept-language') ?? '';
  const first = accept.split(',')[0]?.trim().slice(0, 2).toLowerCase();
  return first === 'en' ? 'en' : 'de';
}

export function formatNumber(lang: StaffLang, value: number, digits = 0): string {
  return new Intl.NumberFormat(LOCALES[lang], {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

export function formatDate(lang: StaffLang, ms: number, timeZone = 'Europe/Berlin'): string {
  return new Intl.DateTimeFormat(LOCALES[lang], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(ms));
}

const pluralRules = new Map<StaffLang, Intl.PluralRules>();

/** The form of a word for a count, by the language's plural rules (Polish, Russian and Ukrainian have three). */
export function plural(lang: StaffLang, n: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }): string {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(LOCALES[lang])));
  return forms[rules.select(n)] ?? forms.other;
}
