import { describe, expect, it } from 'vitest';
import { adminHeaders, ORIGIN, postForm, T0, testDeps } from '../../test/support/deps';
import { findSession } from '../auth/session';
import { insertTree, mailedLoginToken, readJson, signedIn } from '../auth/testing';
import { addUser, type User } from './users.service';
import { loginLinks, users } from '../db/schema';

type Setup = Awaited<ReturnType<typeof testDeps>>;

async function setup() {
  const s = await testDeps();
  await insertTree(s.deps);
  return s;
}

const JSON_TYPE = { 'content-type': 'application/json' };
const post = (s: Setup, path: string, body: unknown, headers: Record<string, string> = adminHeaders(JSON_TYPE)) =>
  s.app.request(path, { method: 'POST', headers, body: JSON.stringify(body) });

describe('POST /api/v1/leaders', () => {
  it('adds a leader with a team, the address trimmed and in lower case', async () => {
    const s = await setup();
    const res = await post(s, '/api/v1/leaders', { email: ' Leiterin@Muster.DE ', teamId: 'nord', language: 'en' });
    expect(res.status).toBe(201);
    const body = await readJson<User>(res);
    expect(body).toEqual({
      id: expect.stringMatching(/^[\w-]{22}$/),
      email: 'leiterin@muster.de',
      role: 'leader',
      teamId: 'nord',
      language: 'en',
    });
    expect(await s.deps.db.select().from(users)).toEqual([
      { id: body.id, email: 'leiterin@muster.de', role: 'leader', teamId: 'nord', language: 'en', createdAt: T0 },
    ]);
  });

  it('answers bad input with 422 and every problem', async () => {
    const s = await setup();
    const res = await post(s, '/api/v1/leaders', { email: 'leiterin', teamId: '', language: 'fr' });
    expect(res.status).toBe(422);
    expect(await res.json()).toEqual({
      error: {
        code: 'UNPROCESSABLE',
        message: 'the request body has invalid values: see details',
        details: [
          { path: 'email', code: 'invalid_format', message: 'email must be an email address' },
          { path: 'teamId', code: 'too_small', message: 'Too small: expected string to have >=1 characters' },
          { path: 'language', code: 'invalid_value', message: 'Invalid option: expected one of "de"|"en"' },
        ],
      },
    });
    const empty = await post(s, '/api/v1/leaders', {});
    expect((await readJson<{ error: { details: { path: string }[] } }>(empty)).error.details.map((d) => d.path)).toEqual(['email', 'teamId']);
    expect(await s.deps.db.select().from(users)).toEqual([]);
  });

  it('answers an unknown team with 404 JSON', async () => {
    const s = await setup();
    const res = await post(s, '/api/v1/leaders', { email: 'a@muster.de', teamId: 'nowhere' });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'team not found', details: [{ code: 'team_not_found' }] } });
  });

  it('answers an address that can already sign in with 409, whatever its role, and changes nothing', async () => {
    const s = await setup();
    await post(s, '/api/v1/leaders', { email: 'a@muster.de', teamId: 'nord' });
    await addUser(s.deps, { email: 'boss@muster.de', role: 'admin' });
    for (const [path, body] of [
      ['/api/v1/leaders', { email: 'A@muster.de', teamId: 'sued' }],
      ['/api/v1/leaders', { email: 'boss@muster.de', teamId: 'sued' }],
      ['/api/v1/admins', { email: 'a@muster.de' }],
      ['/api/v1/council', { email: 'BOSS@muster.de' }],
    ] as const) {
      const res = await post(s, path, body);
      expect(res.status).toBe(409);
      expect(await res.json()).toEqual({ error: { code: 'CONFLICT', message: 'this email address can already sign in', details: [{ code: 'email_taken' }] } });
    }
    const rows = await s.deps.db
      .select({ email: users.email, role: users.role, teamId: users.teamId })
      .from(users)
      .orderBy(users.email);
    expect(rows).toEqual([
      { email: 'a@muster.de', role: 'leader', teamId: 'nord' },
      { email: 'boss@muster.de', role: 'admin', teamId: null },
    ]);
  });

  it('needs credentials (401) and an admin (403 for a leader session)', async () => {
    const s = await setup();
    const body = { email: 'a@muster.de', teamId: 'nord' };
    const none = await post(s, '/api/v1/leaders', body, JSON_TYPE);
    expect(none.status).toBe(401);
    expect(await none.json()).toEqual({
      error: { code: 'UNAUTHORIZED', message: 'sign in or send Authorization: Bearer <admin token>', details: [{ code: 'sign_in' }] },
    });
    const wrong = await post(s, '/api/v1/leaders', body, { authorization: 'Bearer nope', ...JSON_TYPE });
    expect(wrong.status).toBe(401);

    const leader = await signedIn(s.deps, { role: 'leader', teamId: 'root' });
    const res = await post(s, '/api/v1/leaders', body, leader.headers(JSON_TYPE));
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ error: { code: 'FORBIDDEN', message: 'this needs an admin', details: [{ code: 'admin_only' }] } });
    expect((await s.app.request('/api/v1/leaders', { headers: { cookie: leader.cookie } })).status).toBe(403);
  });
});

