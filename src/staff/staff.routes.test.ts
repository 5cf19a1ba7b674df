import { asc } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, ORIGIN, T0, adminHeaders, testDeps } from '../../test/support/deps';
import { staff, teams } from '../db/schema';
import type { Deps } from '../deps';

type App = Awaited<ReturnType<typeof testDeps>>['app'];

const FIRST = [
  'E-Mail;Name;Abteilung;Rolle;Sprache',
  'anna@muster.de;Anna Weiß;Werk Nord/Montage;Basis-Nutzer;de',
  'ben@muster.de;Ben Krause;Werk Nord/Montage;Power-User;de',
  'cem@muster.de;Cem Yilmaz;Werk Nord;KI-Champion;en',
  'dora@muster.de;Dora Lang;Verwaltung;basic;',
].join('\r\n');

/** Ben leaves, Cem moves to Montage, Emil joins; Anna and Dora are unchanged (Anna's email in other case). */
const SECOND = [
  'email,name,team,role,language',
  'ANNA@muster.de,Anna Weiß,Werk Nord/Montage,basic,de',
  'cem@muster.de,Cem Yilmaz,Werk Nord/Montage,champion,en',
  'dora@muster.de,Dora Lang,Verwaltung,basic,de',
  'emil@muster.de,Emil Roth,Werk Süd/Lager,power,de',
].join('\n');

const putCsv = (app: App, body: string | Uint8Array<ArrayBuffer>, type = 'text/csv; charset=utf-8') =>
  app.request('/api/v1/staff', { method: 'PUT', headers: adminHeaders({ 'content-type': type }), body });

const snapshot = async (deps: Deps) => ({
  staff: await deps.db.select().from(staff).orderBy(asc(staff.email)),
  teams: await deps.db.select().from(teams).orderBy(asc(teams.path)),
});

