import { describe, expect, it } from 'vitest';
import { adminHeaders, testDeps } from '../../test/support/deps';
import { signedIn } from '../auth/testing';
import { teams } from '../db/schema';
import { deliverDue } from '../mail/delivery';
import { importStaff } from '../staff/staff.service';
import { openWave } from '../waves/waves.service';
import { loadSettings } from './settings';
import { formValues } from './settings.pages';

const put = (app: Awaited<ReturnType<typeof testDeps>>['app'], body: unknown, headers = adminHeaders({ 'content-type': 'application/json' })) =>
  app.request('/api/v1/settings', { method: 'PUT', headers, body: JSON.stringify(body) });

describe('company, contact and calendar settings', () => {
  it('names the company in mails, the org tree and the privacy notice once set, instead of COMPANY_NAME', async () => {
    const { app, deps, outbox, clock } = await testDeps();
    await importStaff(deps, 'email,name,team,role\na@muster.de,A,Werk,basic\n');
    expect((await loadSettings(deps)).company).toEqual({ name: 'Muster GmbH', contact: '' });
    const res = await put(app, { company: { name: 'Muster Maschinenbau GmbH', contact: 'Personal, Frau Schmidt, 0711 123-45' } });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { company: unknown }).company).toEqual({ name: 'Muster Maschinenbau GmbH', contact: 'Personal, Frau Schmidt, 0711 123-45' });
    expect((await deps.db.select().from(teams)).find((t) => t.parentId === null)!.name).toBe('Muster Maschinenbau GmbH');
    await openWave(deps, { closesAt: clock.now() + 86_400_000 });
    await deliverDue(deps);
    expect(outbox.entries[0].subject).toBe('Muster Maschinenbau GmbH: Wie erleben Sie KI bei der Arbeit?');
    expect(outbox.entries[0].text).toContain('Datenschutz: Verantwortlich ist Muster Maschinenbau GmbH.');
    // A later import keeps the name the settings hold.
    await importStaff(deps, 'email,name,team,role\na@muster.de,A,Werk,basic\nb@muster.de,B,Werk,basic\n');
    expect((await deps.db.select().from(teams)).find((t) => t.parentId === null)!.name).toBe('Muster Maschinenbau GmbH');
  });

  it('takes a state and closure weeks, stored in one form, and refuses what it cannot read with a code per problem', async () => {
    const { app, deps } = await testDeps();
    const ok = await put(app, { calendar: { state: 'BY', closures: '24.12.2026 – 01.01.2027\n2027-08-02/2027-08-13' } });
    expect(ok.status).toBe(200);
    expect((await loadSettings(deps)).calendar).toEqual({ state: 'BY', closures: '2026-12-24/2027-01-01, 2027-08-02/2027-08-13' });
    const bad = await put(app, { calendar: { state: 'XX', closures: 'Weihnachten' }, company: { name: '' }, k: 6, kComments: 5 });
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { error: { details: unknown[] } }).error.details).toEqual([
      { path: 'company.name', code: 'too_small', message: expect.any(String) },
      { path: 'calendar.state', code: 'invalid_union', message: 'state is a German state code (BW … TH) or empty' },
      { path: 'calendar.closures', code: 'closures_invalid', message: expect.stringContaining('"Weihnachten" is not a date or range') },
    ]);
    const floor = await put(app, { k: 6, kComments: 5 });
    expect(((await floor.json()) as { error: { details: unknown[] } }).error.details).toEqual([
      { path: 'kComments', code: 'k_comments_below_k', message: 'kComments must be at least k' },
    ]);
    expect((await loadSettings(deps)).calendar.state).toBe('BY');
  });

  it('shows the new fields on the page, and a refused one beside it with what was typed (422)', async () => {
    const { app, deps } = await testDeps();
    const admin = await signedIn(deps, { role: 'admin' });
    const form = formValues(await loadSettings(deps));
    const res = await app.request('/admin/settings?lang=de', {
      method: 'POST',
      headers: { cookie: admin.cookie, origin: 'http://puls.test', 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ ...form, _csrf: admin.csrf, closures: '24.12.2026 – 01.01.2027\nSommer', state: 'SN' }),
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('<p class="field-error" id="closures-error">„Sommer“ ist kein Zeitraum. Bitte je Zeile einen Tag oder einen Zeitraum');
    expect(html).toContain('24.12.2026 – 01.01.2027\nSommer</textarea>');
    expect(html).toContain('<option value="SN" selected>Sachsen</option>');
    const saved = await app.request('/admin/settings?lang=de', {
      method: 'POST',
      headers: { cookie: admin.cookie, origin: 'http://puls.test', 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ ...form, _csrf: admin.csrf, closures: '24.12.2026 – 01.01.2027', state: 'SN' }),
    });
    expect(saved.status).toBe(303);
    const after = await (await app.request('/admin/settings?lang=de', { headers: { cookie: admin.cookie } })).text();
    expect(after).toContain('rows="4" maxlength="2000">24.12.2026 – 01.01.2027</textarea>');
  });
});
