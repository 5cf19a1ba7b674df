import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminHeaders, CLIENT_HEADER, T0, testDeps } from '../../test/support/deps';
import { startFakeResend, type FakeResend } from '../../test/support/fake-resend';
import { ResendMailer } from '../mail/resend';
import { loginLinks, messages, sessions, users } from '../db/schema';
import { sha256 } from '../lib/crypto';
import { linkToken } from '../lib/keys';
import { LINK_INTERVAL_MS, LOGIN_LINK_MS } from './login-link';
import { addUser } from '../users/users.service';
import { insertTree, mailedLoginToken, readJson } from './testing';

type Setup = Awaited<ReturnType<typeof testDeps>>;

const LEADER = 'leiterin@muster.de';

async function setup(env?: Record<string, string>) {
  const s = await testDeps({ env });
  await insertTree(s.deps);
  const res = await s.app.request('/api/v1/leaders', {
    method: 'POST',
    headers: adminHeaders({ 'content-type': 'application/json' }),
    body: JSON.stringify({ email: LEADER, teamId: 'nord' }),
  });
  expect(res.status).toBe(201);
  // Adding her mailed a welcome with a link of its own (users.routes.test.ts); these tests start after it.
  await s.settled();
  expect(s.outbox.entries.map((m) => m.key.split('/')[0])).toEqual(['welcome']);
  s.outbox.entries.splice(0);
  await s.deps.db.delete(loginLinks);
  await s.deps.db.delete(messages);
  return s;
}

/** Asks for a link as the sign-in form does, then waits for the work done after the response (link and mail). */
async function askForLink(s: Setup, email: string, lang?: 'de' | 'en') {
  const res = await s.app.request(`/login/email${lang ? `?lang=${lang}` : ''}`, {
    method: 'POST',
    headers: { origin: new URL(s.deps.config.publicUrl).origin },
    body: new URLSearchParams({ email }),
  });
  await s.settled();
  return res;
}

const openLink = (s: Setup, token: string, lang?: string) => s.app.request(`/login/${token}${lang ? `?lang=${lang}` : ''}`);
const useLink = (s: Setup, token: string) =>
  s.app.request(`/login/${token}`, { method: 'POST', headers: { origin: new URL(s.deps.config.publicUrl).origin } });