describe('PUT /api/v1/staff', () => {
  it('creates, updates, deactivates and reactivates by email, never deleting anyone', async () => {
    const { app, deps, clock } = await testDeps();
    const first = await putCsv(app, '\uFEFF' + FIRST);
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ created: 4, updated: 0, deactivated: 0, total: 4 });

    clock.advance(60_000);
    const second = await putCsv(app, SECOND);
    expect(await second.json()).toEqual({ created: 1, updated: 1, deactivated: 1, total: 4 });

    const { staff: rows } = await snapshot(deps);
    expect(rows.map((r) => [r.email, r.active, r.updatedAt - T0])).toEqual([
      ['anna@muster.de', true, 0],
      ['ben@muster.de', false, 60_000],
      ['cem@muster.de', true, 60_000],
      ['dora@muster.de', true, 0],
      ['emil@muster.de', true, 60_000],
    ]);

    const again = await putCsv(app, FIRST);
    expect(await again.json()).toEqual({ created: 0, updated: 2, deactivated: 1, total: 4 });
    const ben = (await snapshot(deps)).staff.find((r) => r.email === 'ben@muster.de')!;
    expect(ben).toMatchObject({ active: true, name: 'Ben Krause', role: 'power', createdAt: T0 });
  });

  it('refuses a bad file with every bad row and changes nothing', async () => {
    const { app, deps } = await testDeps();
    await putCsv(app, FIRST);
    const before = await snapshot(deps);
    const bad = [
      'E-Mail;Name;Abteilung;Rolle;Sprache',
      'neu@muster.de;Neu;Werk Ost;basic;de',
      'kaputt;Kaputt;Werk Ost;basic;de',
      'anna@muster.de;;Werk Nord/;Chefin;de',
      'NEU@muster.de;Doppelt;Werk Ost;basic;xx',
    ].join('\r\n');
    const res = await putCsv(app, bad);
    expect(res.status).toBe(422);
    expect(await res.json()).toEqual({
      error: {
        code: 'UNPROCESSABLE',
        message: 'the file has 6 problems; nothing was imported',
        details: [
          { line: 3, column: 'E-Mail', message: '"kaputt" is not an email address' },
          { line: 4, column: 'Name', message: 'name is empty' },
          { line: 4, column: 'Abteilung', message: 'team path "Werk Nord/" has an empty segment' },
          { line: 4, column: 'Rolle', message: 'unknown role "Chefin"; use basic, power or champion (Basis-Nutzer, Power-User, KI-Champion)' },
          { line: 5, column: 'E-Mail', message: 'duplicate email, first on line 2' },
          { line: 5, column: 'Sprache', message: 'unknown language "xx"; use de, en, tr, pl, ru or uk' },
        ],
      },
    });
    expect(await snapshot(deps)).toEqual(before);
  });

  it('lists the first 500 problems of a 200,000-row file and counts them all, in a small answer', async () => {
    const { app, deps } = await testDeps();
    const rows = ['email,name,team,role'];
    for (let i = 0; i < 200_000; i++) rows.push(`person${i}@muster.de,Person ${i},Werk ${i % 40},${i % 2 ? 'basic' : 'chef'}`);
    const res = await putCsv(app, rows.join('\n'));
    expect(res.status).toBe(422);
    const text = await res.text();
    expect(text.length).toBeLessThan(100_000);
    const body = JSON.parse(text) as { error: { message: string; details: { line: number }[] } };
    expect(body.error.message).toBe('the file has 100000 problems; the first 500 are listed; nothing was imported');
    expect(body.error.details).toHaveLength(500);
    expect(body.error.details[0]).toEqual({ line: 2, column: 'role', message: expect.stringContaining('unknown role "chef"') });
    expect(body.error.details[499].line).toBe(1000);
    expect(await snapshot(deps)).toEqual({ staff: [], teams: [] });
  });

  it('refuses an empty file, an unclosed quote and a file that is not UTF-8 with the line', async () => {
    const { app, deps } = await testDeps();
    const details = async (res: Response) => ((await res.json()) as { error: { details: unknown[] } }).error.details;
    const empty = await putCsv(app, '');
    expect(empty.status).toBe(422);
    expect(await details(empty)).toEqual([{ line: 1, column: null, message: 'the file is empty' }]);

    const unclosed = await details(await putCsv(app, FIRST.replace('Ben Krause', '"Ben Krause')));
    expect(unclosed).toEqual([{ line: 3, column: null, message: expect.stringContaining('never closed') }]);

    // "Jürgen" in Windows-1252, as Excel's plain "CSV" writes it: ü is the single byte 0xFC.
    const latin1 = new Uint8Array([...new TextEncoder().encode('email;name;team;role\na@x.de;J'), 0xfc, ...new TextEncoder().encode('rgen;T;basic\n')]);
    const res = await putCsv(app, latin1);
    expect(res.status).toBe(422);
    expect(await details(res)).toEqual([
      { line: 2, column: null, message: 'the file is not UTF-8; save it as "CSV UTF-8" and upload it again' },
    ]);
    expect(await snapshot(deps)).toEqual({ staff: [], teams: [] });
  });

  it('answers 401 without a token, 415 for JSON and 413 above 20 MB', async () => {
    const { app } = await testDeps();
    const anonymous = await app.request('/api/v1/staff', { method: 'PUT', headers: { 'content-type': 'text/csv' }, body: FIRST });
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { error: { code: string } }).error.code).toBe('UNAUTHORIZED');

    const json = await putCsv(app, JSON.stringify({ rows: [] }), 'application/json');
    expect(json.status).toBe(415);
    expect(await json.json()).toEqual({
      error: { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'send the file with Content-Type: text/csv' },
    });

    const huge = await putCsv(app, FIRST + '\n' + 'x'.repeat(20 * 1024 * 1024));
    expect(huge.status).toBe(413);
    expect(await huge.json()).toEqual({ error: { code: 'PAYLOAD_TOO_LARGE', message: 'the file is larger than 20 MB' } });
  });
});

describe('GET /api/v1/teams', () => {
  it('lists the tree under the company root with direct active members', async () => {
    const { app } = await testDeps();
    await putCsv(app, FIRST);
    await putCsv(app, SECOND);
    const res = await app.request('/api/v1/teams', { headers: adminHeaders() });
    expect(res.status).toBe(200);
    const list = (await res.json()) as { id: string; name: string; path: string; parentId: string | null; members: number }[];
    const id = (path: string) => list.find((t) => t.path === path)!.id;
    expect(list.map(({ id: _, ...t }) => t)).toEqual([
      { name: 'Muster GmbH', path: '', parentId: null, members: 0 },
      { name: 'Verwaltung', path: 'Verwaltung', parentId: id(''), members: 1 },
      { name: 'Werk Nord', path: 'Werk Nord', parentId: id(''), members: 0 },
      { name: 'Montage', path: 'Werk Nord/Montage', parentId: id('Werk Nord'), members: 2 },
      { name: 'Werk Süd', path: 'Werk Süd', parentId: id(''), members: 0 },
      { name: 'Lager', path: 'Werk Süd/Lager', parentId: id('Werk Süd'), members: 1 },
    ]);
    expect(new Set(list.map((t) => t.id)).size).toBe(6);
  });

  it('needs the admin', async () => {
    const { app } = await testDeps();
    expect((await app.request('/api/v1/teams')).status).toBe(401);
    expect((await app.request('/api/v1/teams', { headers: { authorization: 'Bearer wrong-token' } })).status).toBe(401);
  });
});

