import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';

export type Lang = 'de' | 'en';
export const LANGS: readonly Lang[] = ['de', 'en'];

/** A feature's texts in both languages; the type makes sure neither language misses a key. */
export type Texts<T> = Record<Lang, T>;

export const isLang = (v: unknown): v is Lang => v === 'de' || v === 'en';

/** The cookie the language switch writes (see `rememberLanguage`) and every page reads. */
export const LANG_COOKIE = 'lang';
const LANG_COOKIE_SECONDS = 365 * 86_400;

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
  if (!header) return null;
  const ranges = header.split(',').flatMap((part, order) => {
    const [tag, ...params] = part.trim().split(';');
    const qParam = params.map((p) => p.trim()).find((p) => /^q=/i.test(p));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    const lang = tag.trim().slice(0, 2).toLowerCase();
    return Number.isFinite(q) && q > 0 && q <= 1 && isLang(lang) && /^[a-z]{2}(-|$)/i.test(tag.trim()) ? [{ lang, q, order }] : [];
  });
  ranges.sort((a, b) => b.q - a.q || a.order - b.order);
  return ranges[0]?.lang ?? null;
}

/**
 * The language switch persists: a page opened with `?lang=de|en` (the switch's links, and links that carry the
 * reader's language) stores it in the `lang` cookie, so the next page speaks it too, for admins, leaders and staff
 * alike. Only pages (GET, outside /api/): an export asked for in the other language does not switch the reader.
 */
export function rememberLanguage(secure: boolean): MiddlewareHandler {
  return async (c, next) => {
    const wanted = c.req.query('lang');
    if (c.req.method === 'GET' && isLang(wanted) && !c.req.path.startsWith('/api/') && getCookie(c, LANG_COOKIE) !== wanted) {
      setCookie(c, LANG_COOKIE, wanted, { path: '/', maxAge: LANG_COOKIE_SECONDS, sameSite: 'Lax', httpOnly: true, secure });
    }
    await next();
  };
}

/** Numbers as the reader writes them, with a real minus sign (U+2212) and never a "−0". */
export function formatNumber(lang: Lang, value: number, digits = 0): string {
  const text = new Intl.NumberFormat(lang === 'de' ? 'de-DE' : 'en-GB', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: 'negative',
  }).format(value);
  return text.replace(/^-/, '\u2212');
}

/** A range in words: "1,8 bis 2,7", "1.8 to 2.7". A hyphen or dash beside a minus sign reads as one. */
export const formatRange = (lang: Lang, low: string, high: string) => `${low} ${lang === 'de' ? 'bis' : 'to'} ${high}`;

export function formatDate(lang: Lang, ms: number, timeZone = 'Europe/Berlin'): string {
  return new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(ms));
}