describe('magic-link sign-in', () => {
  it('mails a link that a GET only shows, a POST uses once, and that signs a leader in to /results', async () => {
    const s = await setup();
    const asked = await askForLink(s, LEADER);
    expect(asked.status).toBe(200);
    expect(await asked.text()).toContain('Falls diese Adresse sich anmelden darf, ist ein Anmeldelink unterwegs.');

    expect(s.outbox.entries).toHaveLength(1);
    const [mail] = s.outbox.entries;
    expect(mail).toMatchObject({ to: LEADER, subject: 'Ihr Anmeldelink für Puls' });
    const token = mailedLoginToken(s.outbox, LEADER)!;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);

    // Only the hash is stored, and the token is the one derived from the link's id.
    const [link] = await s.deps.db.select().from(loginLinks);
    expect(link).toMatchObject({ used: false, expiresAt: T0 + LOGIN_LINK_MS, tokenHash: sha256(token) });
    expect(linkToken(s.deps.keys, 'login', link.id)).toBe(token);
    const [message] = await s.deps.db.select().from(messages);
    expect(message).toMatchObject({ kind: 'login', loginId: link.id, status: 'sent', idempotencyKey: `login/${link.id}` });

    // A mail scanner's GET, twice: a confirm page, nothing used, no session.
    for (let i = 0; i < 2; i++) {
      const page = await openLink(s, token);
      expect(page.status).toBe(200);
      expect(page.headers.get('cache-control')).toBe('no-store');
      expect(page.headers.get('set-cookie')).toBeNull();
      const body = await page.text();
      expect(body).toContain(`<form method="post" action="/login/${token}?lang=de"`);
      expect(body).toContain('Jetzt anmelden');
    }
    expect((await s.deps.db.select().from(loginLinks))[0].used).toBe(false);
    expect(await s.deps.db.select().from(sessions)).toEqual([]);

    const signedIn = await useLink(s, token);
    expect(signedIn.status).toBe(303);
    expect(signedIn.headers.get('location')).toBe('/results');
    const cookie = signedIn.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^puls_session=[\w-]{43}; Max-Age=43200; Path=\/; HttpOnly; SameSite=Lax$/);

    const [user] = await s.deps.db.select().from(users).where(eq(users.email, LEADER));
    const [session] = await s.deps.db.select().from(sessions);
    expect(session).toMatchObject({ userId: user.id, role: 'leader', teamId: 'nord', expiresAt: T0 + 12 * 3600_000 });
    expect(session.idHash).toBe(sha256(cookie.split(';')[0].split('=')[1]));

    const again = await useLink(s, token);
    expect(again.status).toBe(409);
    expect(again.headers.get('set-cookie')).toBeNull();
    expect(await again.text()).toContain('Dieser Anmeldelink wurde bereits verwendet.');
    expect((await openLink(s, token)).status).toBe(409);
    expect(await s.deps.db.select().from(sessions)).toHaveLength(1);
  });

  it('signs an admin in to /admin, where the session works', async () => {
    const s = await setup();
    // Added directly: through the API a new admin waits for a second person (approvals.routes.test.ts).
    await addUser(s.deps, { email: 'chefin@muster.de', role: 'admin' });
    await askForLink(s, 'chefin@muster.de');
    const res = await useLink(s, mailedLoginToken(s.outbox, 'chefin@muster.de')!);
    expect(res.headers.get('location')).toBe('/admin');
    const cookie = res.headers.get('set-cookie')!.split(';')[0];
    const admin = await s.app.request('/admin', { headers: { cookie } });
    expect(admin.status).toBe(200);
    expect(await admin.text()).toContain('Befragungswellen');
  });

  it('sets Secure on the cookie and mails an https link when PUBLIC_URL is https', async () => {
    const s = await setup({ PUBLIC_URL: 'https://puls.example.com' });
    await askForLink(s, LEADER);
    expect(s.outbox.entries[0].text).toContain('https://puls.example.com/login/');
    const token = mailedLoginToken(s.outbox, LEADER, 'https://puls.example.com')!;
    const res = await useLink(s, token);
    expect(res.headers.get('set-cookie')).toMatch(/; Path=\/; HttpOnly; Secure; SameSite=Lax$/);
  });

  it('lets exactly one of two simultaneous POSTs sign in', async () => {
    const s = await setup();
    await askForLink(s, LEADER);
    const token = mailedLoginToken(s.outbox, LEADER)!;
    const results = await Promise.all([useLink(s, token), useLink(s, token)]);
    expect(results.map((r) => r.status).sort()).toEqual([303, 409]);
    expect(await s.deps.db.select().from(sessions)).toHaveLength(1);
  });

  it('expires after 15 minutes with 410, in the reader language', async () => {
    const s = await setup();
    await askForLink(s, LEADER);
    const token = mailedLoginToken(s.outbox, LEADER)!;
    s.clock.advance(LOGIN_LINK_MS - 1);
    expect((await openLink(s, token)).status).toBe(200);

    s.clock.advance(1);
    const page = await openLink(s, token, 'en');
    expect(page.status).toBe(410);
    expect(await page.text()).toContain('This sign-in link has expired or was replaced by a newer one.');
    const post = await useLink(s, token);
    expect(post.status).toBe(410);
    expect(post.headers.get('set-cookie')).toBeNull();
    expect(await post.text()).toContain('Dieser Anmeldelink ist abgelaufen');
    expect(await s.deps.db.select().from(sessions)).toEqual([]);
  });

  it('answers unknown addresses with the very same page and creates and sends nothing', async () => {
    const s = await setup();
    const unknown = await askForLink(s, 'niemand@muster.de');
    expect(unknown.status).toBe(200);
    const unknownBody = await unknown.text();
    expect(s.outbox.entries).toEqual([]);
    expect(await s.deps.db.select().from(loginLinks)).toEqual([]);
    expect(await s.deps.db.select().from(messages)).toEqual([]);

    // The known address, typed in other case and with spaces, gets a mail and the identical answer.
    const known = await askForLink(s, '  LeiterIn@Muster.DE ');
    expect(await known.text()).toBe(unknownBody);
    expect(s.outbox.entries.map((m) => m.to)).toEqual([LEADER]);

    const english = await askForLink(s, 'nobody@example.com', 'en');
    expect(await english.text()).toContain('If this address may sign in, a link is on its way.');
  });

  it('refuses a malformed address with 422 on the sign-in page, mailing nothing', async () => {
    const s = await setup();
    const res = await askForLink(s, 'leiterin', 'en');
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Please enter a complete email address.');
    expect(s.outbox.entries).toEqual([]);
  });

  it('sends at most one link per address a minute, silently', async () => {
    const s = await setup();
    await askForLink(s, LEADER);
    s.clock.advance(LINK_INTERVAL_MS - 1);
    const extra = await askForLink(s, LEADER);
    expect(extra.status).toBe(200);
    expect(await extra.text()).toContain('ist ein Anmeldelink unterwegs');
    expect(s.outbox.entries).toHaveLength(1);
    expect(await s.deps.db.select().from(loginLinks)).toHaveLength(1);

    s.clock.advance(1);
    await askForLink(s, LEADER);
    expect(s.outbox.entries).toHaveLength(2);
    // Both links work: the newer one does not cancel the older while fewer than five are alive.
    const first = /\/login\/([\w-]+)/.exec(s.outbox.entries[0].text)![1];
    expect((await openLink(s, first)).status).toBe(200);
  });

  it('keeps at most five unused links alive: a sixth expires the oldest', async () => {
    const s = await setup();
    const tokens: string[] = [];
    for (let i = 0; i < 6; i++) {
      await askForLink(s, LEADER);
      tokens.push(mailedLoginToken(s.outbox, LEADER)!);
      s.clock.advance(LINK_INTERVAL_MS);
    }
    expect(new Set(tokens).size).toBe(6);
    const statuses = await Promise.all(tokens.map(async (t) => (await openLink(s, t)).status));
    expect(statuses).toEqual([410, 200, 200, 200, 200, 200]);
  });

  it('mails in the person language and shows their confirm page in it', async () => {
    const s = await setup();
    await s.app.request('/api/v1/leaders', {
      method: 'POST',
      headers: adminHeaders({ 'content-type': 'application/json' }),
      body: JSON.stringify({ email: 'lead@muster.de', teamId: 'sued', language: 'en' }),
    });
    await askForLink(s, 'lead@muster.de');
    expect(s.outbox.entries.map((m) => m.subject)).toEqual(['Your access to Puls (Muster GmbH)', 'Your sign-in link for Puls']);
    const page = await openLink(s, mailedLoginToken(s.outbox, 'lead@muster.de')!);
    expect(await page.text()).toContain('Confirm to sign in on this device.');
  });

  it('answers unknown, odd and withdrawn links with 404, never a 500', async () => {
    const s = await setup();
    expect((await openLink(s, 'A'.repeat(43))).status).toBe(404);
    expect((await useLink(s, 'A'.repeat(43))).status).toBe(404);
    expect((await openLink(s, 'x'.repeat(400))).status).toBe(404);
    const unknown = await openLink(s, 'nope', 'en');
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain('We do not know this sign-in link.');

    await askForLink(s, LEADER);
    const token = mailedLoginToken(s.outbox, LEADER)!;
    const [leader] = await readJson<{ id: string }[]>(s.app.request('/api/v1/leaders', { headers: adminHeaders() }));
    expect((await s.app.request(`/api/v1/leaders/${leader.id}`, { method: 'DELETE', headers: adminHeaders() })).status).toBe(204);
    expect((await useLink(s, token)).status).toBe(404);
    expect(await s.deps.db.select().from(sessions)).toEqual([]);
  });
});