describe('GET and DELETE /api/v1/leaders', () => {
  it('lists leaders with their team, sorted by address', async () => {
    const s = await setup();
    const b = await readJson<User>(post(s, '/api/v1/leaders', { email: 'b@muster.de', teamId: 'montage' }));
    s.clock.advance(1000);
    const a = await readJson<User>(post(s, '/api/v1/leaders', { email: 'a@muster.de', teamId: 'root', language: 'en' }));
    await addUser(s.deps, { email: 'boss@muster.de', role: 'admin' });
    const res = await s.app.request('/api/v1/leaders', { headers: adminHeaders() });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual([
      { ...a, team: { path: '', name: 'Muster GmbH' }, createdAt: '2026-11-02T08:00:01.000Z' },
      { ...b, team: { path: 'Werk Nord/Montage', name: 'Montage' }, createdAt: '2026-11-02T08:00:00.000Z' },
    ]);
  });

  it('removes a leader with their links and ends their sessions; 404 afterwards and for admins', async () => {
    const s = await setup();
    const leader = await signedIn(s.deps, { role: 'leader', teamId: 'nord', email: 'l@muster.de' });
    await s.app.request('/login/email', { method: 'POST', headers: { origin: ORIGIN }, body: new URLSearchParams({ email: 'l@muster.de' }) });
    await s.settled();
    expect(await s.deps.db.select().from(loginLinks)).toHaveLength(1);
    const admin = (await addUser(s.deps, { email: 'boss@muster.de', role: 'admin' })) as User;

    const res = await s.app.request(`/api/v1/leaders/${leader.userId}`, { method: 'DELETE', headers: adminHeaders() });
    expect(res.status).toBe(204);
    expect(await res.text()).toBe('');
    expect(await findSession(s.deps, leader.cookie.split('=')[1])).toBeNull();
    // Only the admin's welcome link is left.
    expect((await s.deps.db.select().from(loginLinks)).map((l) => l.userId)).toEqual([admin.id]);
    expect(await readJson(s.app.request('/api/v1/leaders', { headers: adminHeaders() }))).toEqual([]);

    const again = await s.app.request(`/api/v1/leaders/${leader.userId}`, { method: 'DELETE', headers: adminHeaders() });
    expect(again.status).toBe(404);
    expect(await again.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'leader not found', details: [{ code: 'leader_not_found' }] } });
    expect((await s.app.request(`/api/v1/leaders/${admin.id}`, { method: 'DELETE', headers: adminHeaders() })).status).toBe(404);
  });
});

