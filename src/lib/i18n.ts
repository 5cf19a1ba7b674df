import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';

export type Lang = 'de' | 'en';
export const LANGS: readonly Lang[] = ['de', 'en'];

/** A feature's texts in both languages; the type makes sure neither language misses a key. */
export type Texts<T> = Record<Lang, T>;

export const isLang = (v: unknown): v is Lang => v === 'de' || v === 'en';

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

export function formatNumber(lang: Lang, value: number, digits = 0): string {
  return new Intl.NumberFormat(lang === 'de' ? 'de-DE' : 'en-GB', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

export function formatDate(lang: Lang, ms: number, timeZone = 'Europe/Berlin'): string {
  return new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(ms));
}
