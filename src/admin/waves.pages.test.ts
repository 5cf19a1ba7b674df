import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ORIGIN, testDeps } from '../../test/support/deps';
import { signedIn } from '../auth/testing';
import { invitations, waves } from '../db/schema';
import { linkToken } from '../lib/keys';
import { importStaff } from '../staff/staff.service';
import { questionsFor } from '../survey/questions';
import { submitAnswers } from '../survey/survey.service';
import { answersFor } from '../survey/testing';
import { MIN_REMINDER_GAP_MS } from '../waves/remind';

async function setup() {
  const s = await testDeps();
  await importStaff(s.deps, 'email,name,team,role\na@muster.de,A,Werk,basic\nb@muster.de,B,Werk,power\n');
  const admin = await signedIn(s.deps, { role: 'admin', email: 'hr@muster.de' });
  const get = (path: string) => s.app.request(path, { headers: { cookie: admin.cookie } });
  const post = (path: string, fields: Record<string, string> = {}) =>
    s.app.request(path, {
      method: 'POST',
      headers: { cookie: admin.cookie, origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: admin.csrf, ...fields }),
    });
  const key = async () => /name="idempotencyKey" value="([^"]+)"/.exec(await (await get('/admin')).text())![1];
  const openForm = async (fields: Record<string, string>, lang = 'de') => post(`/admin/waves?lang=${lang}`, { idempotencyKey: await key(), module: 'pulse', ...fields });
  const waveCount = async () => (await s.deps.db.select({ n: count() }).from(waves))[0].n;
  return { ...s, admin, get, post, openForm, waveCount };
}

describe('the open form on /admin', () => {
  it('keeps what was typed and says beside the field what is wrong, in the reader language', async () => {
    const s = await setup();
    const past = await s.openForm({ closesAt: '2026-10-01T17:00', title: 'Herbst' });
    expect(past.status).toBe(422);
    const page = await past.text();
    expect(page).toContain(
      'value="2026-10-01T17:00" aria-invalid="true" aria-describedby="closesAt-error"/><p class="field-error" id="closesAt-error">Das Ende muss in der Zukunft liegen.</p>',
    );
    expect(page).toContain('id="title" name="title" maxlength="120" value="Herbst"');
    expect(page).toContain('<input type="radio" name="module" value="pulse" checked/>');
    const garbled = await s.openForm({ closesAt: 'morgen' }, 'en');
    expect(garbled.status).toBe(422);
    expect(await garbled.text()).toContain('Please give a valid date and time, for example 20/11/2026, 17:00.');
    expect(await s.waveCount()).toBe(0);
  });

  it('refuses a second wave while one runs, offers to allow it, and opens it only when ticked', async () => {
    const s = await setup();
    const first = await s.openForm({ closesAt: '2026-11-07T17:00', title: 'Erste' });
    expect(first.status).toBe(303);
    const waveId = /\/admin\/waves\/([\w-]+)\?opened=1/.exec(first.headers.get('location')!)![1];
    expect(await (await s.get(first.headers.get('location')!)).text()).toContain('Die Welle „Erste“ läuft: 2 Personen sind eingeladen.');
    const home = await (await s.get('/admin')).text();
    expect(home).toContain('Die Welle „Erste“ läuft noch bis 07.11.2026, 17:00.');
    expect(home).toContain('Trotzdem eine zweite Welle daneben starten');

    const second = await s.openForm({ closesAt: '2026-11-08T17:00', title: 'Zweite' });
    expect(second.status).toBe(409);
    const refused = await second.text();
    expect(refused).toContain('Die Welle „Erste“ läuft noch. Eine zweite Welle würde alle ein zweites Mal einladen.');
    expect(refused).toContain('value="Zweite"');
    expect(await s.waveCount()).toBe(1);
    const allowed = await s.openForm({ closesAt: '2026-11-08T17:00', title: 'Zweite', allowParallel: 'yes' });
    expect(allowed.status).toBe(303);
    expect(await s.waveCount()).toBe(2);
    expect((await s.deps.db.select({ id: waves.id }).from(waves)).map((w) => w.id)).toContain(waveId);
  });
});

