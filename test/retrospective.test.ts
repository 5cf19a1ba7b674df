import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { signedIn, type TestSession } from '../src/auth/testing';
import { comments as commentsTable, teams, waves } from '../src/db/schema';
import { seedDemo } from '../src/demo/seed';
import type { Retrospective, ViewModel, WaveEntry } from '../src/export/model';
import { isWithheld } from '../src/export/model';
import { getQuarterlyModule } from '../src/settings/settings';
import { adminHeaders, testDeps } from './support/deps';

/**
 * The quarterly retrospective of the demo company (Q4 2026: a retrospective wave and a pulse wave; Q3 before it),
 * read through the API as an admin would, and checked against the results API of the results issue: nothing the
 * results suppress has a number in the export, the CSV says the same as the JSON in both flavours, and comments
 * appear only where rule 5 allows, without any attribute.
 */
type Setup = Awaited<ReturnType<typeof testDeps>>;
let setup: Setup;
let model: Retrospective;
let leader: TestSession;
let csv: { de: string; en: string };

const api = (path: string, init: RequestInit = {}) => setup.app.request(path, { ...init, headers: { ...adminHeaders(), ...(init.headers as Record<string, string>) } });

beforeAll(async () => {
  setup = await testDeps();
  await seedDemo(setup.deps, { history: 4, now: setup.clock.now() });
  const res = await api('/api/v1/retrospectives/2026-Q4?format=json&lang=de');
  expect(res.status).toBe(200);
  model = (await res.json()) as Retrospective;
  csv = {
    // Bytes as Excel gets them: Response.text() would drop the BOM this test wants to see.
    de: new TextDecoder('utf-8', { ignoreBOM: true }).decode(await (await api('/api/v1/retrospectives/2026-Q4?format=csv&lang=de')).arrayBuffer()),
    en: await (await api('/api/v1/retrospectives/2026-Q4?format=csv')).text(),
  };
  const [team] = await setup.deps.db.select().from(teams).limit(1);
  leader = await signedIn(setup.deps, { role: 'leader', teamId: team.id });
});

interface ResultsWave {
  waveId: string;
  published: boolean;
  respondents?: number;
  scores?: Record<string, { value: number; n: number }>;
}

async function resultsFor(view: Pick<ViewModel, 'team' | 'role'>): Promise<Map<string, ResultsWave>> {
  const res = await api(`/api/v1/results?team=${view.team.id}${view.role ? `&role=${view.role}` : ''}`);
  expect(res.status).toBe(200);
  return new Map(((await res.json()) as { waves: ResultsWave[] }).waves.map((w) => [w.waveId, w]));
}

const num = (text: string, lang: 'de' | 'en') => (text === '' ? null : Number(lang === 'de' ? text.replace(',', '.') : text));