describe('answering sign-in requests alike (finding 6)', () => {
  let resend: FakeResend;
  beforeAll(async () => {
    // A provider that takes 80 ms per call, paced at two calls a second as in production.
    resend = await startFakeResend({ latencyMs: 80 });
  });
  afterAll(async () => {
    await resend?.close();
  });

  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

  it('takes as long for a known address as for an unknown one, and never waits for the mail provider', async () => {
    const mailer = new ResendMailer({ apiKey: 're_test', from: 'Puls <puls@muster.de>', baseUrl: resend.url, minIntervalMs: 500 });
    const s = await testDeps({ mailer });
    await insertTree(s.deps);
    const known: string[] = [];
    for (let i = 0; i < 12; i++) {
      const email = `leitung${i}@muster.de`;
      known.push(email);
      await s.app.request('/api/v1/leaders', { method: 'POST', headers: adminHeaders({ 'content-type': 'application/json' }), body: JSON.stringify({ email, teamId: 'nord' }) });
    }
    const ask = async (email: string, i: number) => {
      const started = performance.now();
      const res = await s.app.request('/login/email', {
        method: 'POST',
        headers: { origin: 'http://puls.test', 'content-type': 'application/x-www-form-urlencoded', [CLIENT_HEADER]: `10.9.0.${i}` },
        body: new URLSearchParams({ email }),
      });
      const body = await res.text();
      return { ms: performance.now() - started, status: res.status, body };
    };
    // The provider answers nothing until released: a request that waited for it would never come back.
    const release = resend.hold();
    await ask('warmup@muster.de', 200);
    const times = { known: [] as number[], unknown: [] as number[] };
    let page = '';
    for (let i = 0; i < 12; i++) {
      const k = await ask(known[i], i);
      const u = await ask(`fremd${i}@muster.de`, 100 + i);
      expect([k.status, u.status]).toEqual([200, 200]);
      expect(k.body).toBe(u.body);
      page = k.body;
      times.known.push(k.ms);
      times.unknown.push(u.ms);
    }
    expect(page).toContain('ist ein Anmeldelink unterwegs');
    // Before mail left the request, a known address took the provider's 80 ms (and its pacing slot) longer.
    expect(Math.abs(median(times.known) - median(times.unknown))).toBeLessThan(15);

    // Two dozen at once all answer while the provider still holds every mail; the mails follow after the responses.
    const parallel = await Promise.all(known.slice(0, 12).concat(known.slice(0, 12).map((e) => e.replace('@', '+x@'))).map((e, i) => ask(e, 150 + i)));
    expect(parallel.every((r) => r.status === 200)).toBe(true);
    // (A welcome mail of the setup may have reached the provider before the hold.)
    expect(resend.delivered.filter((d) => d.messageKey?.startsWith('login/'))).toEqual([]);
    release();
    await s.settled();
    expect(new Set(resend.delivered.flatMap((d) => d.to))).toEqual(new Set(known));
  });
});
