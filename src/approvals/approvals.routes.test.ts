import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { adminHeaders, testDeps } from '../../test/support/deps';
import { readJson, signedIn, type TestSession } from '../auth/testing';
import { auditLog, pendingChanges } from '../db/schema';
import { getThresholds } from '../settings/settings';

const JSON_TYPE = { 'content-type': 'application/json' };

async function setup() {
  const t = await testDeps();
  const chefin = await signedIn(t.deps, { role: 'admin', email: 'chefin@muster.de' });
  const zweiter = await signedIn(t.deps, { role: 'admin', email: 'zweiter@muster.de' });
  const council = await signedIn(t.deps, { role: 'council', email: 'br@muster.de' });
  const put = (who: TestSession | 'token', body: unknown) =>
    t.app.request('/api/v1/settings', {
      method: 'PUT',
      headers: who === 'token' ? adminHeaders(JSON_TYPE) : who.headers(JSON_TYPE),
      body: JSON.stringify(body),
    });
  const approve = (who: TestSession | 'token', id: string, verb = '') =>
    t.app.request(`/api/v1/approvals/${id}${verb}`, { method: 'POST', headers: who === 'token' ? adminHeaders() : who.headers() });
  return { ...t, chefin, zweiter, council, put, approve };
}

describe('four eyes on PUT /api/v1/settings', () => {
  it('keeps a lowered k pending until a second person approves, then applies it', async () => {
    const s = await setup();
    const res = await s.put(s.chefin, { k: 3 });
    expect(res.status).toBe(202);
    const body = await readJson<{ pending: boolean; id: string; settings: { k: number } }>(res);
    expect(body).toMatchObject({ pending: true, id: expect.any(String), settings: { k: 5 } });
    expect((await getThresholds(s.deps)).k).toBe(5);

    const listed = await readJson<{ pending: { id: string; change: unknown; requestedBy: unknown; requestedByYou: boolean }[] }>(
      s.app.request('/api/v1/approvals', { headers: s.council.headers() }),
    );
    expect(listed.pending).toEqual([
      {
        id: body.id,
        kind: 'settings',
        status: 'pending',
        change: { kind: 'settings', changes: [{ path: 'k', from: 5, to: 3 }] },
        requestedBy: { kind: 'admin', email: 'chefin@muster.de' },
        requestedAt: '2026-11-02T08:00:00.000Z',
        requestedByYou: false,
      },
    ]);

    // The same person: 403, nothing applied.
    const own = await s.approve(s.chefin, body.id);
    expect(own.status).toBe(403);
    expect(await own.json()).toEqual({
      error: { code: 'FORBIDDEN', message: 'the person who asked for a change cannot approve it: a second person must', details: [{ code: 'approver_is_requester' }] },
    });
    expect((await getThresholds(s.deps)).k).toBe(5);

    const ok = await s.approve(s.council, body.id);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ id: body.id, status: 'approved', decidedBy: { email: 'br@muster.de' } });
    expect((await getThresholds(s.deps)).k).toBe(3);

    const again = await s.approve(s.zweiter, body.id);
    expect(again.status).toBe(409);
    expect(await again.json()).toEqual({ error: { code: 'CONFLICT', message: 'this change was already approved', details: [{ code: 'change_decided', status: 'approved' }] } });

    const entries = await s.deps.db.select().from(auditLog);
    expect(entries.map((e) => [e.action, e.actorEmail])).toEqual([
      ['change.requested', 'chefin@muster.de'],
      ['change.approved', 'br@muster.de'],
    ]);
    expect(JSON.parse(entries[1].details)).toEqual({
      kind: 'settings',
      changes: { k: { from: 5, to: 3 } },
      requestedBy: { kind: 'admin', email: 'chefin@muster.de' },
    });
  });

  it('applies raising at once and splits a mixed change: what raises now, what lowers waits', async () => {
    const s = await setup();
    const up = await s.put(s.chefin, { k: 7, remindEveryone: true, privacy: { dpoContact: 'dsb@muster.de' } });
    expect(up.status).toBe(200);
    expect(await up.json()).toMatchObject({ k: 7, kComments: 10, remindEveryone: true, privacy: { dpoContact: 'dsb@muster.de' } });

    const mixed = await s.put(s.chefin, { kComments: 12, remindEveryone: false, retention: { commentsMonths: 6 } });
    expect(mixed.status).toBe(202);
    const { id, settings } = await readJson<{ id: string; settings: { kComments: number; remindEveryone: boolean } }>(mixed);
    expect(settings).toMatchObject({ kComments: 12, remindEveryone: true, retention: { commentsMonths: 12 } });
    const [row] = await s.deps.db.select().from(pendingChanges).where(eq(pendingChanges.id, id));
    expect(JSON.parse(row.payload).changes).toEqual([
      { path: 'remindEveryone', from: true, to: false },
      { path: 'retention.commentsMonths', from: 12, to: 6 },
    ]);
    // Lengthening a retention period waits too: the annex would promise something else.
    expect((await s.put(s.chefin, { retention: { resultsYears: 8 } })).status).toBe(202);
  });

  it('lets a named admin approve what the admin token asked for, but never the token itself', async () => {
    const s = await setup();
    const { id } = await readJson<{ id: string }>(s.put('token', { kComments: 8 }));
    const byToken = await s.approve('token', id);
    expect(byToken.status).toBe(403);
    expect(await byToken.json()).toEqual({
      error: { code: 'FORBIDDEN', message: 'an approval needs a named admin or council member who signed in by link', details: [{ code: 'approver_not_named' }] },
    });
    expect((await s.approve(s.chefin, id)).status).toBe(200);
    expect((await getThresholds(s.deps)).kComments).toBe(8);
  });

  it('refuses an approval when the setting moved since it was asked for', async () => {
    const s = await setup();
    const { id } = await readJson<{ id: string }>(s.put(s.chefin, { k: 4 }));
    expect((await s.put(s.zweiter, { k: 9 })).status).toBe(200);
    const res = await s.approve(s.council, id);
    expect(res.status).toBe(409);
    expect(await res.json()).toEqual({
      error: {
        code: 'CONFLICT',
        message: 'a setting changed since this was asked for: refuse it and ask again',
        details: [{ code: 'setting_moved', path: 'k', now: 9, asked: 5 }],
      },
    });
    expect((await getThresholds(s.deps)).k).toBe(9);
  });

  it('counts one of two simultaneous approvals', async () => {
    const s = await setup();
    const { id } = await readJson<{ id: string }>(s.put(s.chefin, { k: 4 }));
    const results = await Promise.all([s.approve(s.council, id), s.approve(s.zweiter, id)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const approved = await s.deps.db.select().from(auditLog).where(eq(auditLog.action, 'change.approved'));
    expect(approved).toHaveLength(1);
  });

  it('lets the requester withdraw and anyone refuse; 404 for an unknown change; 403 for a leader', async () => {
    const s = await setup();
    const { id } = await readJson<{ id: string }>(s.put(s.chefin, { k: 4 }));
    const withdrawn = await s.approve(s.chefin, id, '/reject');
    expect(withdrawn.status).toBe(200);
    expect(await withdrawn.json()).toMatchObject({ status: 'rejected', requestedByYou: true });
    expect((await s.approve(s.council, id)).status).toBe(409);
    expect((await getThresholds(s.deps)).k).toBe(5);

    const unknown = await s.approve(s.council, 'nope');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'change not found', details: [{ code: 'change_not_found' }] } });
    expect((await s.approve(s.council, 'x'.repeat(65))).status).toBe(400);

    const leader = await signedIn(s.deps, { role: 'leader', teamId: null });
    expect((await s.approve(leader, id)).status).toBe(403);
    expect((await s.app.request('/api/v1/approvals', { headers: { cookie: leader.cookie } })).status).toBe(403);
    expect((await s.app.request('/api/v1/approvals')).status).toBe(401);
  });
});