describe('the retrospective export', () => {
  it('models the quarter: its waves, the previous quarter, the k in force and every view', async () => {
    expect(model).toMatchObject({ quarter: '2026-Q4', language: 'de', company: 'Muster GmbH', k: 5, kComments: 10 });
    expect(model.period).toEqual({ from: '2026-09-30T22:00:00.000Z', to: '2026-12-31T23:00:00.000Z', timeZone: 'Europe/Berlin' });
    expect(model.waves.map((w) => w.module)).toEqual(['quarterly', 'pulse']);
    expect(model.previousQuarter?.quarter).toBe('2026-Q3');
    expect(model.previousQuarter?.waveIds).toHaveLength(2);
    const allTeams = await setup.deps.db.select().from(teams);
    const kinds = (kind: string) => model.views.filter((v) => v.kind === kind);
    expect(kinds('company')).toHaveLength(1);
    expect(kinds('team')).toHaveLength(allTeams.length - 1);
    // Roles are compared for the company only (results/splits.ts); the demo's company is mixed enough for all three.
    expect(kinds('role').map((v) => v.role)).toEqual(['basic', 'power', 'champion']);
    expect(kinds('team-role')).toEqual([]);
    expect(model.measures.map((m) => m.id)).toEqual(expect.arrayContaining(['trust', 'fear', 'gap', 'gap.human', 'gap.system', 'adopter', 'maturity.tools', 'kpi.hours', 'kpi.tasks']));
    expect(model.measures.find((m) => m.id === 'kpi.hours')).toEqual({ id: 'kpi.hours', label: 'Gesparte Stunden pro Woche', unit: 'hours' });
  });

  it('has no number for any view and wave the results API suppresses, and the same numbers where it publishes', async () => {
    let suppressed = 0;
    let published = 0;
    const csvRows = parse(csv.en, { columns: true }) as Record<string, string>[];
    for (const view of model.views) {
      const results = await resultsFor(view);
      for (const entry of view.waves) {
        const truth = results.get(entry.waveId)!;
        expect(entry.published, `${view.key} ${entry.title}`).toBe(truth.published);
        const rows = csvRows.filter((r) => r.view_team_path === view.team.path && r.view_role === (view.role ?? 'all') && r.wave_id === entry.waveId);
        expect(rows.length).toBeGreaterThan(20);
        if (!truth.published) {
          suppressed++;
          expect(Object.keys(entry).sort()).toEqual(['closedAt', 'k', 'module', 'published', 'reason', 'reasonText', 'title', 'waveId']);
          for (const r of rows) {
            expect([r.value, r.low, r.high, r.n, r.published]).toEqual(['', '', '', '', 'false']);
            expect(r.reason_code).toBe(entry.reason);
          }
          continue;
        }
        published++;
        expect(entry.respondents).toBe(truth.respondents);
        for (const [measure, score] of Object.entries(entry.scores!)) expect(score.value, measure).toBe(truth.scores![measure].value);
      }
      if (view.coverage === 'none') {
        expect(view.respondents).toBeUndefined();
        for (const value of [...Object.values(view.quarter), view.kpis.adoptionRate, view.kpis.hoursSaved, view.kpis.tasks]) expect(isWithheld(value)).toBe(true);
        expect(view.comments.allowed).toBe(false);
      }
    }
    // Since every team with k answers is shown, the demo's quarter hides only its smallest teams.
    expect(suppressed).toBeGreaterThan(2);
    expect(published).toBeGreaterThan(20);
    // Role-in-team views the export leaves out are suppressed in every wave of the quarter.
    const listed = new Set(model.views.map((v) => v.key));
    for (const team of await setup.deps.db.select().from(teams)) {
      for (const role of ['basic', 'power', 'champion'] as const) {
        if (team.parentId === null || listed.has(`${team.id}/${role}`)) continue;
        const results = await resultsFor({ team, role });
        for (const w of model.waves) expect(results.get(w.id)?.published ?? false).toBe(false);
      }
    }
  });

  it('writes CSV that parses back in both flavours and agrees with the JSON', () => {
    expect(csv.de.startsWith('\uFEFFQuartal;Team;Rolle;Welle;Welle beendet;Kennzahl;Wert;Untergrenze;Obergrenze;n;veröffentlicht;Grund;Grund-Code\r\n')).toBe(true);
    expect(csv.en.startsWith('quarter,view_team_path,view_role,wave_id,wave_closed_at,measure,value,low,high,n,published,reason,reason_code\n')).toBe(true);
    const de = parse(csv.de, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
    const en = parse(csv.en, { columns: true }) as Record<string, string>[];
    expect(de.length).toBe(en.length);
    expect(de.some((r) => /^-?\d+,\d+$/.test(r.Wert))).toBe(true);
    expect(en.every((r) => !r.value.includes(','))).toBe(true);

    const views = new Map(model.views.map((v) => [`${v.team.path}|${v.role ?? 'all'}`, v]));
    const deRoles: Record<string, string> = { alle: 'all', 'Basis-Nutzer': 'basic', 'Power-User': 'power', 'KI-Champion': 'champion' };
    let compared = 0;
    for (const [i, r] of en.entries()) {
      const g = de[i];
      expect([g.Team, deRoles[g.Rolle], g.Kennzahl, g['Grund-Code']]).toEqual([r.view_team_path, r.view_role, r.measure, r.reason_code]);
      expect(num(g.Wert, 'de')).toBe(num(r.value, 'en'));
      expect(num(g.n, 'de')).toBe(num(r.n, 'en'));
      const view = views.get(`${r.view_team_path}|${r.view_role}`)!;
      expect(view).toBeDefined();
      const value = num(r.value, 'en');
      if (value === null) {
        expect(r.published).toBe('false');
        expect(r.reason.length).toBeGreaterThan(5);
        continue;
      }
      expect(r.published).toBe('true');
      compared++;
      if (r.wave_id === 'quarter') {
        expect(value).toBe(expectedQuarter(view, r.measure));
        continue;
      }
      const entry = view.waves.find((w) => w.waveId === r.wave_id)!;
      expect(value, `${view.key} ${r.measure}`).toBe(expectedWave(entry, r.measure));
      expect(r.wave_closed_at).toBe(entry.closedAt);
    }
    expect(compared).toBeGreaterThan(500);
  });

  it('shows comments only for published views with at least kComments answers, shuffled and without attributes', async () => {
    const stored = new Set((await setup.deps.db.select({ text: commentsTable.text }).from(commentsTable)).map((c) => c.text));
    const company = model.views.find((v) => v.kind === 'company')!;
    expect(company.comments.allowed).toBe(true);
    const shown = model.views.filter((v) => v.comments.allowed);
    expect(shown.length).toBeGreaterThan(1);
    for (const view of model.views) {
      const c = view.comments;
      if (!c.allowed) {
        expect(Object.keys(c).sort()).toEqual(['allowed', 'reason', 'reasonText']);
        continue;
      }
      expect(view.waves.some((w) => w.published && w.respondents! >= model.kComments)).toBe(true);
      for (const group of c.groups) {
        expect(Object.keys(group).sort()).toEqual(['comments', 'question', 'questionId']);
        expect(['comment.pulse', 'comment.works', 'comment.stalls', 'comment.support']).toContain(group.questionId);
        for (const text of group.comments) {
          expect(typeof text).toBe('string');
          expect(stored.has(text)).toBe(true);
        }
      }
    }
    expect(company.comments.allowed && company.comments.groups.map((g) => g.questionId)).toEqual(['comment.pulse', 'comment.works', 'comment.stalls', 'comment.support']);
    const refused = model.views.filter((v) => !v.comments.allowed && v.coverage !== 'none');
    expect(refused.length).toBeGreaterThan(0);
    for (const v of refused) expect(v.comments.allowed === false && v.comments.reason).toMatch(/^(too-few-for-comments|overlap)$/);
    // No comment text leaves in the CSV.
    for (const text of stored) expect(csv.en.includes(text)).toBe(false);
  });

  it('gives the KPIs in their units, and maturity distributions and adoption wherever the view is published', () => {
    const company = model.views.find((v) => v.kind === 'company')!;
    const hours = company.kpis.hoursSaved;
    expect(isWithheld(hours)).toBe(false);
    if (!isWithheld(hours)) {
      expect(hours.value).toBeGreaterThan(0);
      expect(hours.value).toBeLessThanOrEqual(6);
      expect(hours.n).toBe(company.waves.find((w) => w.module === 'quarterly')!.respondents);
    }
    for (const view of model.views) {
      for (const dim of Object.values(view.kpis.maturity)) {
        if (isWithheld(dim.levels)) continue;
        expect(view.coverage).not.toBe('none');
        expect(dim.levels.counts.reduce((a, b) => a + b, 0)).toBe(dim.levels.n);
      }
      // A share is a mean: adoption and the level distributions are there exactly where the view is published.
      const retro = view.waves.find((w) => w.module === 'quarterly')!;
      if (retro.published) for (const dim of Object.values(view.kpis.maturity)) expect(isWithheld(dim.levels)).toBe(false);
      expect(isWithheld(view.kpis.adoptionRate)).toBe(view.coverage === 'none');
    }
  });
});

describe('the actions in the export', () => {
  interface ActionJson {
    id: string;
    startsOn: string;
    endsOn: string | null;
    measures?: unknown;
  }

  it('lists the actions that ran in the quarter, each with the effect the actions API estimates', async () => {
    const [team] = await setup.deps.db.select().from(teams).limit(1);
    const log = async (body: Record<string, unknown>) => {
      const res = await api('/api/v1/actions?lang=de', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ teamId: team.id, ...body }) });
      expect(res.status).toBe(201);
      return ((await res.json()) as ActionJson).id;
    };
    const inQuarter = [
      await log({ kind: 'buddy', startsOn: '2026-10-05' }),
      await log({ title: 'KI-Sprechstunde', targets: ['trust'], startsOn: '2026-08-03', endsOn: '2026-10-02' }),
    ];
    await log({ title: 'Vorher beendet', targets: ['trust'], startsOn: '2026-07-01', endsOn: '2026-09-30' });
    const res = await api('/api/v1/retrospectives/2026-Q4?format=json&lang=de');
    const exported = ((await res.json()) as { actions: { asOf: string; list: ActionJson[] } }).actions;
    expect(exported.list.map((a) => a.id).sort()).toEqual(inQuarter.sort());
    // The clock is inside the quarter, so "as of the quarter's end" is now: the same estimate as the actions API's.
    expect(Date.parse(exported.asOf)).toBe(setup.clock.now());
    for (const action of exported.list) {
      const effect = (await (await api(`/api/v1/actions/${action.id}/effect?lang=de`)).json()) as { action: ActionJson; measures: unknown[] };
      const { measures, ...rest } = action;
      expect(rest).toEqual(effect.action);
      expect(measures).toEqual(effect.measures);
      expect(effect.measures.length).toBeGreaterThan(0);
    }
  });
});

