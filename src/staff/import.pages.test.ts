import { asc } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ORIGIN, adminHeaders, testDeps } from '../../test/support/deps';
import { signedIn, type TestSession } from '../auth/testing';
import { staff, staffUploads } from '../db/schema';
import type { Deps } from '../deps';
import { UPLOAD_TTL_MS } from './upload';

const FIRST = ['email;name;team;role', 'anna@muster.de;Anna Weiß;Werk Nord/Montage;basic', 'ben@muster.de;Ben Krause;Werk Nord;power'];
const people = (n: number) => Array.from({ length: n }, (_, i) => `p${i}@muster.de;Person ${i};Werk Nord;basic`);

async function setup() {
  const t = await testDeps();
  const admin = await signedIn(t.deps, { role: 'admin', email: 'hr@muster.de' });
  const upload = (fields: Record<string, string | Blob>, who: TestSession | { cookie: string; csrf: string } = admin, lang = 'de') => {
    const form = new FormData();
    for (const [k, v] of Object.entries({ _csrf: who.csrf, ...fields })) form.append(k, v);
    return t.app.request(`/admin/staff/import?lang=${lang}`, { method: 'POST', headers: { cookie: who.cookie, origin: ORIGIN }, body: form });
  };
  const confirm = (page: string, extra: Record<string, string> = {}, lang = 'de') => {
    const action = /action="(\/admin\/staff\/import\/[^"]+)"/.exec(page)![1];
    const hidden = Object.fromEntries([...page.matchAll(/<input type="hidden" name="(\w+)" value="([^"]*)"\/>/g)].map((m) => [m[1], m[2]]));
    return t.app.request(`${action}?lang=${lang}`, {
      method: 'POST',
      headers: { cookie: admin.cookie, origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ ...hidden, ...extra }),
    });
  };
  const put = (lines: string[]) => t.app.request('/api/v1/staff', { method: 'PUT', headers: adminHeaders({ 'content-type': 'text/csv' }), body: lines.join('\n') });
  return { ...t, admin, upload, confirm, put };
}

const emails = async (deps: Deps) => (await deps.db.select().from(staff).orderBy(asc(staff.email))).map((s) => `${s.email}${s.active ? '' : ' (inaktiv)'}`);

