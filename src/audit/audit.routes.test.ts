import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { adminHeaders, ADMIN_TOKEN, postForm, testDeps } from '../../test/support/deps';
import { insertTree, mailedLoginToken, readJson, signedIn } from '../auth/testing';
import { auditLog } from '../db/schema';
import { importStaff } from '../staff/staff.service';
import { PAGE_SIZE } from './audit.routes';
import type { AuditView } from './audit.service';

const JSON_TYPE = { 'content-type': 'application/json' };
const CSV = 'email,name,team,role,language\nanna@muster.de,Anna,Werk Nord,basic,de\nbob@muster.de,Bob,Werk Nord,power,en\n';

describe('what the audit log records', () => {
  it('records sign-ins, imports with counts, people, settings, schedule, waves and downloads, with who did it', async () => {
    const { app, deps, clock, outbox, settled } = await testDeps();
    await insertTree(deps);
    // Sign-in with the admin token, and by link.
    await postForm(app, '/login', { token: ADMIN_TOKEN });
    await app.request('/api/v1/council', { method: 'POST', headers: adminHeaders(JSON_TYPE), body: JSON.stringify({ email: 'br@muster.de' }) });
    await postForm(app, '/login/email', { email: 'br@muster.de' });
    await settled();
    await postForm(app, `/login/${mailedLoginToken(outbox, 'br@muster.de')}`, {});

    const admin = await signedIn(deps, { role: 'admin', email: 'chefin@muster.de' });
    await app.request('/api/v1/staff', { method: 'PUT', headers: admin.headers({ 'content-type': 'text/csv' }), body: CSV });
    await app.request('/api/v1/settings', { method: 'PUT', headers: admin.headers(JSON_TYPE), body: JSON.stringify({ k: 6 }) });
    const schedule = { every: '2w', weekday: 2, time: '09:00', timezone: 'Europe/Berlin', openDays: 5, reminders: [2], k: 6 };
    await app.request('/api/v1/schedule', { method: 'PUT', headers: admin.headers(JSON_TYPE), body: JSON.stringify(schedule) });
    const wave = await readJson<{ id: string }>(
      app.request('/api/v1/waves', { method: 'POST', headers: admin.headers(JSON_TYPE), body: JSON.stringify({ closesAt: new Date(clock.now() + 86_400_000).toISOString() }) }),
    );
    await app.request(`/api/v1/waves/${wave.id}/close`, { method: 'POST', headers: admin.headers() });
    await app.request('/api/v1/retrospectives/2026-Q4?format=csv&lang=de', { headers: admin.headers() });

    const entries = (await readJson<AuditView[]>(app.request('/api/v1/audit?limit=100', { headers: adminHeaders() }))).reverse();
    expect(entries.map((e) => [e.action, e.actor])).toEqual([
      ['signin', { kind: 'admin-token' }],
      ['user.added', { kind: 'admin-token' }],
      ['signin', { kind: 'council', email: 'br@muster.de' }],
      ['staff.imported', { kind: 'admin', email: 'chefin@muster.de' }],
      ['settings.changed', { kind: 'admin', email: 'chefin@muster.de' }],
      ['schedule.changed', { kind: 'admin', email: 'chefin@muster.de' }],
      ['wave.opened', { kind: 'admin', email: 'chefin@muster.de' }],
      ['wave.closed', { kind: 'admin', email: 'chefin@muster.de' }],
      ['export.downloaded', { kind: 'admin', email: 'chefin@muster.de' }],
    ]);
    const byAction = new Map(entries.map((e) => [e.action, e]));
    expect(byAction.get('staff.imported')!.details).toEqual({ created: 2, updated: 0, deactivated: 0, total: 2 });
    expect(byAction.get('settings.changed')!.details).toEqual({ changes: { k: { from: 5, to: 6 } } });
    expect(byAction.get('schedule.changed')!.details).toEqual({
      from: null,
      to: { every: '2w', weekday: 2, time: '09:00', timezone: 'Europe/Berlin', openDays: 5, reminders: [2] },
    });
    expect(byAction.get('wave.opened')).toMatchObject({ target: wave.id, details: { k: 6, kComments: 10, invited: 2, module: 'quarterly' } });
    expect(byAction.get('wave.closed')).toMatchObject({ target: wave.id, details: { k: 6, kComments: 10 } });
    expect(byAction.get('export.downloaded')).toMatchObject({ target: '2026-Q4', details: { format: 'csv', lang: 'de' } });
    expect(byAction.get('user.added')).toMatchObject({ target: 'br@muster.de', details: { role: 'council' } });
    // Never a token, a link or anything about who answered.
    const all = JSON.stringify(await deps.db.select().from(auditLog));
    expect(all).not.toContain(ADMIN_TOKEN);
    expect(all).not.toMatch(/\/s\/|\/login\/[\w-]{20,}|anna@|bob@/);
    // (Random ids and hashes are taken out first: one of them may spell a name.)
    expect(all.replace(/[\w-]{20,}/g, '')).not.toMatch(/Anna|Bob/);
    expect(await readJson(app.request('/api/v1/audit/verify', { headers: adminHeaders() }))).toMatchObject({ ok: true, entries: 9, brokenAt: null });
  });
});