describe('GET /api/v1/retrospectives/:quarter', () => {
  it('answers 401 without credentials and 403 for a leader', async () => {
    expect((await setup.app.request('/api/v1/retrospectives/2026-Q4')).status).toBe(401);
    const res = await setup.app.request('/api/v1/retrospectives/2026-Q4', { headers: { cookie: leader.cookie } });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('FORBIDDEN');
  });

  it('answers 400 for a malformed quarter or format, 404 for a quarter without a closed wave', async () => {
    for (const [path, status, code] of [
      ['/api/v1/retrospectives/2026-Q5', 400, 'BAD_REQUEST'],
      ['/api/v1/retrospectives/2026Q4', 400, 'BAD_REQUEST'],
      ['/api/v1/retrospectives/1999-Q4', 400, 'BAD_REQUEST'],
      ['/api/v1/retrospectives/2026-Q4?format=xlsx', 400, 'BAD_REQUEST'],
      ['/api/v1/retrospectives/2026-Q4?lang=fr', 400, 'BAD_REQUEST'],
      ['/api/v1/retrospectives/2025-Q1', 404, 'NOT_FOUND'],
    ] as const) {
      const res = await api(path);
      expect(res.status, path).toBe(status);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe(code);
    }
  });

  it('sends CSV as a download that no cache keeps', async () => {
    const res = await api('/api/v1/retrospectives/2026-Q4?format=csv&lang=de');
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="puls-retrospective-2026-Q4-de.csv"');
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('lists the quarters with closed waves', async () => {
    const body = (await (await api('/api/v1/retrospectives')).json()) as { quarters: { quarter: string; waves: number }[] };
    expect(body.quarters.map((q) => [q.quarter, q.waves])).toEqual([
      ['2026-Q4', 2],
      ['2026-Q3', 2],
    ]);
  });
});

describe('the admin pages', () => {
  it('list the quarters with links, and let an admin turn the automatic retrospective off', async () => {
    const admin = await signedIn(setup.deps, { role: 'admin' });
    const page = await (await setup.app.request('/admin/retrospectives?lang=en', { headers: { cookie: admin.cookie } })).text();
    expect(page).toContain('<a href="/admin/retrospectives/2026-Q4?lang=en">Open report</a>');
    expect(page).toContain('href="/api/v1/retrospectives/2026-Q3?format=csv&amp;lang=de"');
    const saved = await setup.app.request('/admin/retrospectives/setting', {
      method: 'POST',
      headers: admin.headers({ 'content-type': 'application/x-www-form-urlencoded' }),
      body: 'quarterlyModule=off',
    });
    expect(saved.status).toBe(303);
    expect(await getQuarterlyModule(setup.deps)).toBe('off');
    const bad = await setup.app.request('/admin/retrospectives/setting', {
      method: 'POST',
      headers: admin.headers({ 'content-type': 'application/x-www-form-urlencoded' }),
      body: 'quarterlyModule=always',
    });
    expect(bad.status).toBe(422);
    await setup.app.request('/admin/retrospectives/setting', {
      method: 'POST',
      headers: admin.headers({ 'content-type': 'application/x-www-form-urlencoded' }),
      body: 'quarterlyModule=first-of-quarter',
    });
    expect(await getQuarterlyModule(setup.deps)).toBe('first-of-quarter');
  });

  it('send people without a session to sign in, refuse leaders, and explain a bad or empty quarter', async () => {
    const anonymous = await setup.app.request('/admin/retrospectives/2026-Q4');
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toBe('/login?next=%2Fadmin%2Fretrospectives%2F2026-Q4');
    expect((await setup.app.request('/admin/retrospectives/2026-Q4', { headers: { cookie: leader.cookie } })).status).toBe(403);
    const admin = await signedIn(setup.deps, { role: 'admin' });
    const bad = await setup.app.request('/admin/retrospectives/2026-Q9', { headers: { cookie: admin.cookie } });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/^<!doctype html>/);
    expect((await setup.app.request('/admin/retrospectives/2024-Q2', { headers: { cookie: admin.cookie } })).status).toBe(404);
    const closed = await setup.deps.db.select().from(waves);
    expect(closed.filter((w) => w.status === 'closed')).toHaveLength(4);
  });
});

function expectedWave(entry: WaveEntry, measure: string): number | undefined {
  if (measure === 'respondents') return entry.respondents;
  if (measure === 'invited') return entry.invited;
  if (measure === 'response_rate') return entry.responseRate;
  const level = /^maturity\.(\w+):level(\d)$/.exec(measure);
  if (level) {
    const d = entry.maturity![level[1]];
    return isWithheld(d) ? undefined : d.shares[Number(level[2]) - 1];
  }
  return entry.scores![measure]?.value;
}

function expectedQuarter(view: ViewModel, measure: string): number | undefined {
  if (measure === 'respondents') return view.respondents;
  const level = /^maturity\.(\w+):level(\d)$/.exec(measure);
  if (level) {
    const d = view.kpis.maturity[level[1]].levels;
    return isWithheld(d) ? undefined : d.shares[Number(level[2]) - 1];
  }
  const s = view.quarter[measure];
  return isWithheld(s) ? undefined : s.value;
}