describe('/admin/staff/import: preview, then confirm', () => {
  it('shows what a file would change, writes nothing, and applies exactly that file on confirmation', async () => {
    const s = await setup();
    await s.put(FIRST);
    const file = new File([['email;name;team;role', 'anna@muster.de;Anna Weiß;Werk Süd;basic', 'cem@muster.de;Müller, Cem;Werk Nord;champion'].join('\r\n')], 'liste.csv');
    const res = await s.upload({ file, csv: '' });
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('Noch ist nichts geändert.');
    expect(page).toContain('1 neu, 1 geändert, 1 werden inaktiv. Danach sind 2 Personen aktiv.');
    expect(page).toContain('<li>Team: Werk Nord/Montage → Werk Süd</li>');
    expect(page).toContain('<h2>Werden inaktiv (1)</h2>');
    expect(page).toContain('Müller, Cem');
    // Half of the active people would go: red, and a box to tick.
    expect(page).toContain('data-testid="preview-warning"');
    expect(await emails(s.deps)).toEqual(['anna@muster.de', 'ben@muster.de']);

    const unticked = await s.confirm(page);
    expect(unticked.status).toBe(422);
    expect(await unticked.text()).toContain('Bitte bestätigen Sie ausdrücklich, dass so viele Personen inaktiv werden sollen.');
    expect(await emails(s.deps)).toEqual(['anna@muster.de', 'ben@muster.de']);

    const done = await s.confirm(page, { confirmDeactivation: 'yes' });
    expect([done.status, done.headers.get('location')]).toEqual([303, '/admin/staff?imported=1']);
    expect(await emails(s.deps)).toEqual(['anna@muster.de', 'ben@muster.de (inaktiv)', 'cem@muster.de']);
    expect(await s.deps.db.select().from(staffUploads)).toEqual([]);
    const list = await (await s.app.request('/admin/staff?imported=1&lang=en', { headers: { cookie: s.admin.cookie } })).text();
    expect(list).toContain('The import has been applied.');
    expect(list).toContain('1 new, 1 changed, 1 made inactive, 2 active in total.');

    // The same confirmation again: the file is gone, nothing happens twice.
    const again = await s.confirm(page, { confirmDeactivation: 'yes' }, 'en');
    expect(again.status).toBe(410);
    expect(await again.text()).toContain('The preview has expired. Please upload the file again.');
  });

  it('needs no extra tick when at most a fifth become inactive', async () => {
    const s = await setup();
    await s.put(['email;name;team;role', ...people(10)]);
    const page = await (await s.upload({ csv: ['email;name;team;role', ...people(8)].join('\n') })).text();
    expect(page).toContain('0 neu, 0 geändert, 2 werden inaktiv.');
    expect(page).not.toContain('preview-warning');
    expect((await s.confirm(page)).status).toBe(303);
  });

  it('shows the new preview (409) when the staff list changed after the preview', async () => {
    const s = await setup();
    const page = await (await s.upload({ csv: FIRST.join('\n') })).text();
    expect(page).toContain('2 neu, 0 geändert, 0 werden inaktiv.');
    await s.put([...FIRST, 'dora@muster.de;Dora;Verwaltung;basic']);
    const res = await s.confirm(page);
    expect(res.status).toBe(409);
    const again = await res.text();
    expect(again).toContain('Die Belegschaft hat sich seit der Vorschau geändert.');
    expect(again).toContain('0 neu, 0 geändert, 1 werden inaktiv.');
    expect((await s.confirm(again, { confirmDeactivation: 'yes' })).status).toBe(303);
    expect(await emails(s.deps)).toEqual(['anna@muster.de', 'ben@muster.de', 'dora@muster.de (inaktiv)']);
  });

  it('refuses a bad file with every problem in the reader language beside its line, keeping what was pasted (422)', async () => {
    const s = await setup();
    const pasted = 'email,name,team,role\na@x.de,A,T,basic\nb@x,B,T,chef\n';
    const res = await s.upload({ csv: pasted }, s.admin, 'de');
    expect(res.status).toBe(422);
    const page = await res.text();
    expect(page).toContain('Die Datei wurde nicht importiert: 2 Probleme. Es wurde nichts geändert.');
    expect(page).toContain('<td data-label="Problem">„b@x“ ist keine E-Mail-Adresse.</td>');
    expect(page).toContain('<td data-label="Problem">Die Rolle „chef“ gibt es nicht. Erlaubt sind Basis-Nutzer, Power-User und KI-Champion.</td>');
    // Kept as the browser sent it (form fields carry CRLF line breaks).
    expect(/<textarea id="csv"[^>]*>([^<]*)<\/textarea>/.exec(page)?.[1]).toBe(pasted.replace(/\n/g, '\r\n'));
    expect(page).not.toMatch(/is not an email|unknown role/);
    const file = await s.upload({ file: new File(['name\n'], 'x.csv') }, s.admin, 'en');
    const filePage = await file.text();
    expect(filePage).toContain('Please choose the corrected file again');
    expect(filePage).toContain('This column is missing from the header row.');
    expect(await s.deps.db.select().from(staffUploads)).toEqual([]);
  });

  it('shows the first 500 problems of a large file and how many more there are', async () => {
    const s = await setup();
    const rows = ['email,name,team,role'];
    for (let i = 0; i < 20_000; i++) rows.push(`person${i}@muster.de,Person ${i},Werk,chef`);
    const page = await (await s.upload({ file: new File([rows.join('\n')], 'staff.csv') }, s.admin, 'en')).text();
    expect(page).toContain('The file was not imported: 20,000 problems. Nothing was changed.');
    expect(page.match(/<tr><td class="num" data-label="Line">/g)).toHaveLength(500);
    expect(page).toContain('… and 19,500 more.');
  });

  it('forgets a previewed file after an hour, and the tick deletes it', async () => {
    const s = await setup();
    const page = await (await s.upload({ csv: FIRST.join('\n') })).text();
    s.clock.advance(UPLOAD_TTL_MS + 1);
    expect((await s.confirm(page)).status).toBe(410);
    const { runDue } = await import('../schedule/tick');
    await runDue(s.deps);
    expect(await s.deps.db.select().from(staffUploads)).toEqual([]);
    expect(await emails(s.deps)).toEqual([]);
  });

  it('refuses a post without the CSRF token or from a leader, and sends people without a session to sign in', async () => {
    const s = await setup();
    const forged = await s.upload({ csv: FIRST.join('\n') }, { cookie: s.admin.cookie, csrf: 'forged' }, 'en');
    expect(forged.status).toBe(403);
    expect(await forged.text()).toContain('The session does not match this form.');
    const leader = await signedIn(s.deps, { role: 'leader', teamId: 'x' });
    expect((await s.upload({ csv: FIRST.join('\n') }, leader)).status).toBe(403);
    expect(await s.deps.db.select().from(staffUploads)).toEqual([]);
    for (const path of ['/admin/staff', '/admin/staff/import']) {
      const anonymous = await s.app.request(path);
      expect([anonymous.status, anonymous.headers.get('location')]).toEqual([303, `/login?next=${encodeURIComponent(path)}`]);
    }
  });
});