describe('closing, discarding and reminding from the wave page', () => {
  const opened = async (s: Awaited<ReturnType<typeof setup>>) => {
    const res = await s.openForm({ closesAt: '2026-11-07T17:00', title: 'KW 45' });
    return /\/admin\/waves\/([\w-]+)/.exec(res.headers.get('location')!)![1];
  };

  it('asks before closing (a page, no script), then closes and says so', async () => {
    const s = await setup();
    const id = await opened(s);
    const wavePage = await (await s.get(`/admin/waves/${id}`)).text();
    expect(wavePage).toContain(`<a class="button danger" href="/admin/waves/${id}/close">Jetzt beenden …</a>`);
    const ask = await (await s.get(`/admin/waves/${id}/close?lang=en`)).text();
    expect(ask).toContain('<h1>Close the wave “KW 45” now?</h1>');
    expect(ask).toContain('This cannot be undone.');
    expect(ask).toContain(`<form method="post" action="/admin/waves/${id}/close" class="actions">`);
    expect((await s.deps.db.select().from(waves))[0].status).toBe('open');
    const done = await s.post(`/admin/waves/${id}/close`);
    expect([done.status, done.headers.get('location')]).toEqual([303, `/admin/waves/${id}?closed=1`]);
    expect(await (await s.get(`/admin/waves/${id}?closed=1`)).text()).toContain('Die Welle „KW 45“ ist beendet.');
    const twice = await s.post(`/admin/waves/${id}/close?lang=en`);
    expect(twice.status).toBe(409);
    expect(await twice.text()).toContain('This wave has already closed.');
  });

  it('asks before discarding, discards a wave without answers and says so on the overview', async () => {
    const s = await setup();
    const id = await opened(s);
    const ask = await (await s.get(`/admin/waves/${id}/discard`)).text();
    expect(ask).toContain('<h1>Welle „KW 45“ verwerfen?</h1>');
    expect(ask).toContain('Bereits verschickte Einladungs-Links funktionieren danach nicht mehr.');
    const done = await s.post(`/admin/waves/${id}/discard`);
    expect([done.status, done.headers.get('location')]).toEqual([303, '/admin?discarded=KW%2045']);
    const home = await (await s.get('/admin?discarded=KW%2045')).text();
    expect(home).toContain('Die Welle „KW 45“ ist verworfen; sie erscheint nirgends mehr.');
    expect(home).toContain('Noch keine Welle.');
  });

  it('shows the wave again with the reason when it has answers (409), and offers no discard for a closed wave with answers', async () => {
    const s = await setup();
    const id = await opened(s);
    const [inv] = await s.deps.db.select({ id: invitations.id }).from(invitations).limit(1);
    await submitAnswers(s.deps, linkToken(s.deps.keys, 'survey', inv.id), answersFor(questionsFor('pulse')));
    const refused = await s.post(`/admin/waves/${id}/discard`);
    expect(refused.status).toBe(409);
    expect(await refused.text()).toContain('Diese Welle hat bereits Antworten und lässt sich deshalb nicht verwerfen');
    await s.post(`/admin/waves/${id}/close`);
    expect(await (await s.get(`/admin/waves/${id}`)).text()).not.toContain('/discard');
  });

  it('reminds now and says which reminder went out; too soon it says why', async () => {
    const s = await setup();
    const id = await opened(s);
    const soon = await s.post(`/admin/waves/${id}/remind`);
    expect(soon.status).toBe(409);
    expect(await soon.text()).toContain('Die letzte Erinnerung ist weniger als 12 Stunden her.');
    // Half a day later (moved on the wave, so the admin's session does not idle out meanwhile).
    await s.deps.db.update(waves).set({ openedAt: s.clock.now() - MIN_REMINDER_GAP_MS }).where(eq(waves.id, id));
    const done = await s.post(`/admin/waves/${id}/remind`);
    expect([done.status, done.headers.get('location')]).toEqual([303, `/admin/waves/${id}?reminded=1`]);
    const page = await (await s.get(`/admin/waves/${id}?reminded=1`)).text();
    expect(page).toContain('Die 1. Erinnerung (von höchstens 3) ist unterwegs.');
    expect(page).toContain('Bisher eine Erinnerung; höchstens 3 je Welle. Die Erinnerung geht an alle Eingeladenen.');
  });

  it('refuses the actions without the CSRF token and for a leader', async () => {
    const s = await setup();
    const id = await opened(s);
    const forged = await s.app.request(`/admin/waves/${id}/discard`, {
      method: 'POST',
      headers: { cookie: s.admin.cookie, origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' },
      body: '_csrf=forged',
    });
    expect(forged.status).toBe(403);
    const leader = await signedIn(s.deps, { role: 'leader', teamId: 'x' });
    expect((await s.app.request(`/admin/waves/${id}/close`, { headers: { cookie: leader.cookie } })).status).toBe(403);
    expect(await s.deps.db.select({ status: waves.status }).from(waves).where(eq(waves.id, id))).toEqual([{ status: 'open' }]);
  });
});