describe('/admin/staff', () => {
  const signIn = async (app: App) => {
    const res = await app.request('/login', { method: 'POST', headers: { origin: ORIGIN }, body: new URLSearchParams({ token: ADMIN_TOKEN }) });
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
    const page = await (await app.request('/admin/staff', { headers: { cookie } })).text();
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page)?.[1] ?? '';
    return { cookie, csrf, page };
  };
  const upload = (app: App, cookie: string, fields: Record<string, string | Blob>) => {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    return app.request('/admin/staff', { method: 'POST', headers: { cookie, 'accept-language': 'en', origin: ORIGIN }, body: form });
  };

  it('imports an uploaded file, then shows the result and the team tree', async () => {
    const { app } = await testDeps();
    const { cookie, csrf, page } = await signIn(app);
    expect(csrf).toMatch(/^[\w-]{20,}$/);
    expect(page).toContain('Noch kein Import.');

    const file = new File(['\uFEFF' + FIRST], 'mitarbeiter.csv', { type: 'text/csv' });
    const res = await upload(app, cookie, { _csrf: csrf, file, csv: '' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/admin/staff');

    const after = await (await app.request('/admin/staff?lang=en', { headers: { cookie } })).text();
    expect(after).toContain('Last import on 2 Nov 2026, 09:00: 4 new, 0 changed, 0 made inactive, 4 active in total.');
    expect(after).toContain('Montage <span class="hint">(2 people)</span>');
    expect(after).toContain('Muster GmbH <span class="hint">(0 people)</span>');
  });

  it('takes pasted text when no file is chosen and shows bad rows as a table with status 422', async () => {
    const { app, deps } = await testDeps();
    const { cookie, csrf } = await signIn(app);
    const res = await upload(app, cookie, { _csrf: csrf, csv: 'email,name,team,role\na@x.de,A,T,basic\nb@x,B,T,basic\n' });
    expect(res.status).toBe(422);
    const page = await res.text();
    expect(page).toContain('The file was not imported: one problem. Nothing was changed.');
    expect(page).toContain('<td class="num">3</td><td>email</td><td>&quot;b@x&quot; is not an email address</td>');
    expect(await snapshot(deps)).toEqual({ staff: [], teams: [] });

    const pasted = await upload(app, cookie, { _csrf: csrf, csv: FIRST });
    expect(pasted.status).toBe(303);
    expect((await snapshot(deps)).staff).toHaveLength(4);
  });

  it('shows the first 500 bad rows of a large file and says how many more there are', async () => {
    const { app } = await testDeps();
    const { cookie, csrf } = await signIn(app);
    const rows = ['email,name,team,role'];
    for (let i = 0; i < 20_000; i++) rows.push(`person${i}@muster.de,Person ${i},Werk,chef`);
    const res = await upload(app, cookie, { _csrf: csrf, file: new File([rows.join('\n')], 'staff.csv', { type: 'text/csv' }) });
    expect(res.status).toBe(422);
    const page = await res.text();
    expect(page).toContain('The file was not imported: 20,000 problems. Nothing was changed.');
    expect(page.match(/<tr><td class="num">/g)).toHaveLength(500);
    expect(page).toContain('… and 19,500 more.');
  });

  it('refuses a post without the CSRF token and sends people without a session to sign in', async () => {
    const { app, deps } = await testDeps();
    const { cookie } = await signIn(app);
    const res = await upload(app, cookie, { csv: FIRST });
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('You are not allowed to see this.');
    const wrong = await upload(app, cookie, { _csrf: 'forged', csv: FIRST });
    expect(wrong.status).toBe(403);
    expect(await snapshot(deps)).toEqual({ staff: [], teams: [] });

    const anonymous = await app.request('/admin/staff');
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toBe('/login?next=%2Fadmin%2Fstaff');
  });
});
