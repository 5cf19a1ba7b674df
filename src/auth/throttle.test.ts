import { describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, CLIENT_HEADER, ORIGIN, TEST_SEAL_KEY, testDeps } from '../../test/support/deps';
import { sealedAnswers, throttles } from '../db/schema';
import { fullAnswers, insertWave, invite } from '../survey/testing';
import { THROTTLE_RULES } from './throttle';

type Setup = Awaited<ReturnType<typeof testDeps>>;

const from = (address: string, extra: Record<string, string> = {}) => ({ [CLIENT_HEADER]: address, ...extra });
const bearer = (s: Setup, token: string, address: string) =>
  s.app.request('/api/v1/teams', { headers: from(address, { authorization: `Bearer ${token}` }) });
const WINDOW = THROTTLE_RULES.admin.windowMs;

describe('wrong admin tokens (finding 5)', () => {
  it('refuses an address with 429 and Retry-After after 10 wrong tokens, even the right one, until the window ends', async () => {
    const s = await testDeps();
    for (let i = 0; i < 10; i++) expect((await bearer(s, `guess-${i}-0123456789abcdef`, '203.0.113.5')).status).toBe(401);
    const blocked = await bearer(s, ADMIN_TOKEN, '203.0.113.5');
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get('retry-after')).toBe(String(WINDOW / 1000));
    expect(await blocked.json()).toEqual({
      error: {
        code: 'TOO_MANY_REQUESTS',
        message: `too many failed attempts; try again in ${WINDOW / 1000} s`,
        details: [{ code: 'too_many_attempts', retryAfterSeconds: WINDOW / 1000 }],
      },
    });
    // The sign-in form counts against the same address, and says so in the reader's language.
    const form = await s.app.request('/login', {
      method: 'POST',
      headers: from('203.0.113.5', { origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' }),
      body: `token=${ADMIN_TOKEN}`,
    });
    expect(form.status).toBe(429);
    expect(await form.text()).toContain('Zu viele Fehlversuche.');
    // Another address is not affected; the blocked one may try again when the window is over.
    expect((await bearer(s, ADMIN_TOKEN, '198.51.100.9')).status).toBe(200);
    s.clock.advance(WINDOW - 60_000);
    expect((await bearer(s, ADMIN_TOKEN, '203.0.113.5')).headers.get('retry-after')).toBe('60');
    s.clock.advance(60_000);
    expect((await bearer(s, ADMIN_TOKEN, '203.0.113.5')).status).toBe(200);
  });

  it('bounds guesses spread over many addresses: 100 in a window for the whole deployment', async () => {
    const s = await testDeps();
    for (let i = 0; i < 100; i++) expect((await bearer(s, 'wrong-token-0123456789', `10.0.${i >> 8}.${i & 255}`)).status).toBe(401);
    expect((await bearer(s, 'wrong-token-0123456789', '10.1.0.1')).status).toBe(429);
    expect((await bearer(s, ADMIN_TOKEN, '10.1.0.2')).status).toBe(429);
  });

  it('counts one IPv6 /64 as one address, so a subscriber cannot rotate through its own addresses', async () => {
    const s = await testDeps();
    for (let i = 0; i < 10; i++) expect((await bearer(s, 'wrong-token-0123456789', `2001:db8:1:2::${i.toString(16)}`)).status).toBe(401);
    expect((await bearer(s, ADMIN_TOKEN, '2001:db8:1:2:ffff::1')).status).toBe(429);
    expect((await bearer(s, ADMIN_TOKEN, '2001:db8:1:3::1')).status).toBe(200);
  });
});

describe('guessed links (finding 5)', () => {
  it('refuses an address after 20 unknown sign-in links, and a real link from it too', async () => {
    const s = await testDeps();
    const guess = (i: number) => s.app.request(`/login/${'A'.repeat(42)}${i % 10}`, { headers: from('203.0.113.7') });
    for (let i = 0; i < 20; i++) expect((await guess(i)).status).toBe(404);
    const blocked = await guess(99);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBe(THROTTLE_RULES['login-link'].windowMs / 1000);
  });

  it('refuses an address after 30 unknown survey links, while real links from other addresses work', async () => {
    const s = await testDeps();
    const wave = await insertWave(s.deps);
    const real = await invite(s.deps, wave.id);
    for (let i = 0; i < 30; i++) {
      expect((await s.app.request(`/s/${String(i).padStart(43, 'x')}`, { headers: from('203.0.113.8') })).status).toBe(404);
    }
    const page = await s.app.request(`/s/${real.token}`, { headers: from('203.0.113.8', { 'accept-language': 'en' }) });
    expect(page.status).toBe(429);
    expect(await page.text()).toContain('Too many failed attempts.');
    const api = await s.app.request(`/api/v1/survey/${real.token}`, { headers: from('203.0.113.8') });
    expect(api.status).toBe(429);
    expect((await s.app.request(`/s/${real.token}`, { headers: from('198.51.100.20') })).status).toBe(200);
  });

  it('never counts a used or closed link, nor records anything when a survey is answered', async () => {
    const s = await testDeps();
    const wave = await insertWave(s.deps);
    const inv = await invite(s.deps, wave.id);
    const post = () =>
      s.app.request(`/s/${inv.token}`, {
        method: 'POST',
        headers: from('203.0.113.9', { origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' }),
        body: new URLSearchParams(Object.entries(fullAnswers()).map(([k, v]) => [k, String(v)])),
      });
    expect((await post()).status).toBe(303);
    expect(await s.deps.db.select().from(sealedAnswers)).toHaveLength(1);
    expect(await s.deps.db.select().from(throttles)).toEqual([]);
    for (let i = 0; i < 40; i++) expect((await post()).status).toBe(409);
    expect(await s.deps.db.select().from(throttles)).toEqual([]);
  });
});

describe('sign-in mail requests (finding 5)', () => {
  const ask = (s: Setup, email: string, address: string) =>
    s.app.request('/login/email', {
      method: 'POST',
      headers: from(address, { origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' }),
      body: new URLSearchParams({ email }),
    });

  it('allows 10 requests an address and 10 an email in a window, known or not', async () => {
    const s = await testDeps();
    for (let i = 0; i < 10; i++) expect((await ask(s, `jemand${i}@muster.de`, '203.0.113.10')).status).toBe(200);
    expect((await ask(s, 'noch.jemand@muster.de', '203.0.113.10')).status).toBe(429);
    for (let i = 0; i < 10; i++) expect((await ask(s, 'ziel@muster.de', `192.0.2.${100 + i}`)).status).toBe(200);
    expect((await ask(s, 'ziel@muster.de', '192.0.2.200')).status).toBe(429);
    await s.settled();
  });
});

describe('what the throttle stores', () => {
  it('keeps keyed hashes only: no address, email or token, and nothing a database copy could test guesses against', async () => {
    const s = await testDeps();
    await bearer(s, 'wrong-token-0123456789', '203.0.113.77');
    await s.app.request('/login/email', {
      method: 'POST',
      headers: from('203.0.113.77', { origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' }),
      body: 'email=geheim%40muster.de',
    });
    await s.settled();
    const rows = await s.deps.db.select().from(throttles);
    expect(rows).toHaveLength(4);
    const dump = JSON.stringify(rows);
    for (const secret of ['203.0.113.77', 'geheim', 'muster.de', 'wrong-token', TEST_SEAL_KEY]) expect(dump).not.toContain(secret);
    for (const row of rows) expect(row.key).toMatch(/^[\w-]{43}$/);
  });
});
