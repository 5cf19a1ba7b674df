import { describe, expect, it } from 'vitest';
import { ORIGIN, testDeps } from '../../test/support/deps';
import { signedIn, type TestSession } from '../auth/testing';
import { listChanges } from '../approvals/pending';
import { formValues } from './settings.pages';
import { loadSettings } from './settings';

async function setup() {
  const t = await testDeps();
  const admin = await signedIn(t.deps, { role: 'admin', email: 'chefin@muster.de' });
  const council = await signedIn(t.deps, { role: 'council', email: 'br@muster.de' });
  const post = (who: TestSession, fields: Record<string, string>, lang = 'de') =>
    t.app.request(`/admin/settings?lang=${lang}`, {
      method: 'POST',
      headers: { cookie: who.cookie, origin: ORIGIN },
      body: new URLSearchParams({ _csrf: who.csrf, ...fields }),
    });
  const page = async (who: TestSession, query = 'lang=de') => (await t.app.request(`/admin/settings?${query}`, { headers: { cookie: who.cookie } })).text();
  const current = async () => formValues(await loadSettings(t.deps));
  return { ...t, admin, council, post, page, current };
}

describe('/admin/settings', () => {
  it('saves what raises protection at once and says so', async () => {
    const s = await setup();
    const res = await s.post(s.admin, { ...(await s.current()), k: '6', dpoContact: 'dsb@muster.de' });
    expect([res.status, res.headers.get('location')]).toEqual([303, '/admin/settings?saved=1&lang=de']);
    expect(await loadSettings(s.deps)).toMatchObject({ k: 6, privacy: { dpoContact: 'dsb@muster.de' } });
    expect(await s.page(s.admin, 'saved=1&lang=de')).toContain('Gespeichert.');
  });

  it('keeps what lowers protection pending (an unticked box switches reminders to everyone off) and says so', async () => {
    const s = await setup();
    const { remindEveryone: _on, ...rest } = await s.current();
    const res = await s.post(s.admin, { ...rest, commentsMonths: '6' }, 'en');
    expect(res.headers.get('location')).toBe('/admin/settings?pending=1&lang=en');
    const { pending } = await listChanges(s.deps, null);
    expect(pending.map((p) => p.change)).toEqual([
      {
        kind: 'settings',
        changes: [
          { path: 'remindEveryone', from: true, to: false },
          { path: 'retention.commentsMonths', from: 12, to: 6 },
        ],
      },
    ]);
    expect(await loadSettings(s.deps)).toMatchObject({ remindEveryone: true, retention: { commentsMonths: 12 } });
    expect(await s.page(s.admin, 'pending=1&lang=en')).toContain('Part of the change lowers protection and waits for a second person');
    expect(await s.page(s.council)).toContain('Eine Änderung wartet auf Freigabe.');
  });

  it('comes back with the posted values and the refused fields named, in the reader language (422)', async () => {
    const s = await setup();
    const res = await s.post(s.admin, { ...(await s.current()), k: '2', resultsYears: 'viele', controllerName: '' }, 'en');
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Please check the marked fields:');
    for (const [field, label] of [['k', 'Minimum number of answers (k)'], ['resultsYears', 'Keeping results'], ['controllerName', 'Controller']]) {
      expect(html).toContain(`<li><a href="#${field}">${label}</a></li>`);
    }
    // Each message beside its field, which points at it.
    expect(html).toContain('aria-describedby="k-error" type="number" min="3" max="50" required value="2"/></span><p class="field-error" id="k-error">k is between 3 and 50');
    expect(html).toContain('<p class="field-error" id="resultsYears-error">Please give a whole number from 1 to 10 years.</p>');
    expect(html).toContain('<p class="field-error" id="controllerName-error">Please name the controller (at most 200 characters).</p>');
    expect(html).toContain('id="resultsYears" name="resultsYears" aria-invalid="true"');
    expect(html).toMatch(/id="k" name="k" aria-invalid="true"[^>]*value="2"/);
    expect((await loadSettings(s.deps)).k).toBe(5);
  });

  it('shows the council every value read-only and refuses its posts', async () => {
    const s = await setup();
    const html = await s.page(s.council);
    expect(html).toContain('Sie sehen die Einstellungen; ändern kann sie die Administration.');
    expect(html).toContain('<input id="k" name="k" disabled type="number"');
    // The settings form carries no token and no submit button (the token on the page is the sign-out's).
    const form = html.slice(html.indexOf('class="settings-form"'), html.indexOf('</form>', html.indexOf('class="settings-form"')));
    expect(form).not.toContain('name="_csrf"');
    expect(form).not.toContain('<button type="submit">');
    const res = await s.post(s.council, { k: '9' });
    expect(res.status).toBe(403);
    expect((await loadSettings(s.deps)).k).toBe(5);
  });
});

describe('/admin/approvals', () => {
  it('lets a second person approve from the page, and tells the requester to find one', async () => {
    const s = await setup();
    const { remindEveryone: _on, ...rest } = await s.current();
    await s.post(s.admin, rest);
    const mine = await (await s.app.request('/admin/approvals?lang=de', { headers: { cookie: s.admin.cookie } })).text();
    expect(mine).toContain('Erinnerungen an alle Eingeladenen: an → aus');
    expect(mine).toContain('Sie haben diese Änderung beantragt; freigeben muss sie eine zweite Person.');
    expect(mine).not.toContain('>Freigeben</button>');
    expect(mine).toContain('>Zurückziehen</button>');

    const [change] = (await listChanges(s.deps, null)).pending;
    const own = await s.app.request(`/admin/approvals/${change.id}/approve?lang=de`, {
      method: 'POST',
      headers: { cookie: s.admin.cookie, origin: ORIGIN },
      body: new URLSearchParams({ _csrf: s.admin.csrf }),
    });
    expect(own.status).toBe(403);
    expect(await own.text()).toContain('Diese Änderung können Sie nicht freigeben');

    const ok = await s.app.request(`/admin/approvals/${change.id}/approve?lang=en`, {
      method: 'POST',
      headers: { cookie: s.council.cookie, origin: ORIGIN },
      body: new URLSearchParams({ _csrf: s.council.csrf }),
    });
    expect([ok.status, ok.headers.get('location')]).toEqual([303, '/admin/approvals?done=approved&lang=en']);
    expect((await loadSettings(s.deps)).remindEveryone).toBe(false);
    const after = await (await s.app.request('/admin/approvals?done=approved&lang=en', { headers: { cookie: s.council.cookie } })).text();
    expect(after).toContain('The change is approved and applies now.');
    expect(after).toContain('Approved by br@muster.de');
    const gone = await s.app.request('/admin/approvals/nope/reject', {
      method: 'POST',
      headers: { cookie: s.council.cookie, origin: ORIGIN },
      body: new URLSearchParams({ _csrf: s.council.csrf }),
    });
    expect(gone.status).toBe(404);
  });
});
