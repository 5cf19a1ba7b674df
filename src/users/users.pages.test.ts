import { describe, expect, it } from 'vitest';
import { adminHeaders, ORIGIN, testDeps } from '../../test/support/deps';
import { findSession } from '../auth/session';
import { insertTree, readJson, signedIn } from '../auth/testing';

async function setup() {
  const s = await testDeps();
  await insertTree(s.deps);
  const admin = await signedIn(s.deps, { role: 'admin', email: 'chefin@muster.de' });
  const form = (path: string, fields: Record<string, string>, lang = 'de') =>
    s.app.request(`${path}?lang=${lang}`, {
      method: 'POST',
      headers: { cookie: admin.cookie, origin: ORIGIN },
      body: new URLSearchParams({ _csrf: admin.csrf, ...fields }),
    });
  const page = async (lang = 'de') => (await s.app.request(`/admin/people?lang=${lang}`, { headers: { cookie: admin.cookie } })).text();
  return { ...s, admin, form, page };
}

const leaders = (s: Awaited<ReturnType<typeof setup>>) =>
  readJson<{ id: string; email: string; teamId: string }[]>(s.app.request('/api/v1/leaders', { headers: adminHeaders() }));

describe('/admin/people', () => {
  it('offers the team tree, indented, and the CSRF token in every form', async () => {
    const s = await setup();
    const html = await s.page();
    expect(html).toContain('<h1>Personen mit Zugang</h1>');
    const select = /<select id="leader-team"[^>]*>(.*?)<\/select>/.exec(html)![1];
    const options = [...select.matchAll(/<option value="(\w+)">([^<]*)<\/option>/g)].map((m) => [m[1], m[2]]);
    expect(options).toEqual([
      ['root', 'Muster GmbH'],
      ['nord', '\u2003Werk Nord'],
      ['montage', '\u2003\u2003Montage'],
      ['sued', '\u2003Werk Süd'],
    ]);
    expect(html.match(new RegExp(`name="_csrf" value="${s.admin.csrf}"`, 'g'))).toHaveLength(5); // three add forms, one remove (the admin), sign-out
    expect(await s.page('en')).toContain('<h1>People with access</h1>');
  });

  it('adds a leader and an admin from the forms and lists them', async () => {
    const s = await setup();
    const added = await s.form('/admin/people/leaders', { email: 'Leiterin@muster.de', teamId: 'montage', language: 'en' });
    expect(added.status).toBe(303);
    expect(added.headers.get('location')).toBe('/admin/people');
    const admin = await s.form('/admin/people/admins', { email: 'zweite@muster.de', language: 'de' });
    expect([admin.status, admin.headers.get('location')]).toEqual([303, '/admin/people?pending=1']);
    expect(await s.page()).not.toContain('zweite@muster.de');
    expect(await (await s.app.request('/admin/people?pending=1', { headers: { cookie: s.admin.cookie } })).text()).toContain(
      'Diese Änderung wartet auf die Zustimmung einer zweiten Person.',
    );
    // The first council member has access at once and approves the new admin.
    expect((await s.form('/admin/people/council', { email: 'br@muster.de', language: 'de' })).headers.get('location')).toBe('/admin/people');
    const council = await signedIn(s.deps, { role: 'council', email: 'br2@muster.de' });
    const [change] = (await readJson<{ pending: { id: string }[] }>(s.app.request('/api/v1/approvals', { headers: adminHeaders() }))).pending;
    expect((await s.app.request(`/api/v1/approvals/${change.id}`, { method: 'POST', headers: council.headers() })).status).toBe(200);

    expect(await leaders(s)).toMatchObject([{ email: 'leiterin@muster.de', teamId: 'montage' }]);
    const html = await s.page('en');
    expect(html).toContain('<td>leiterin@muster.de</td><td>Werk Nord/Montage</td><td>English</td>');
    expect(html).toContain('<td>zweite@muster.de</td><td>German</td>');
    expect(html).toContain('<td>br@muster.de</td><td>German</td>');
    expect(html).toContain('aria-label="Remove leiterin@muster.de"');
  });

  it('says why a form was refused, in the reader language, and adds nobody', async () => {
    const s = await setup();
    const bad = await s.form('/admin/people/leaders', { email: 'leiterin', teamId: 'nord' });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('Bitte geben Sie eine vollständige E-Mail-Adresse ein.');

    const team = await s.form('/admin/people/leaders', { email: 'l@muster.de', teamId: 'gone' }, 'en');
    expect(team.status).toBe(404);
    expect(await team.text()).toContain('This team does not exist (any more).');

    const dup = await s.form('/admin/people/leaders', { email: 'chefin@muster.de', teamId: 'nord' });
    expect(dup.status).toBe(409);
    expect(await dup.text()).toContain('Diese Adresse hat bereits Zugang.');
    expect(await leaders(s)).toEqual([]);
  });

  it('removes a person and ends their session; a second removal says they are gone', async () => {
    const s = await setup();
    const leader = await signedIn(s.deps, { role: 'leader', teamId: 'sued' });
    const removed = await s.form(`/admin/people/${leader.userId}/delete`, {});
    expect(removed.status).toBe(303);
    expect(await leaders(s)).toEqual([]);
    expect(await findSession(s.deps, leader.cookie.split('=')[1])).toBeNull();

    const again = await s.form(`/admin/people/${leader.userId}/delete`, {}, 'en');
    expect(again.status).toBe(404);
    expect(await again.text()).toContain('This person has no access (any more).');
  });

  it('sends people without a session to sign in', async () => {
    const s = await setup();
    const res = await s.app.request('/admin/people');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/login?next=%2Fadmin%2Fpeople');
  });
});
