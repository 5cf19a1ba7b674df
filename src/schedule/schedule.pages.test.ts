import { describe, expect, it } from 'vitest';
import { adminHeaders, ORIGIN, testDeps } from '../../test/support/deps';
import { signedIn } from '../auth/testing';
import { schedules } from '../db/schema';
import { getThresholds } from '../settings/settings';
import { WEEKLY_TUESDAY } from './testing';

async function setup() {
  const t = await testDeps();
  const app = t.app;
  const admin = await signedIn(t.deps, { role: 'admin' });
  const form = (path: string, fields: Record<string, string>, csrf = admin.csrf) =>
    app.request(path, {
      method: 'POST',
      headers: { cookie: admin.cookie, 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN },
      body: new URLSearchParams({ _csrf: csrf, ...fields }).toString(),
    });
  return { ...t, app, admin, form };
}

const FIELDS = { every: '2w', weekday: '5', time: '09:00', timezone: 'Europe/Berlin', openDays: '3', reminder1: '1', reminder2: '', reminder3: '', k: '6' };

describe('/admin/schedule', () => {
  it('explains the rules and offers the form when nothing is set', async () => {
    const { app, admin } = await setup();
    const page = await (await app.request('/admin/schedule', { headers: { cookie: admin.cookie } })).text();
    expect(page).toContain('<h1>Rhythmus</h1>');
    expect(page).toContain('Kein Rhythmus eingestellt');
    expect(page).toContain(`name="_csrf" value="${admin.csrf}"`);
    expect(page).toContain('09:00 bleibt 09:00');
    expect(page).toContain('beginnt die Welle um 03:00');
    expect(page).toContain('nächsten Werktag zur selben Uhrzeit');
    expect(page).toContain('Ist ihr Ende schon vorbei, entfällt sie.');
    const en = await (await app.request('/admin/schedule?lang=en', { headers: { cookie: admin.cookie } })).text();
    expect(en).toContain('<h1>Cadence</h1>');
    expect(en).toContain('09:00 stays 09:00');
    expect(en).toContain('German nationwide public holiday');
  });

  it('saves the form and shows the next five waves in local time, marking one moved off a holiday', async () => {
    const { form, app, admin, deps } = await setup();
    const res = await form('/admin/schedule', FIELDS);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/admin/schedule?saved=1');
    expect((await deps.db.select().from(schedules))[0]).toMatchObject({ every: '2w', weekday: 5, openDays: 3, reminders: '[1]', k: 6 });
    expect((await getThresholds(deps)).k).toBe(6);

    const page = await (await app.request('/admin/schedule', { headers: { cookie: admin.cookie } })).text();
    expect(page).toContain('Alle 2 Wochen, Freitag um 09:00 Uhr (Europe/Berlin), jeweils 3 Tage offen.');
    // Fridays from 6 Nov 2026, every two weeks: 6 Nov, 20 Nov, 4 Dec, 18 Dec, then 1 Jan 2027 → Monday 4 Jan.
    const rows = [...page.matchAll(/<tr data-slot="([^"]+)"><td data-label="Beginnt">([^<]+)(.*?)<\/td>/g)].map((m) => [m[1], m[2], m[3].includes('verschoben')]);
    expect(rows).toEqual([
      ['2026-11-06T09:00@Europe/Berlin', 'Fr., 6. Nov. 2026, 09:00', false],
      ['2026-11-20T09:00@Europe/Berlin', 'Fr., 20. Nov. 2026, 09:00', false],
      ['2026-12-04T09:00@Europe/Berlin', 'Fr., 4. Dez. 2026, 09:00', false],
      ['2026-12-18T09:00@Europe/Berlin', 'Fr., 18. Dez. 2026, 09:00', false],
      ['2027-01-04T09:00@Europe/Berlin', 'Mo., 4. Jan. 2027, 09:00', true],
    ]);
    expect(page).toContain('<option value="2w" selected>');
    expect(page).toContain('name="reminder1" type="number" min="1" max="27" value="1"');
  });

  it('shows what was wrong in the reader\'s language and keeps the input, with 422', async () => {
    const { form, deps } = await setup();
    const res = await form('/admin/schedule?lang=en', { ...FIELDS, every: '1w', openDays: '9', reminder1: '3', reminder2: '2', timezone: 'Nowhere/City' });
    expect(res.status).toBe(422);
    const page = await res.text();
    expect(page).toContain('The cadence was not saved.');
    // Each message beside its field, which points at it; the summary links to the fields.
    expect(page).toContain('<li><a href="#timezone">Time zone</a></li>');
    expect(page).toContain(
      'value="Nowhere/City" autocomplete="off" aria-invalid="true" aria-describedby="timezone-error"/><p class="field-error" id="timezone-error">Please give a time zone such as Europe/Berlin.</p>',
    );
    expect(page).toContain('<p class="field-error" id="openDays-error">A wave is open for 1 to 28 days'); 
    expect(page).toContain('value="Nowhere/City"');
    expect(await deps.db.select().from(schedules)).toEqual([]);
  });

  it('pauses', async () => {
    const { form, deps } = await setup();
    await form('/admin/schedule', FIELDS);
    const res = await form('/admin/schedule/pause', {});
    expect(res.status).toBe(303);
    expect(await deps.db.select().from(schedules)).toEqual([]);
  });

  it('sends people without a session to sign in, and refuses a form without the CSRF token or from a leader', async () => {
    const { app, form, deps } = await setup();
    const anon = await app.request('/admin/schedule');
    expect(anon.status).toBe(303);
    expect(anon.headers.get('location')).toBe('/login?next=%2Fadmin%2Fschedule');
    expect((await form('/admin/schedule', FIELDS, 'wrong')).status).toBe(403);
    const leader = await signedIn(deps, { role: 'leader', teamId: 'x' });
    expect((await app.request('/admin/schedule', { headers: { cookie: leader.cookie } })).status).toBe(403);
    expect(await deps.db.select().from(schedules)).toEqual([]);
    expect((await app.request('/admin/schedule', { headers: adminHeaders() })).status).toBe(200);
    expect(WEEKLY_TUESDAY.every).toBe('1w');
  });
});
