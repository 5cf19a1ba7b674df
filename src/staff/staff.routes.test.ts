import { asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { T0, adminHeaders, testDeps } from '../../test/support/deps';
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
          { line: 3, column: 'E-Mail', code: 'email_invalid', params: { value: 'kaputt' }, message: '"kaputt" is not an email address' },
          { line: 4, column: 'Name', code: 'name_empty', message: 'name is empty' },
          { line: 4, column: 'Abteilung', code: 'team_empty_segment', params: { value: 'Werk Nord/' }, message: 'team path "Werk Nord/" has an empty segment' },
          {
            line: 4,
            column: 'Rolle',
            code: 'role_unknown',
            params: { value: 'Chefin' },
            message: 'unknown role "Chefin"; use basic, power or champion (Basis-Nutzer, Power-User, KI-Champion)',
          },
          { line: 5, column: 'E-Mail', code: 'email_duplicate', params: { first: 2 }, message: 'duplicate email, first on line 2' },
          { line: 5, column: 'Sprache', code: 'language_unknown', params: { value: 'xx' }, message: 'unknown language "xx"; use de, en, tr, pl, ru or uk' },
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
    expect(body.error.details[0]).toEqual({ line: 2, column: 'role', code: 'role_unknown', params: { value: 'chef' }, message: expect.stringContaining('unknown role "chef"') });
    expect(body.error.details[499].line).toBe(1000);
    expect(await snapshot(deps)).toEqual({ staff: [], teams: [] });
  });

  it('refuses an empty file, an unclosed quote and a file that is not UTF-8 with the line', async () => {
    const { app, deps } = await testDeps();
    const details = async (res: Response) => ((await res.json()) as { error: { details: unknown[] } }).error.details;
    const empty = await putCsv(app, '');
    expect(empty.status).toBe(422);
    expect(await details(empty)).toEqual([{ line: 1, column: null, code: 'file_empty', message: 'the file is empty' }]);

    const unclosed = await details(await putCsv(app, FIRST.replace('Ben Krause', '"Ben Krause')));
    expect(unclosed).toEqual([{ line: 3, column: null, code: 'quote_not_closed', message: expect.stringContaining('never closed') }]);

    // "Jürgen" in Windows-1252, as Excel's plain "CSV" writes it: ü is the single byte 0xFC.
    const latin1 = new Uint8Array([...new TextEncoder().encode('email;name;team;role\na@x.de;J'), 0xfc, ...new TextEncoder().encode('rgen;T;basic\n')]);
    const res = await putCsv(app, latin1);
    expect(res.status).toBe(422);
    expect(await details(res)).toEqual([
      { line: 2, column: null, code: 'not_utf8', message: 'the file is not UTF-8; save it as "CSV UTF-8" and upload it again' },
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
      error: { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'send the file with Content-Type: text/csv', details: [{ code: 'unsupported_media_type' }] },
    });

    const huge = await putCsv(app, FIRST + '\n' + 'x'.repeat(20 * 1024 * 1024));
    expect(huge.status).toBe(413);
    expect(await huge.json()).toEqual({
      error: { code: 'PAYLOAD_TOO_LARGE', message: 'the file is larger than 20 MB', details: [{ code: 'file_too_large', limitMb: 20 }] },
    });
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


describe('PUT /api/v1/staff?dryRun=1', () => {
  it('gives the counts an import would have and changes nothing', async () => {
    const { app, deps } = await testDeps();
    await putCsv(app, FIRST);
    const before = await snapshot(deps);
    const dry = await app.request('/api/v1/staff?dryRun=1', { method: 'PUT', headers: adminHeaders({ 'content-type': 'text/csv' }), body: SECOND });
    expect(dry.status).toBe(200);
    expect(await dry.json()).toEqual({ created: 1, updated: 1, deactivated: 1, total: 4, dryRun: true });
    expect(await snapshot(deps)).toEqual(before);
    // The same file for real gives the same counts.
    expect(await (await putCsv(app, SECOND)).json()).toEqual({ created: 1, updated: 1, deactivated: 1, total: 4 });
  });

  it('refuses a bad file with 422 as the import does, and a bad flag with 400', async () => {
    const { app } = await testDeps();
    const bad = await app.request('/api/v1/staff?dryRun=1', { method: 'PUT', headers: adminHeaders({ 'content-type': 'text/csv' }), body: 'email,name\n' });
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { error: { details: { code: string }[] } }).error.details.map((d) => d.code)).toEqual(['column_missing', 'column_missing']);
    const flag = await app.request('/api/v1/staff?dryRun=maybe', { method: 'PUT', headers: adminHeaders({ 'content-type': 'text/csv' }), body: FIRST });
    expect(flag.status).toBe(400);
    expect(((await flag.json()) as { error: { details: { path: string; code: string }[] } }).error.details).toEqual([
      { path: 'dryRun', code: 'invalid_value', message: expect.any(String) },
    ]);
  });
});

