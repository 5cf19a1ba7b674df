import { describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, adminHeaders, ORIGIN, testDeps } from '../../test/support/deps';
import { insertTree, mailedLoginToken, signedIn } from '../auth/testing';
import { sessions, users } from '../db/schema';

type Setup = Awaited<ReturnType<typeof testDeps>>;

const FOREIGN = 'https://evil.example';
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

/** A body that streams `total` bytes without announcing its length, as a chunked upload does; counts what was read. */
function streamed(total: number) {
  const chunk = new Uint8Array(64 * 1024).fill(0x61);
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= total) return controller.close();
      sent += chunk.length;
      controller.enqueue(chunk);
    },
  });
  return { body, read: () => sent };
}

describe('bodies are bounded on every route that reads one (finding 1)', () => {
  it('answers 413 to a 50 MB sign-in post by its length alone, before reading or comparing anything', async () => {
    const { app } = await testDeps();
    for (const path of ['/login', '/login/email', '/logout', '/admin/waves']) {
      const res = await app.request(path, {
        method: 'POST',
        headers: { ...FORM, origin: ORIGIN, 'content-length': String(50 * 1024 * 1024) },
        body: streamed(50 * 1024 * 1024).body,
        duplex: 'half',
      } as RequestInit);
      expect([path, res.status]).toEqual([path, 413]);
      expect(await res.text()).toContain('Die gesendeten Daten sind zu groß.');
    }
  });

  it('stops reading a body without a length after 64 KB', async () => {
    const { app } = await testDeps();
    const upload = streamed(50 * 1024 * 1024);
    const res = await app.request('/login', { method: 'POST', headers: { ...FORM, origin: ORIGIN }, body: upload.body, duplex: 'half' } as RequestInit);
    expect(res.status).toBe(413);
    expect(upload.read()).toBeLessThanOrEqual(3 * 64 * 1024);
  });

  it('answers 413 as JSON on the API', async () => {
    const { app } = await testDeps();
    const res = await app.request('/api/v1/admins', {
      method: 'POST',
      headers: adminHeaders({ 'content-type': 'application/json' }),
      body: JSON.stringify({ email: 'x@muster.de', padding: 'x'.repeat(70 * 1024) }),
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ error: { code: 'PAYLOAD_TOO_LARGE', message: 'request body is larger than 64 KB', details: [{ code: 'body_too_large' }] } });
  });
});

describe('form posts from another site are refused (findings 3 and 4)', () => {
  async function withLink(s: Setup) {
    await insertTree(s.deps);
    await s.deps.db.insert(users).values({ id: 'u1', email: 'leiterin@muster.de', role: 'leader', teamId: 'nord', language: 'de', createdAt: 0 });
    await s.app.request('/login/email', { method: 'POST', headers: { ...FORM, origin: ORIGIN }, body: 'email=leiterin%40muster.de' });
    await s.settled();
    return mailedLoginToken(s.outbox, 'leiterin@muster.de')!;
  }

  it('does not let another site sign a visitor in with its own link or the admin token (login CSRF)', async () => {
    const s = await testDeps();
    const token = await withLink(s);
    for (const [path, body] of [
      [`/login/${token}`, ''],
      ['/login', `token=${ADMIN_TOKEN}`],
      ['/login/email', 'email=leiterin%40muster.de'],
    ]) {
      for (const headers of [{ origin: FOREIGN }, { origin: 'null' }, {}] as Record<string, string>[]) {
        const res = await s.app.request(path, { method: 'POST', headers: { ...FORM, ...headers }, body });
        expect([path, headers, res.status]).toEqual([path, headers, 403]);
        expect(res.headers.get('set-cookie')).toBeNull();
      }
    }
    expect(await s.deps.db.select().from(sessions)).toEqual([]);
    // The same posts from the app's own pages work: by Origin, or by Sec-Fetch-Site when a browser sends no Origin.
    const own = await s.app.request(`/login/${token}`, { method: 'POST', headers: { 'sec-fetch-site': 'same-origin' } });
    expect(own.status).toBe(303);
    const admin = await s.app.request('/login', { method: 'POST', headers: { ...FORM, origin: ORIGIN }, body: `token=${ADMIN_TOKEN}` });
    expect(admin.status).toBe(303);
  });

  it('does not let another site sign a reader out, and a sign-out needs the session’s CSRF token', async () => {
    const s = await testDeps();
    const admin = await signedIn(s.deps, { role: 'admin' });
    const foreign = await s.app.request('/logout', { method: 'POST', headers: { cookie: admin.cookie, origin: FOREIGN } });
    expect(foreign.status).toBe(403);
    expect(await foreign.text()).toContain('Dieses Formular kam von einer anderen Seite und wurde deshalb abgelehnt.');
    const tokenless = await s.app.request('/logout', { method: 'POST', headers: { cookie: admin.cookie, origin: ORIGIN } });
    expect(tokenless.status).toBe(403);
    expect((await s.app.request('/admin', { headers: { cookie: admin.cookie } })).status).toBe(200);

    const out = await s.app.request('/logout', { method: 'POST', headers: { ...FORM, cookie: admin.cookie, origin: ORIGIN }, body: `_csrf=${admin.csrf}` });
    expect(out.status).toBe(303);
    expect((await s.app.request('/admin', { headers: { cookie: admin.cookie } })).status).toBe(303);
  });

  it('leaves API calls with a bearer token alone: no browser adds that header to a cross-site post', async () => {
    const s = await testDeps();
    // The first works-council member takes effect at once: a plain 201 from a route that changes something.
    const res = await s.app.request('/api/v1/council', {
      method: 'POST',
      headers: adminHeaders({ 'content-type': 'application/json', origin: FOREIGN }),
      body: JSON.stringify({ email: 'x@muster.de' }),
    });
    expect(res.status).toBe(201);
  });
});

describe('headers on every response (finding 8)', () => {
  it('sends the CSP and the security headers with pages, errors and API answers', async () => {
    const { app } = await testDeps();
    for (const res of [await app.request('/login'), await app.request('/nowhere'), await app.request('/api/v1/teams')]) {
      expect(res.headers.get('content-security-policy')).toMatch(
        /^default-src 'none'; script-src 'none'; style-src 'self' 'nonce-[\w-]{22}'; img-src 'self'; font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'$/,
      );
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    }
    const [a, b] = [await app.request('/login'), await app.request('/login')];
    expect(a.headers.get('content-security-policy')).not.toBe(b.headers.get('content-security-policy'));
  });

  it('keeps the outbox, admin and results pages and their API out of every cache', async () => {
    const s = await testDeps();
    await insertTree(s.deps);
    const admin = await signedIn(s.deps, { role: 'admin' });
    for (const path of ['/outbox', '/admin', '/admin/staff', '/results']) {
      const res = await s.app.request(path, { headers: { cookie: admin.cookie } });
      expect([path, res.status, res.headers.get('cache-control')]).toEqual([path, 200, 'no-store']);
    }
    for (const path of ['/api/v1/outbox', '/api/v1/teams', '/api/v1/waves']) {
      const res = await s.app.request(path, { headers: adminHeaders() });
      expect([path, res.status, res.headers.get('cache-control')]).toEqual([path, 200, 'no-store']);
    }
  });
});
