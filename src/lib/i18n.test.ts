import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { acceptedLang, formatDate, formatDay, formatNumber, formatRange, pickLang, rememberLanguage } from './i18n';

describe('the reader language', () => {
  it('takes the Accept-Language range with the highest q-value that we speak', () => {
    expect(acceptedLang('en-US,en;q=0.9,de;q=0.8')).toBe('en');
    expect(acceptedLang('fr-CH, fr;q=0.9, de;q=0.7, en;q=0.5')).toBe('de');
    expect(acceptedLang('de;q=0.3, en;q=0.8')).toBe('en');
    expect(acceptedLang('en;q=0, de;q=0.1')).toBe('de');
    expect(acceptedLang('de-AT')).toBe('de');
    expect(acceptedLang('*, en;q=0.5')).toBe('en');
    expect(acceptedLang('fr, it')).toBeNull();
    expect(acceptedLang('dex, engl')).toBeNull();
    expect(acceptedLang(undefined)).toBeNull();
  });

  it('remembers a ?lang= of a page in the cookie, which the next page reads; the API and posts write nothing', async () => {
    const app = new Hono();
    app.use('*', rememberLanguage(false));
    app.get('/page', (c) => c.text(pickLang(c)));
    app.get('/api/v1/x', (c) => c.text(pickLang(c)));
    app.post('/page', (c) => c.text(pickLang(c)));
    const switched = await app.request('/page?lang=en', { headers: { 'accept-language': 'de' } });
    expect(await switched.text()).toBe('en');
    const cookie = switched.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^lang=en; Max-Age=31536000; Path=\/; HttpOnly; SameSite=Lax$/);
    expect(await (await app.request('/page', { headers: { cookie: 'lang=en', 'accept-language': 'de' } })).text()).toBe('en');
    expect((await app.request('/page?lang=en', { headers: { cookie: 'lang=en' } })).headers.get('set-cookie')).toBeNull();
    expect((await app.request('/api/v1/x?lang=en')).headers.get('set-cookie')).toBeNull();
    expect((await app.request('/page?lang=en', { method: 'POST' })).headers.get('set-cookie')).toBeNull();
    expect((await app.request('/page?lang=fr')).headers.get('set-cookie')).toBeNull();
  });

  it('writes numbers with a real minus sign, never −0, and ranges with words', () => {
    expect(formatNumber('de', -12.345, 1)).toBe('\u221212,3');
    expect(formatNumber('en', -0.3)).toBe('0');
    expect(formatNumber('de', 1234.5, 1)).toBe('1.234,5');
    expect(formatRange('de', '−5', '70')).toBe('−5 bis 70');
    expect(formatRange('en', '1.8', '2.7')).toBe('1.8 to 2.7');
  });
});

describe('dates', () => {
  // 6 November 2026, 08:00 UTC: 09:00 in Berlin (winter time).
  const moment = Date.UTC(2026, 10, 6, 8, 0);

  it('writes a moment in Berlin time in each style, in German and English', () => {
    expect(formatDate('de', moment)).toBe('06.11.2026, 09:00');
    expect(formatDate('de', moment, 'date')).toBe('06.11.2026');
    expect(formatDate('de', moment, 'long')).toBe('6. November 2026');
    expect(formatDate('de', moment, 'dayMonth')).toBe('06.11.');
    expect(formatDate('en', moment, 'date')).toBe('6 Nov 2026');
    expect(formatDate('en', moment, 'long')).toBe('6 November 2026');
    expect(formatDate('en', moment, 'dateTime', 'America/New_York')).toBe('6 Nov 2026, 03:00');
  });

  it('writes a calendar day without shifting it into another day', () => {
    expect(formatDay('de', '2026-10-14')).toBe('14.10.2026');
    expect(formatDay('en', '2026-01-01')).toBe('1 Jan 2026');
  });
});
