import { beforeEach, describe, expect, it } from 'vitest';
import { ORIGIN, testDeps } from '../../test/support/deps';
import { signedIn, type TestSession } from '../auth/testing';
import { actions, milestones } from '../db/schema';
import { insertActionTree, insertClosedWave, insertView, sums } from './testing';

type Setup = Awaited<ReturnType<typeof testDeps>>;

const form = (session: TestSession, fields: [string, string][]) => ({
  method: 'POST',
  headers: { cookie: session.cookie, origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams([['_csrf', session.csrf], ...fields]),
});
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ');

describe('the action pages', () => {
  let s: Setup;
  let lead: TestSession;
  let other: TestSession;
  let admin: TestSession;
  const get = async (path: string, who: TestSession = lead) => {
    const res = await s.app.request(path, { headers: { cookie: who.cookie } });
    return { status: res.status, html: await res.text(), res };
  };

  beforeEach(async () => {
    s = await testDeps();
    await insertActionTree(s.deps);
    lead = await signedIn(s.deps, { role: 'leader', teamId: 'nord' });
    other = await signedIn(s.deps, { role: 'leader', teamId: 'sued' });
    admin = await signedIn(s.deps, { role: 'admin' });
  });

  it('lets a leader log an action from the catalogue and shows its effect page', async () => {
    const page = await get('/actions');
    expect(page.status).toBe(200);
    expect(page.html).toContain('<h1>Maßnahmen: Werk Nord</h1>');
    expect(page.html).toContain('Für diesen Bereich ist noch keine Maßnahme eingetragen.');
    // The form offers the leader's own subtree only.
    expect(page.html).toContain('<option value="montage">');
    expect(page.html).not.toContain('<option value="sued">');

    const res = await s.app.request('/actions', form(lead, [['teamId', 'montage'], ['kind', 'buddy'], ['startsOn', '2026-09-10'], ['endsOn', ''], ['title', ''], ['note', '']]));
    expect(res.status).toBe(303);
    const [row] = await s.deps.db.select().from(actions);
    expect([row.teamId, row.kind, row.targets, row.note]).toEqual(['montage', 'buddy', '["fear.behind","fear.gaps","gap.knowledge","trust.sharing"]', null]);
    expect(res.headers.get('location')).toBe(`/actions/${row.id}`);

    const detail = await get(`/actions/${row.id}`);
    expect(detail.status).toBe(200);
    expect(detail.html).toContain('<h1>KI-Buddy-System</h1>');
    expect(text(detail.html)).toContain('Montage · seit 10.09.2026');
    // No wave yet: every measure is "too early", in words.
    expect(text(detail.html).match(/zu früh: noch keine veröffentlichte Welle nach dem Start/g)).toHaveLength(4);
    expect((await get('/actions')).html).toContain(`<a href="/actions/${row.id}">KI-Buddy-System</a>`);
  });

  it('shows the effect with its interval once waves are published', async () => {
    await insertClosedWave(s.deps, 'w1', '2026-09-01');
    await insertClosedWave(s.deps, 'w2', '2026-09-15');
    for (const [team, before, after] of [['montage', 50, 70], ['logistik', 50, 52], ['lager', 50, 52]] as const) {
      await insertView(s.deps, 'w1', team, { trust: sums(20, before) });
      await insertView(s.deps, 'w2', team, { trust: sums(20, after) });
    }
    await s.app.request('/actions?lang=en', form(lead, [['teamId', 'montage'], ['kind', ''], ['title', 'Trust circle'], ['startsOn', '2026-09-10'], ['targets', 'trust']]));
    const [row] = await s.deps.db.select().from(actions);
    const page = text((await get(`/actions/${row.id}?lang=en`)).html);
    expect(page).toContain('Trust ↑ +18 (+10 to +26) improved beyond its uncertainty Compared with 2 teams on the same level. 50 → 70 1 before, 1 after +20 +2 ±11 points');
  });

  it('comes back with the reason and what was entered when the form is refused', async () => {
    const res = await s.app.request('/actions', form(lead, [['teamId', 'montage'], ['kind', ''], ['title', ''], ['startsOn', '2026-09-10'], ['note', 'Notiz bleibt']]));
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('<p class="notice error" role="alert">Eine eigene Maßnahme braucht einen Titel.</p>');
    expect(html).toContain('Notiz bleibt</textarea>');
    const own = await s.app.request('/actions', form(lead, [['teamId', 'montage'], ['kind', ''], ['title', 'Stammtisch'], ['startsOn', '2026-09-10']]));
    expect(own.status).toBe(422);
    expect(await own.text()).toContain('Eine eigene Maßnahme braucht mindestens ein Ziel.');
    const dates = await s.app.request('/actions', form(lead, [['teamId', 'montage'], ['kind', 'rules'], ['startsOn', '2026-09-10'], ['endsOn', '2026-09-01']]));
    expect(await dates.text()).toContain('Das Ende liegt vor dem Beginn.');
    expect(await s.deps.db.select().from(actions)).toEqual([]);
  });

  it('edits and deletes, and refuses other plants, unknown actions and forms without the CSRF token', async () => {
    await s.app.request('/actions', form(lead, [['teamId', 'montage'], ['kind', 'rules'], ['startsOn', '2026-09-10']]));
    const [row] = await s.deps.db.select().from(actions);

    const edited = await s.app.request(`/actions/${row.id}`, form(lead, [['teamId', 'logistik'], ['kind', 'rules'], ['title', 'Regeln Halle 2'], ['startsOn', '2026-09-12'], ['endsOn', ''], ['targets', 'trust.rules'], ['note', '']]));
    expect([edited.status, edited.headers.get('location')]).toEqual([303, `/actions/${row.id}?saved=1`]);
    const [after] = await s.deps.db.select().from(actions);
    expect([after.teamId, after.title, after.startsOn, after.targets]).toEqual(['logistik', 'Regeln Halle 2', '2026-09-12', '["trust.rules"]']);
    expect((await get(`/actions/${row.id}?saved=1`)).html).toContain('<p class="notice ok">Gespeichert.</p>');

    const forbidden = await get(`/actions/${row.id}`, other);
    expect(forbidden.status).toBe(403);
    expect(forbidden.html).toContain('Dieses Team gehört nicht zu Ihrem Bereich.');
    expect((await s.app.request(`/actions/${row.id}/delete`, form(other, []))).status).toBe(403);
    expect((await get('/actions?team=nord', other)).status).toBe(403);
    expect((await get('/actions/nope')).status).toBe(404);
    expect((await get('/actions?team=nowhere')).status).toBe(404);
    const noCsrf = await s.app.request(`/actions/${row.id}/delete`, { method: 'POST', headers: { cookie: lead.cookie, origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' }, body: '' });
    expect(noCsrf.status).toBe(403);

    const deleted = await s.app.request(`/actions/${row.id}/delete`, form(lead, []));
    expect([deleted.status, deleted.headers.get('location')]).toEqual([303, '/actions?team=logistik&removed=1']);
    expect(await s.deps.db.select().from(actions)).toEqual([]);
    expect((await s.app.request('/actions')).status).toBe(303);
  });

  it('lets admins set and delete milestones on their page, and keeps leaders out', async () => {
    expect((await get('/admin/milestones', lead)).status).toBe(403);
    const empty = await get('/admin/milestones', admin);
    expect(empty.status).toBe(200);
    expect(empty.html).toContain('Noch keine Meilensteine festgelegt.');

    const role = await s.app.request('/admin/milestones', form(admin, [['teamId', 'montage'], ['role', 'power'], ['measure', 'maturity.tools'], ['comparator', ''], ['target', '50'], ['dueOn', '2027-06-30']]));
    expect(role.status).toBe(422);
    expect(await role.text()).toContain('Rollen werden nur für das ganze Unternehmen ausgewertet');
    const bad = await s.app.request('/admin/milestones', form(admin, [['teamId', 'root'], ['role', ''], ['measure', 'adopter'], ['target', ''], ['dueOn', 'bald']]));
    expect(bad.status).toBe(422);

    const ok = await s.app.request('/admin/milestones', form(admin, [['teamId', 'root'], ['role', 'power'], ['measure', 'maturity.tools'], ['comparator', ''], ['target', '50'], ['dueOn', '2027-Q2']]));
    expect(ok.status).toBe(303);
    const [row] = await s.deps.db.select().from(milestones);
    expect([row.role, row.measure, row.comparator, row.target, row.dueOn]).toEqual(['power', 'maturity.tools', 'atLeast', 50, '2027-06-30']);
    const page = await get('/admin/milestones', admin);
    expect(text(page.html)).toContain('Power-User: Reifegrad: Tool-Kenntnisse mindestens Stufe 2 bis 30.06.2027');
    expect(page.html).toContain('class="target-line"');

    expect((await s.app.request(`/admin/milestones/${row.id}/delete`, form(admin, []))).status).toBe(303);
    expect(await s.deps.db.select().from(milestones)).toEqual([]);
    expect((await s.app.request('/admin/milestones/nope/delete', form(admin, []))).status).toBe(404);
  });
});