describe('/admin/staff: the list', () => {
  it('searches, filters and pages, and links the CSV download with the same filters', async () => {
    const s = await setup();
    await s.put(['email;name;team;role', 'j@muster.de;"Müller, Jürgen";Werk Nord/Montage;champion', ...people(60)]);
    const page = async (query: string) => (await s.app.request(`/admin/staff?${query}`, { headers: { cookie: s.admin.cookie } })).text();
    const found = await page('q=j%C3%BCrgen+m%C3%BCller');
    expect(found).toContain('Eine Person gefunden.');
    expect(found).toContain('<td data-label="Name">Müller, Jürgen</td>');
    expect(found).toContain('href="/api/v1/staff?q=j%C3%BCrgen+m%C3%BCller&amp;active=yes&amp;format=csv&amp;lang=de"');
    const first = await page('');
    expect(first).toContain('61 Personen gefunden.');
    expect(first.match(/<tr>|<tr class/g)).toHaveLength(51);
    expect(first).toContain('1–50 von 61');
    const second = await page('page=2');
    expect(second).toContain('51–61 von 61');
    expect(second).toContain('← Vorherige Seite');
    expect(await page('role=power')).toContain('Niemand passt zu dieser Suche.');
    const bad = await s.app.request('/admin/staff?role=chef&lang=en', { headers: { cookie: s.admin.cookie } });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('The request was incomplete or malformed.');
  });

  it('names every staff language in the reader’s language and says who gets a letter instead of a mail', async () => {
    const s = await setup();
    await s.put(['name;team;role;language;employee_id;channel', 'Ayşe Demir;Werk Nord/Montage;basic;tr;4711;print', 'Olena Koval;Werk Nord/Montage;basic;uk;4712;print']);
    const page = async (lang: string) => (await s.app.request(`/admin/staff?lang=${lang}`, { headers: { cookie: s.admin.cookie } })).text();
    const de = await page('de');
    expect(de).toContain('<td data-label="Sprache">Türkisch</td>');
    expect(de).toContain('<td data-label="Sprache">Ukrainisch</td>');
    expect(de).toContain('<td data-label="E-Mail">per Brief</td>');
    const en = await page('en');
    expect(en).toContain('<td data-label="Language">Turkish</td>');
    expect(en).toContain('<td data-label="Email">by letter</td>');
  });
});
