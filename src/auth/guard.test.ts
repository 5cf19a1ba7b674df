import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, adminHeaders, ORIGIN, T0, testDeps } from '../../test/support/deps';
import { createApp } from '../app';
import type { AppEnv } from '../lib/context';
import { AppError, renderError } from '../lib/errors';
import { requireViewer } from './guard';
import { IDLE_MS, SESSION_MS } from './session';
import { insertTree, readJson, signedIn } from './testing';

const JSON_TYPE = { 'content-type': 'application/json' };

describe('a leader on admin routes', () => {
  const api: [string, string][] = [
    ['GET', '/api/v1/teams'],
    ['PUT', '/api/v1/staff'],
    ['GET', '/api/v1/waves'],
    ['POST', '/api/v1/waves'],
    ['POST', '/api/v1/waves/w1/close'],
    ['GET', '/api/v1/outbox'],
    ['GET', '/api/v1/leaders'],
    ['POST', '/api/v1/leaders'],
    ['DELETE', '/api/v1/leaders/x'],
    ['GET', '/api/v1/admins'],
    ['POST', '/api/v1/admins'],
  ];
  it.each(api)('gets 403 JSON on %s %s, even with the CSRF token', async (method, path) => {
    const { app, deps } = await testDeps();
    await insertTree(deps);
    const leader = await signedIn(deps, { role: 'leader', teamId: 'nord' });
    const body = method === 'GET' ? undefined : '{}';
    const res = await app.request(path, { method, headers: leader.headers(JSON_TYPE), body });
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ error: { code: 'FORBIDDEN', message: 'this needs an admin', details: [{ code: 'admin_only' }] } });
  });

  const pages = ['/admin', '/admin/staff', '/admin/people', '/admin/waves/w1', '/outbox'];
  it.each(pages)('gets a 403 page on %s', async (path) => {
    const { app, deps } = await testDeps();
    const leader = await signedIn(deps, { role: 'leader', teamId: 'nord' });
    const res = await app.request(path, { headers: { cookie: leader.cookie } });
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('Das darf nur die Administration.');
  });

  it('gets a 403 page when posting an admin form with its CSRF token', async () => {
    const { app, deps } = await testDeps();
    const leader = await signedIn(deps, { role: 'leader', teamId: 'nord' });
    const res = await app.request('/admin/people/admins', {
      method: 'POST',
      headers: { cookie: leader.cookie, origin: ORIGIN },
      body: new URLSearchParams({ _csrf: leader.csrf, email: 'me@muster.de' }),
    });
    expect(res.status).toBe(403);
    expect(await readJson(app.request('/api/v1/admins', { headers: adminHeaders() }))).toEqual([]);
  });

  it('is not 403 where an admin session is allowed', async () => {
    const { app, deps } = await testDeps();
    const admin = await signedIn(deps, { role: 'admin' });
    for (const path of ['/admin', '/admin/staff', '/admin/people', '/outbox', '/api/v1/waves', '/api/v1/teams']) {
      expect([path, (await app.request(path, { headers: { cookie: admin.cookie } })).status]).toEqual([path, 200]);
    }
  });
});

describe('CSRF on cookie sessions', () => {
  /** A route leaders may post to, so their CSRF check is seen apart from the role check. */
  function leaderApp(deps: Awaited<ReturnType<typeof testDeps>>['deps']) {
    const app = new Hono<AppEnv>();
    app.onError((err, c) => (err instanceof AppError ? renderError(c, err) : c.text('boom', 500)));
    app.post('/note', requireViewer(deps, ['admin', 'leader']), (c) => c.json({ by: c.get('viewer').role }));
    return app;
  }

  it("refuses a leader's cookie-only POST and accepts it with the header or the form field", async () => {
    const { deps } = await testDeps();
    const app = leaderApp(deps);
    const leader = await signedIn(deps, { role: 'leader', teamId: 'nord' });
    const bare = await app.request('/note', { method: 'POST', headers: { cookie: leader.cookie } });
    expect(bare.status).toBe(403);
    expect(await bare.json()).toEqual({ error: { code: 'FORBIDDEN', message: 'missing or wrong CSRF token', details: [{ code: 'csrf' }] } });
    const wrong = await app.request('/note', { method: 'POST', headers: leader.headers({ 'x-csrf-token': 'guess' }) });
    expect(wrong.status).toBe(403);

    const header = await app.request('/note', { method: 'POST', headers: leader.headers() });
    expect([header.status, await header.json()]).toEqual([200, { by: 'leader' }]);
    const form = await app.request('/note', {
      method: 'POST',
      headers: { cookie: leader.cookie },
      body: new URLSearchParams({ _csrf: leader.csrf }),
    });
    expect([form.status, await form.json()]).toEqual([200, { by: 'leader' }]);
  });

  it("refuses an admin's cookie-only POST to the API and a form without _csrf, and accepts them with it", async () => {
    const { app, deps } = await testDeps();
    await insertTree(deps);
    const admin = await signedIn(deps, { role: 'admin', email: 'chefin@muster.de' });
    const body = JSON.stringify({ email: 'neu@muster.de', teamId: 'sued' });

    const bare = await app.request('/api/v1/leaders', { method: 'POST', headers: { cookie: admin.cookie, ...JSON_TYPE }, body });
    expect(bare.status).toBe(403);
    expect(await bare.json()).toEqual({ error: { code: 'FORBIDDEN', message: 'missing or wrong CSRF token', details: [{ code: 'csrf' }] } });
    const ok = await app.request('/api/v1/leaders', { method: 'POST', headers: admin.headers(JSON_TYPE), body });
    expect(ok.status).toBe(201);

    const form = { email: 'admin2@muster.de' };
    const noField = await app.request('/admin/people/admins', {
      method: 'POST',
      headers: { cookie: admin.cookie, origin: ORIGIN },
      body: new URLSearchParams(form),
    });
    expect(noField.status).toBe(403);
    expect(await noField.text()).toContain('Die Sitzung passt nicht zu diesem Formular.');
    const withField = await app.request('/admin/people/admins', {
      method: 'POST',
      headers: { cookie: admin.cookie, origin: ORIGIN },
      body: new URLSearchParams({ ...form, _csrf: admin.csrf }),
    });
    // Accepted: a new admin then waits for a second person (four eyes), which the page says.
    expect([withField.status, withField.headers.get('location')]).toEqual([303, '/admin/people?done=pending']);
    const { pending } = await readJson<{ pending: { change: { email: string } }[] }>(app.request('/api/v1/approvals', { headers: adminHeaders() }));
    expect(pending.map((p) => p.change.email)).toEqual(['admin2@muster.de']);
  });

  it('needs no CSRF token with the bearer admin token', async () => {
    const { app } = await testDeps();
    const body = JSON.stringify({ email: 'x@muster.de' });
    const res = await app.request('/api/v1/admins', { method: 'POST', headers: adminHeaders(JSON_TYPE), body });
    expect(res.status).toBe(202); // accepted: a new admin waits for a second person

  });
});