describe('/api/v1/settings', () => {
  it('lets the council read and refuses it any change', async () => {
    const s = await setup();
    const read = await s.app.request('/api/v1/settings', { headers: { cookie: s.council.cookie } });
    expect(read.status).toBe(200);
    expect(await read.json()).toMatchObject({
      k: 5,
      kComments: 10,
      remindEveryone: true,
      retention: { commentsMonths: 12, resultsYears: 5, inactiveStaffMonths: 6 },
      privacy: { controllerName: 'Muster GmbH', controllerAddress: '', dpoContact: '' },
      quarterlyModule: 'first-of-quarter',
    });
    const write = await s.put(s.council, { k: 9 });
    expect(write.status).toBe(403);
    expect(await write.json()).toEqual({ error: { code: 'FORBIDDEN', message: 'this needs an admin', details: [{ code: 'admin_only' }] } });
  });

  it('answers bad input with 422 and every problem, and unknown keys too', async () => {
    const s = await setup();
    const res = await s.put('token', { k: 2, retention: { commentsMonths: 0, forever: true }, remindEveryone: 'yes', kk: 1 });
    expect(res.status).toBe(422);
    const { error } = await readJson<{ error: { code: string; details: { path: string }[] } }>(res);
    expect(error.code).toBe('UNPROCESSABLE');
    expect(error.details.map((d) => d.path).sort()).toEqual(['', 'k', 'remindEveryone', 'retention', 'retention.commentsMonths']);
    const malformed = await s.app.request('/api/v1/settings', { method: 'PUT', headers: adminHeaders(JSON_TYPE), body: '{' });
    expect([malformed.status, await malformed.json()]).toEqual([400, { error: { code: 'BAD_REQUEST', message: 'Malformed JSON in request body', details: [{ code: 'malformed_body' }] } }]);
    expect((await s.app.request('/api/v1/settings')).status).toBe(401);
  });
});