describe('GET /api/v1/staff', () => {
  const get = (app: App, query = '', headers: Record<string, string> = adminHeaders()) => app.request(`/api/v1/staff${query}`, { headers });

  it('lists people by name with their team path, and filters by words, team (with its subtree), role and status', async () => {
    const { app, deps } = await testDeps();
    await putCsv(app, FIRST);
    await putCsv(app, SECOND);
    const all = await get(app);
    expect(all.headers.get('x-total-count')).toBe('5');
    const people = (await all.json()) as { name: string; team: string; role: string; language: string; active: boolean; email: string; id: string }[];
    expect(people.map((p) => [p.name, p.team, p.role, p.language, p.active])).toEqual([
      ['Anna Weiß', 'Werk Nord/Montage', 'basic', 'de', true],
      ['Ben Krause', 'Werk Nord/Montage', 'power', 'de', false],
      ['Cem Yilmaz', 'Werk Nord/Montage', 'champion', 'en', true],
      ['Dora Lang', 'Verwaltung', 'basic', 'de', true],
      ['Emil Roth', 'Werk Süd/Lager', 'power', 'de', true],
    ]);
    expect(Object.keys(people[0]).sort()).toEqual(['active', 'channel', 'email', 'employeeId', 'id', 'language', 'name', 'role', 'team']);

    const names = async (query: string) => ((await (await get(app, query)).json()) as { name: string }[]).map((p) => p.name);
    expect(await names('?q=krause%20ben')).toEqual(['Ben Krause']);
    expect(await names('?q=WEI')).toEqual(['Anna Weiß']);
    expect(await names('?q=muster.de&active=no')).toEqual(['Ben Krause']);
    expect(await names('?team=Werk%20Nord&active=yes')).toEqual(['Anna Weiß', 'Cem Yilmaz']);
    expect(await names('?role=power')).toEqual(['Ben Krause', 'Emil Roth']);
    expect(await names('?q=%25')).toEqual([]);
    expect(await names('?team=nowhere')).toEqual([]);
    const [root] = await deps.db.select({ id: teams.id }).from(teams).where(eq(teams.path, ''));
    expect(await names(`?team=${root.id}`)).toHaveLength(5);
    const page = await get(app, '?limit=2&offset=2');
    expect(page.headers.get('x-total-count')).toBe('5');
    expect(((await page.json()) as { name: string }[]).map((p) => p.name)).toEqual(['Cem Yilmaz', 'Dora Lang']);
  });

  it('downloads the list as a CSV for German Excel that the import reads back, and logs the download', async () => {
    const { app, deps } = await testDeps();
    await putCsv(app, FIRST);
    const res = await get(app, '?format=csv&lang=de&active=all');
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="belegschaft.csv"');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.split('\r\n').slice(0, 3)).toEqual([
      'E-Mail;Name;Abteilung;Rolle;Sprache;Personalnummer;Kanal;Aktiv',
      'anna@muster.de;Anna Weiß;Werk Nord/Montage;Basis-Nutzer;de;;E-Mail;ja',
      'ben@muster.de;Ben Krause;Werk Nord/Montage;Power-User;de;;E-Mail;ja',
    ]);
    const before = await snapshot(deps);
    expect(await (await putCsv(app, text)).json()).toEqual({ created: 0, updated: 0, deactivated: 0, total: 4 });
    expect(await snapshot(deps)).toEqual(before);
    const english = await (await get(app, '?format=csv&lang=en&role=champion')).text();
    expect(english).toBe('email,name,team,role,language,employee_id,channel,active\ncem@muster.de,Cem Yilmaz,Werk Nord,champion,en,,email,yes\n');
    const { entries } = await (await import('../audit/audit.service')).listAudit(deps, { limit: 5 }).then((e) => ({ entries: e }));
    expect(entries.filter((e) => e.action === 'staff.exported').map((e) => e.details)).toEqual([{ people: 1 }, { people: 4 }]);
  });

  it('guards cells Excel would run as formulas', async () => {
    const { app } = await testDeps();
    expect((await putCsv(app, 'email,name,team,role\nx@muster.de,=1+2,@Werk,basic\n')).status).toBe(200);
    expect(await (await get(app, '?format=csv&lang=en')).text()).toContain(`x@muster.de,'=1+2,'@Werk,basic,de,,email,yes`);
  });

  it('answers 401 without a sign-in, 403 for a leader, 400 for bad filters', async () => {
    const { app, deps } = await testDeps();
    expect((await get(app, '', {})).status).toBe(401);
    const { signedIn } = await import('../auth/testing');
    const leader = await signedIn(deps, { role: 'leader', teamId: 'x' });
    const forbidden = await get(app, '', { cookie: leader.cookie });
    expect(forbidden.status).toBe(403);
    expect(await forbidden.json()).toEqual({ error: { code: 'FORBIDDEN', message: 'this needs an admin', details: [{ code: 'admin_only' }] } });
    const bad = await get(app, '?role=chef&limit=0');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { details: { path: string }[] } }).error.details.map((d) => d.path)).toEqual(['role', 'limit']);
  });
});