describe('/api/v1/admins', () => {
  it('takes a new admin as a pending change (202) that a second person approves; then lists and removes them', async () => {
    const s = await setup();
    const res = await post(s, '/api/v1/admins', { email: 'Boss@Muster.de', teamId: 'nord' });
    expect(res.status).toBe(202);
    const { id, pending } = await readJson<{ id: string; pending: boolean }>(res);
    expect(pending).toBe(true);
    expect(await readJson(s.app.request('/api/v1/admins', { headers: adminHeaders() }))).toEqual([]);

    const council = await signedIn(s.deps, { role: 'council', email: 'br@muster.de' });
    expect((await s.app.request(`/api/v1/approvals/${id}`, { method: 'POST', headers: council.headers() })).status).toBe(200);
    const admins = await readJson<(User & { createdAt: string })[]>(s.app.request('/api/v1/admins', { headers: adminHeaders() }));
    expect(admins).toEqual([
      { id: expect.any(String), email: 'boss@muster.de', role: 'admin', teamId: null, language: 'de', team: null, createdAt: '2026-11-02T08:00:00.000Z' },
    ]);
    const bad = await post(s, '/api/v1/admins', { email: 'boss' });
    expect(bad.status).toBe(422);
    expect((await readJson<{ error: { details: unknown[] } }>(bad)).error.details).toEqual([{ path: 'email', code: 'invalid_format', message: 'email must be an email address' }]);

    // Removing an admin raises protection: at once.
    expect((await s.app.request(`/api/v1/admins/${admins[0].id}`, { method: 'DELETE', headers: adminHeaders() })).status).toBe(204);
    expect(await readJson(s.app.request('/api/v1/admins', { headers: adminHeaders() }))).toEqual([]);
  });
});

describe('/api/v1/council', () => {
  it('adds the first council member at once, a second only after approval, and removes one only after approval', async () => {
    const s = await setup();
    const first = await post(s, '/api/v1/council', { email: 'BR-Vorsitz@muster.de', language: 'de' });
    expect(first.status).toBe(201);
    const member = await readJson<User>(first);
    expect(member).toEqual({ id: expect.any(String), email: 'br-vorsitz@muster.de', role: 'council', teamId: null, language: 'de' });

    const second = await post(s, '/api/v1/council', { email: 'br2@muster.de' });
    expect(second.status).toBe(202);
    const { id } = await readJson<{ id: string }>(second);
    expect((await readJson<User[]>(s.app.request('/api/v1/council', { headers: adminHeaders() }))).map((u) => u.email)).toEqual(['br-vorsitz@muster.de']);

    // The first member signs in by link and approves.
    await postForm(s.app, '/login/email', { email: 'br-vorsitz@muster.de' });
    await s.settled();
    const token = mailedLoginToken(s.outbox, 'br-vorsitz@muster.de')!;
    const signin = await postForm(s.app, `/login/${token}`, {});
    expect([signin.status, signin.headers.get('location')]).toEqual([303, '/admin/approvals']);
    const cookie = signin.headers.get('set-cookie')!.split(';')[0];
    const session = (await findSession(s.deps, cookie.split('=')[1]))!;
    const approved = await s.app.request(`/api/v1/approvals/${id}`, { method: 'POST', headers: { cookie, 'x-csrf-token': session.csrf, origin: ORIGIN } });
    expect(approved.status).toBe(200);
    expect((await readJson<User[]>(s.app.request('/api/v1/council', { headers: adminHeaders() }))).map((u) => u.email)).toEqual([
      'br-vorsitz@muster.de',
      'br2@muster.de',
    ]);

    const removal = await s.app.request(`/api/v1/council/${member.id}`, { method: 'DELETE', headers: adminHeaders() });
    expect(removal.status).toBe(202);
    expect(await readJson<User[]>(s.app.request('/api/v1/council', { headers: adminHeaders() }))).toHaveLength(2);
    expect((await s.app.request('/api/v1/council/nobody', { method: 'DELETE', headers: adminHeaders() })).status).toBe(404);
    const bad = await post(s, '/api/v1/council', { email: 'br' });
    expect(bad.status).toBe(422);
  });

  it('is for admins only: the council itself gets 403', async () => {
    const s = await setup();
    const council = await signedIn(s.deps, { role: 'council' });
    const res = await post(s, '/api/v1/council', { email: 'x@muster.de' }, council.headers(JSON_TYPE));
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ error: { code: 'FORBIDDEN', message: 'this needs an admin', details: [{ code: 'admin_only' }] } });
  });
});
