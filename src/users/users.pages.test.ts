import { describe, expect, it } from 'vitest';
import { adminHeaders, ORIGIN, testDeps } from '../../test/support/deps';
import { findSession } from '../auth/session';
import { insertTree, mailedLoginToken, readJson, signedIn } from '../auth/testing';

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
    expect(html.match(new RegExp(`name="_csrf" value="${s.admin.csrf}"`, 'g'))).toHaveLength(4); // three add forms and sign-out; removing asks on a page of its own
    expect(await s.page('en')).toContain('<h1>People with access</h1>');
  });

  it('adds a leader and an admin from the forms and lists them', async () => {
    const s = await setup();
    const added = await s.form('/admin/people/leaders', { email: 'Leiterin@muster.de', teamId: 'montage', language: 'en' });
    expect(added.status).toBe(303);
    expect(added.headers.get('location')).toBe('/admin/people?done=welcome');
    expect(await (await s.app.request('/admin/people?done=welcome', { headers: { cookie: s.admin.cookie } })).text()).toContain(
      'Hinzugefügt. Die Person hat eine Willkommens-E-Mail mit einem Anmeldelink erhalten (drei Tage gültig)',
    );
    await s.settled();
    // Her welcome is in her language, with a link that signs her in.
    expect(s.outbox.entries.map((m) => [m.to, m.subject])).toEqual([['leiterin@muster.de', 'Your access to Puls (Muster GmbH)']]);
    expect(s.outbox.entries[0].text).toContain('As a leader you see the results of “Montage” and every team below it');
    const token = mailedLoginToken(s.outbox, 'leiterin@muster.de')!;
    expect((await s.app.request(`/login/${token}`, { method: 'POST', headers: { origin: ORIGIN } })).headers.get('location')).toBe('/results');

    const admin = await s.form('/admin/people/admins', { email: 'zweite@muster.de', language: 'de' });
    expect([admin.status, admin.headers.get('location')]).toEqual([303, '/admin/people?done=pending']);
    expect(await s.page()).not.toContain('zweite@muster.de');
    expect(await (await s.app.request('/admin/people?done=pending', { headers: { cookie: s.admin.cookie } })).text()).toContain(
      'Diese Änderung wartet auf die Zustimmung einer zweiten Person. Die Willkommens-E-Mail geht hinaus, sobald zugestimmt ist.',
    );
    await s.settled();
    expect(s.outbox.entries.map((m) => m.to)).not.toContain('zweite@muster.de');
    // The first council member has access at once and approves the new admin: then her welcome goes out.
    expect((await s.form('/admin/people/council', { email: 'br@muster.de', language: 'de' })).headers.get('location')).toBe('/admin/people?done=welcome');
    const council = await signedIn(s.deps, { role: 'council', email: 'br2@muster.de' });
    const [change] = (await readJson<{ pending: { id: string }[] }>(s.app.request('/api/v1/approvals', { headers: adminHeaders() }))).pending;
    expect((await s.app.request(`/api/v1/approvals/${change.id}`, { method: 'POST', headers: council.headers() })).status).toBe(200);
    await s.settled();
    expect(s.outbox.entries.map((m) => [m.to, m.subject])).toEqual([
      ['leiterin@muster.de', 'Your access to Puls (Muster GmbH)'],
      ['br@muster.de', 'Ihr Zugang zu Puls (Muster GmbH)'],
      ['zweite@muster.de', 'Ihr Zugang zu Puls (Muster GmbH)'],
    ]);
    expect(s.outbox.entries[2].text).toContain('Als Administratorin oder Administrator verwalten Sie die Belegschaft');

    expect(await leaders(s)).toMatchObject([{ email: 'leiterin@muster.de', teamId: 'montage' }]);
    const html = await s.page('en');
    expect(html).toContain('<td data-label="Email">leiterin@muster.de</td><td data-label="Team">Werk Nord/Montage</td><td data-label="Language">English</td>');
    expect(html).toContain('<td data-label="Email">zweite@muster.de</td><td data-label="Language">German</td>');
    expect(html).toContain('<td data-label="Email">br@muster.de</td><td data-label="Language">German</td>');
    expect(html).toContain('aria-label="Remove leiterin@muster.de"');
  });

  it('says why a form was refused, in the reader language, and adds nobody', async () => {
    const s = await setup();
    const bad = await s.form('/admin/people/leaders', { email: 'leiterin', teamId: 'nord', language: 'en' });
    expect(bad.status).toBe(422);
    const html = await bad.text();
    // The message beside the field, and what was typed kept: address, team and language.
    expect(html).toContain('value="leiterin" aria-invalid="true" aria-describedby="leader-email-error"/><p class="field-error" id="leader-email-error">Bitte geben Sie eine vollständige E-Mail-Adresse ein.</p>');
    expect(html).toContain('<option value="nord" selected>');
    expect(html).toMatch(/<select id="leader-language" name="language">.*<option value="en" selected>/);

    const team = await s.form('/admin/people/leaders', { email: 'l@muster.de', teamId: 'gone' }, 'en');
    expect(team.status).toBe(404);
    expect(await team.text()).toContain('This team does not exist (any more).');

    const dup = await s.form('/admin/people/leaders', { email: 'chefin@muster.de', teamId: 'nord' });
    expect(dup.status).toBe(409);
    expect(await dup.text()).toContain('Diese Adresse hat bereits Zugang.');
    expect(await leaders(s)).toEqual([]);
  });

  it('asks before removing, removes a person and ends their session, says so; a second removal says they are gone', async () => {
    const s = await setup();
    const leader = await signedIn(s.deps, { role: 'leader', teamId: 'sued', email: 'l@muster.de' });
    const ask = await s.app.request(`/admin/people/${leader.userId}/delete?lang=de`, { headers: { cookie: s.admin.cookie } });
    expect(ask.status).toBe(200);
    const question = await ask.text();
    expect(question).toContain('<h1>Zugang von l@muster.de entfernen?</h1>');
    expect(question).toContain('Ja, Zugang entfernen');
    expect(await leaders(s)).toHaveLength(1);
    const removed = await s.form(`/admin/people/${leader.userId}/delete`, {});
    expect([removed.status, removed.headers.get('location')]).toEqual([303, '/admin/people?done=removed']);
    expect(await (await s.app.request('/admin/people?done=removed', { headers: { cookie: s.admin.cookie } })).text()).toContain('Der Zugang ist entfernt');
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