describe('GET /api/v1/audit', () => {
  it('pages with limit and before, and says when the chain was broken', async () => {
    const { app, deps } = await testDeps();
    for (let i = 0; i < 5; i++) await importStaff(deps, CSV);
    const page = await readJson<AuditView[]>(app.request('/api/v1/audit?limit=2&before=4', { headers: adminHeaders() }));
    expect(page.map((e) => e.id)).toEqual([3, 2]);
    expect(page[0]).toEqual({
      id: 3,
      at: '2026-11-02T08:00:00.000Z',
      actor: { kind: 'system' },
      action: 'staff.imported',
      target: '',
      details: { created: 0, updated: 0, deactivated: 0, total: 2 },
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    await deps.db.delete(auditLog).where(eq(auditLog.seq, 2));
    const verify = await readJson(app.request('/api/v1/audit/verify', { headers: adminHeaders() }));
    expect(verify).toMatchObject({ ok: false, entries: 4, brokenAt: 3 });
  });

  it('answers bad input with 400 and every problem', async () => {
    const { app } = await testDeps();
    const res = await app.request('/api/v1/audit?limit=0&before=x', { headers: adminHeaders() });
    expect(res.status).toBe(400);
    const body = await readJson<{ error: { code: string; details: { path: string }[] } }>(res);
    expect(body.error.code).toBe('BAD_REQUEST');
    expect(body.error.details.map((d) => d.path)).toEqual(['limit', 'before']);
    expect((await app.request('/api/v1/audit?limit=501', { headers: adminHeaders() })).status).toBe(400);
  });

  it('is for admins and the council only: 401 without a sign-in, 403 for a leader', async () => {
    const { app, deps } = await testDeps();
    expect((await app.request('/api/v1/audit')).status).toBe(401);
    const leader = await signedIn(deps, { role: 'leader', teamId: null });
    for (const path of ['/api/v1/audit', '/api/v1/audit/verify', '/admin/audit']) {
      expect([path, (await app.request(path, { headers: { cookie: leader.cookie } })).status]).toEqual([path, 403]);
    }
    expect((await app.request('/admin/audit')).status).toBe(303);
  });
});

describe('/admin/audit', () => {
  it('shows the newest page with a link to older entries, in words, and the check', async () => {
    const { app, deps } = await testDeps();
    for (let i = 0; i < PAGE_SIZE + 3; i++) await importStaff(deps, CSV);
    const council = await signedIn(deps, { role: 'council' });
    const html = await (await app.request('/admin/audit?lang=de', { headers: { cookie: council.cookie } })).text();
    expect(html).toContain(`Prüfung bestanden: ${PAGE_SIZE + 3} Einträge, keiner verändert oder entfernt.`);
    expect(html.match(/<tr data-entry=/g)).toHaveLength(PAGE_SIZE);
    expect(html).toContain('href="/admin/audit?before=4"');
    expect(html).toContain('0 neu, 0 geändert, 0 nicht mehr auf der Liste; 2 aktiv');
    const older = await (await app.request('/admin/audit?before=4&lang=en', { headers: { cookie: council.cookie } })).text();
    expect(older.match(/<tr data-entry=/g)).toHaveLength(3);
    expect(older).toContain('2 new, 0 changed, 0 no longer listed; 2 active');
    expect(older).not.toContain('Older entries');
    const bad = await app.request('/admin/audit?before=-1', { headers: { cookie: council.cookie } });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('<html lang="de">');
  });
});