describe('session lifetime', () => {
  it('ends a session after 12 hours however busy: the API says 401 and pages send to sign-in', async () => {
    const { app, deps, clock } = await testDeps();
    const admin = await signedIn(deps, { role: 'admin' });
    // Used every 100 minutes, the idle end keeps moving, up to the absolute end.
    for (let used = 0; used + 100 * 60_000 < SESSION_MS; used += 100 * 60_000) {
      clock.advance(100 * 60_000);
      expect((await app.request('/api/v1/leaders', { headers: { cookie: admin.cookie } })).status).toBe(200);
    }
    clock.set(T0 + SESSION_MS - 1);
    expect((await app.request('/api/v1/leaders', { headers: { cookie: admin.cookie } })).status).toBe(200);
    clock.advance(1);
    const api = await app.request('/api/v1/leaders', { headers: { cookie: admin.cookie } });
    expect(api.status).toBe(401);
    const page = await app.request('/admin/people', { headers: { cookie: admin.cookie } });
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe('/login?next=%2Fadmin%2Fpeople');
  });

  it('ends a session at sign-out', async () => {
    const { app, deps } = await testDeps();
    const admin = await signedIn(deps, { role: 'admin' });
    const out = await app.request('/logout', { method: 'POST', headers: admin.headers() });
    expect(out.status).toBe(303);
    expect(out.headers.get('set-cookie')).toMatch(/^puls_session=; Max-Age=0; Path=\//);
    expect((await app.request('/api/v1/leaders', { headers: { cookie: admin.cookie } })).status).toBe(401);
  });

  it('ends a session left unused for 2 hours; each use moves that end (finding 12)', async () => {
    const { app, deps, clock } = await testDeps();
    const admin = await signedIn(deps, { role: 'admin' });
    const use = async () => (await app.request('/api/v1/leaders', { headers: { cookie: admin.cookie } })).status;
    clock.advance(IDLE_MS - 60_000);
    expect(await use()).toBe(200);
    clock.advance(IDLE_MS - 60_000);
    expect(await use()).toBe(200);
    clock.advance(IDLE_MS);
    expect(await use()).toBe(401);
    const page = await app.request('/admin', { headers: { cookie: admin.cookie } });
    expect(page.headers.get('location')).toBe('/login?next=%2Fadmin');
  });

  it('ends sessions started with the admin token when PULS_ADMIN_TOKEN changes, not those started by link (finding 12)', async () => {
    const { app, deps } = await testDeps();
    const res = await app.request('/login', {
      method: 'POST',
      headers: { origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: ADMIN_TOKEN }),
    });
    const byToken = res.headers.get('set-cookie')!.split(';')[0];
    const byLink = await signedIn(deps, { role: 'admin' });
    expect((await app.request('/admin', { headers: { cookie: byToken } })).status).toBe(200);

    // The same database after a restart with a new token.
    const restarted = createApp({ ...deps, config: { ...deps.config, adminToken: 'a-new-admin-token-0123456789abc' } });
    expect((await restarted.request('/api/v1/leaders', { headers: { cookie: byToken } })).status).toBe(401);
    expect((await restarted.request('/admin', { headers: { cookie: byToken } })).status).toBe(303);
    expect((await restarted.request('/admin', { headers: { cookie: byLink.cookie } })).status).toBe(200);
    // Changing it back does not bring the ended session back.
    expect((await app.request('/admin', { headers: { cookie: byToken } })).status).toBe(303);
  });
});
