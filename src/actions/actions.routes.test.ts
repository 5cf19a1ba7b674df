import { beforeEach, describe, expect, it } from 'vitest';
import { adminHeaders, testDeps } from '../../test/support/deps';
import { readJson, signedIn, type TestSession } from '../auth/testing';
import { actions, viewResults } from '../db/schema';
import type { actionJson } from './actions.service';
import { insertActionTree, insertClosedWave, insertView, sums } from './testing';

type Setup = Awaited<ReturnType<typeof testDeps>>;
type ActionJson = ReturnType<typeof actionJson>;
type ErrorBody = { error: { code: string; message: string; details?: { path: string; message: string }[] } };

const JSON_TYPE = { 'content-type': 'application/json' };
const send = (s: Setup, method: string, path: string, body?: unknown, headers: Record<string, string> = adminHeaders(JSON_TYPE)) =>
  s.app.request(path, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
const as = (session: TestSession) => session.headers(JSON_TYPE);

describe('the actions API', () => {
  let s: Setup;
  let montageLead: TestSession;
  let suedLead: TestSession;
  let nordLead: TestSession;

  beforeEach(async () => {
    s = await testDeps();
    await insertActionTree(s.deps);
    montageLead = await signedIn(s.deps, { role: 'leader', teamId: 'montage' });
    nordLead = await signedIn(s.deps, { role: 'leader', teamId: 'nord' });
    suedLead = await signedIn(s.deps, { role: 'leader', teamId: 'sued' });
  });

  it('logs a catalogue action with the catalogue’s targets and directions, in the language asked for', async () => {
    const res = await send(s, 'POST', '/api/v1/actions?lang=de', { teamId: 'montage', kind: 'office-hours', startsOn: '2026-09-10', note: ' dienstags ' });
    expect(res.status).toBe(201);
    const body = await readJson<ActionJson>(res);
    expect(body).toEqual({
      id: expect.stringMatching(/^[\w-]{22}$/),
      teamId: 'montage',
      team: { id: 'montage', name: 'Montage', path: 'Werk Nord/Montage' },
      kind: 'office-hours',
      catalogueVersion: '2026.1',
      title: 'KI-Sprechstunde',
      ownTitle: null,
      description: 'Eine feste Zeit pro Woche, in der alle ohne Anmeldung Fragen zu KI stellen können.',
      startsOn: '2026-09-10',
      endsOn: null,
      targets: [
        { measure: 'fear.gaps', direction: 'down' },
        { measure: 'trust.sharing', direction: 'up' },
        { measure: 'gap.help', direction: 'up' },
      ],
      note: 'dienstags',
      createdAt: '2026-11-02T08:00:00.000Z',
      updatedAt: '2026-11-02T08:00:00.000Z',
    });
    const listed = await readJson<{ actions: ActionJson[] }>(send(s, 'GET', '/api/v1/actions?team=nord', undefined, adminHeaders()));
    expect(listed.actions.map((a) => [a.title, a.team?.name])).toEqual([['AI office hours', 'Montage']]);
  });

  it('logs an action of the team’s own, with its targets and the measures’ better direction', async () => {
    const res = await send(s, 'POST', '/api/v1/actions', { teamId: 'montage', title: 'KI-Stammtisch', startsOn: '2026-09-10', endsOn: '2026-12-31', targets: ['fear', 'adopter'] }, as(montageLead));
    expect(res.status).toBe(201);
    const body = await readJson<ActionJson>(res);
    expect([body.kind, body.title, body.endsOn, body.targets]).toEqual([
      null,
      'KI-Stammtisch',
      '2026-12-31',
      [
        { measure: 'fear', direction: 'down' },
        { measure: 'adopter', direction: 'up' },
      ],
    ]);
  });

  it('refuses bad input with 422 and says what is wrong', async () => {
    const cases: [unknown, string[]][] = [
      [{ teamId: 'montage', startsOn: '2026-09-10' }, ['kind', 'targets']],
      [{ teamId: 'montage', title: 'Eigenes', startsOn: '2026-09-10' }, ['targets']],
      [{ teamId: 'montage', kind: 'buddy', startsOn: '2026-02-30' }, ['startsOn']],
      [{ teamId: 'montage', kind: 'buddy', startsOn: '2026-09-10', endsOn: '2026-09-01' }, ['endsOn']],
      [{ teamId: 'montage', kind: 'yoga', startsOn: '2026-09-10', targets: ['happiness'] }, ['kind', 'targets.0']],
    ];
    for (const [body, paths] of cases) {
      const res = await send(s, 'POST', '/api/v1/actions', body);
      expect(res.status).toBe(422);
      const error = (await readJson<ErrorBody>(res)).error;
      expect(error.code).toBe('UNPROCESSABLE');
      expect(error.details!.map((d) => d.path)).toEqual(paths);
    }
    expect((await readJson<ErrorBody>(send(s, 'POST', '/api/v1/actions', { teamId: 'montage', startsOn: '2026-09-10' }))).error.details).toEqual([
      { path: 'kind', code: 'custom', message: 'give a kind from the catalogue or a title' },
      { path: 'targets', code: 'custom', message: 'an action of your own needs targets' },
    ]);
    expect(await s.deps.db.select().from(actions)).toEqual([]);
  });

  it('answers an unknown team, or an unknown action, with 404', async () => {
    const res = await send(s, 'POST', '/api/v1/actions', { teamId: 'nowhere', kind: 'buddy', startsOn: '2026-09-10' });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'team not found', details: [{ code: 'team_not_found' }] } });
    for (const [method, path, body] of [
      ['GET', '/api/v1/actions/nope', undefined],
      ['PATCH', '/api/v1/actions/nope', { note: 'x' }],
      ['DELETE', '/api/v1/actions/nope', undefined],
      ['GET', '/api/v1/actions/nope/effect', undefined],
    ] as const) {
      const r = await send(s, method, path, body);
      expect(r.status).toBe(404);
      expect(await r.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'action not found', details: [{ code: 'action_not_found' }] } });
    }
  });

  it('lets a leader touch the actions of their own subtree only', async () => {
    const created = await readJson<ActionJson>(send(s, 'POST', '/api/v1/actions', { teamId: 'montage', kind: 'buddy', startsOn: '2026-09-10' }, as(montageLead)));
    // Another plant's leader: 403 for every verb, and nothing changes.
    const forbidden = { error: { code: 'FORBIDDEN', message: 'this team is outside what you may see', details: [{ code: 'outside_your_teams' }] } };
    for (const [method, path, body] of [
      ['POST', '/api/v1/actions', { teamId: 'montage', kind: 'rules', startsOn: '2026-09-10' }],
      ['GET', `/api/v1/actions/${created.id}`, undefined],
      ['PATCH', `/api/v1/actions/${created.id}`, { note: 'übernommen' }],
      ['DELETE', `/api/v1/actions/${created.id}`, undefined],
      ['GET', `/api/v1/actions/${created.id}/effect`, undefined],
      ['GET', '/api/v1/actions?team=montage', undefined],
    ] as const) {
      const r = await send(s, method, path, body, as(suedLead));
      expect([method, path, r.status]).toEqual([method, path, 403]);
      expect(await r.json()).toEqual(forbidden);
    }
    // Montage's leader may not move it to another plant, nor log one above their team.
    expect((await send(s, 'PATCH', `/api/v1/actions/${created.id}`, { teamId: 'sued' }, as(montageLead))).status).toBe(403);
    expect((await send(s, 'POST', '/api/v1/actions', { teamId: 'nord', kind: 'rules', startsOn: '2026-09-10' }, as(montageLead))).status).toBe(403);
    // The plant's leader sees it (a sub-team) and may change and delete it.
    expect((await readJson<{ actions: ActionJson[] }>(send(s, 'GET', '/api/v1/actions', undefined, as(nordLead)))).actions.map((a) => a.id)).toEqual([created.id]);
    const patched = await send(s, 'PATCH', `/api/v1/actions/${created.id}`, { endsOn: '2026-12-31', note: 'verlängert' }, as(nordLead));
    expect(patched.status).toBe(200);
    expect((await readJson<ActionJson>(patched)).endsOn).toBe('2026-12-31');
    expect((await send(s, 'DELETE', `/api/v1/actions/${created.id}`, undefined, as(nordLead))).status).toBe(204);
    expect(await s.deps.db.select().from(actions)).toEqual([]);
    // Without a session or token: 401.
    expect((await s.app.request('/api/v1/actions')).status).toBe(401);
  });

  it('refuses a change that leaves an action without kind and title, or ending before it starts', async () => {
    const created = await readJson<ActionJson>(send(s, 'POST', '/api/v1/actions', { teamId: 'montage', kind: 'buddy', startsOn: '2026-09-10' }));
    const path = `/api/v1/actions/${created.id}`;
    expect((await readJson<ErrorBody>(send(s, 'PATCH', path, { kind: null }))).error.details).toEqual([{ path: 'kind', message: 'give a kind from the catalogue or a title' }]);
    expect((await readJson<ErrorBody>(send(s, 'PATCH', path, { endsOn: '2026-09-01' }))).error.details).toEqual([{ path: 'endsOn', message: 'ends before it starts' }]);
    expect((await readJson<ErrorBody>(send(s, 'PATCH', path, {}))).error.details).toEqual([{ path: '', code: 'custom', message: 'change at least one field' }]);
    const renamed = await readJson<ActionJson>(send(s, 'PATCH', path, { kind: null, title: 'Paten-Programm', targets: ['fear.behind'] }));
    expect([renamed.kind, renamed.title, renamed.targets]).toEqual([null, 'Paten-Programm', [{ measure: 'fear.behind', direction: 'down' }]]);
  });

  it('estimates the effect from published views only: a team that improved against two comparison teams', async () => {
    // Before the start (10 Sept): a wave where Montage was suppressed — with numbers a real close would never store,
    // which must not count — and one where it was published. After: one published wave.
    await insertClosedWave(s.deps, 'w0', '2026-08-15');
    await insertClosedWave(s.deps, 'w1', '2026-09-01');
    await insertClosedWave(s.deps, 'w2', '2026-09-15');
    await s.deps.db.insert(viewResults).values({ waveId: 'w0', teamId: 'montage', role: '', published: false, reason: 'too-few', respondents: 4, invited: 30, measures: JSON.stringify({ trust: sums(4, 0) }), counts: null });
    await insertView(s.deps, 'w1', 'montage', { trust: sums(20, 50) });
    await insertView(s.deps, 'w2', 'montage', { trust: sums(20, 70) });
    for (const peer of ['logistik', 'lager']) {
      await insertView(s.deps, 'w1', peer, { trust: sums(20, 50) });
      await insertView(s.deps, 'w2', peer, { trust: sums(20, 52) });
    }
    const created = await readJson<ActionJson>(send(s, 'POST', '/api/v1/actions', { teamId: 'montage', title: 'Vertrauensrunde', startsOn: '2026-09-10', targets: ['trust', 'fear'] }));
    const res = await send(s, 'GET', `/api/v1/actions/${created.id}/effect`, undefined, as(montageLead));
    expect(res.status).toBe(200);
    const body = await readJson<{ action: ActionJson; measures: unknown[] }>(res);
    expect(body.action.id).toBe(created.id);
    // Montage 50 → 70 against the peers' 50 → 52, w0 unread: the hand-computed case of effect.test.ts.
    expect(body.measures).toEqual([
      {
        measure: 'trust',
        before: 50,
        after: 70,
        change: 20,
        comparison: 2,
        effect: 18,
        low: 10.3,
        high: 25.7,
        detectable: 11,
        verdict: 'improved',
        wavesBefore: 1,
        wavesAfter: 1,
        peers: 2,
        direction: 'up',
        alongside: [],
      },
      { measure: 'fear', wavesBefore: 0, wavesAfter: 0, verdict: 'too-early', peers: 0, direction: 'down', alongside: [] },
    ]);
  });

  it('serves the catalogue with its version, kinds and measures', async () => {
    const body = await readJson<{ version: string; kinds: { id: string; title: string }[]; measures: { id: string; better: string }[] }>(
      send(s, 'GET', '/api/v1/actions/catalogue?lang=de', undefined, as(montageLead)),
    );
    expect(body.version).toBe('2026.1');
    expect(body.kinds.map((k) => k.id)).toEqual(['promptathon', 'buddy', 'office-hours', 'monthly-update', 'learning-time', 'rules', 'path-basic', 'path-power', 'path-champion', 'use-case-workshop', 'leadership-qa']);
    expect(body.kinds[1].title).toBe('KI-Buddy-System');
    expect(body.measures.find((m) => m.id === 'gap.help')).toEqual({ id: 'gap.help', better: 'up', unit: 'score' });
    expect((await send(s, 'GET', '/api/v1/actions/catalogue?lang=fr', undefined, adminHeaders())).status).toBe(400);
  });
});

describe('the milestones API', () => {
  let s: Setup;
  beforeEach(async () => {
    s = await testDeps();
    await insertActionTree(s.deps);
  });

  it('lets admins set a role milestone on the company, read against the company’s role view', async () => {
    // Maturity is asked in the retrospective only: the pulse wave after it has no reading of it.
    await insertClosedWave(s.deps, 'w1', '2026-09-01', 'quarterly');
    await insertClosedWave(s.deps, 'w2', '2026-09-15');
    await insertView(s.deps, 'w1', 'root', { 'maturity.tools': sums(12, 55) }, 'power');
    await insertView(s.deps, 'w2', 'root', { trust: sums(12, 55) }, 'power');
    const res = await send(s, 'POST', '/api/v1/milestones', { role: 'power', measure: 'maturity.tools', target: 50, dueOn: '2027-Q2' });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({
      teamId: 'root',
      role: 'power',
      measure: 'maturity.tools',
      comparator: 'atLeast',
      target: 50,
      dueOn: '2027-06-30',
      status: 'on-track',
      latest: { waveId: 'w1', value: 55 },
    });
    const fear = await readJson<{ comparator: string; status: string }>(send(s, 'POST', '/api/v1/milestones', { teamId: 'montage', measure: 'fear', target: 40, dueOn: '2026-10-31' }));
    expect(fear).toMatchObject({ comparator: 'atMost', status: 'no-data' });
  });

  it('refuses bad input with 422, an unknown team or milestone with 404, and leaders with 403', async () => {
    const bad = await send(s, 'POST', '/api/v1/milestones', { measure: 'luck', target: 500, dueOn: '2027-Q5' });
    expect(bad.status).toBe(422);
    expect((await readJson<ErrorBody>(bad)).error.details!.map((d) => d.path)).toEqual(['measure', 'target', 'dueOn']);
    const roleBelow = await send(s, 'POST', '/api/v1/milestones', { teamId: 'montage', role: 'power', measure: 'adopter', target: 60, dueOn: '2027-06-30' });
    expect(roleBelow.status).toBe(422);
    expect((await readJson<ErrorBody>(roleBelow)).error.details).toEqual([{ path: 'role', message: 'role milestones are judged on the company’s role view: use the company’s team' }]);
    expect((await send(s, 'POST', '/api/v1/milestones', { teamId: 'nowhere', measure: 'adopter', target: 60, dueOn: '2027-06-30' })).status).toBe(404);
    expect((await send(s, 'PATCH', '/api/v1/milestones/nope', { target: 70 })).status).toBe(404);
    expect((await send(s, 'DELETE', '/api/v1/milestones/nope')).status).toBe(404);

    const lead = await signedIn(s.deps, { role: 'leader', teamId: 'nord' });
    const refused = await send(s, 'POST', '/api/v1/milestones', { measure: 'adopter', target: 60, dueOn: '2027-06-30' }, as(lead));
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({ error: { code: 'FORBIDDEN', message: 'this needs an admin', details: [{ code: 'admin_only' }] } });
  });

  it('shows a leader the milestones of their subtree only, and lets admins change and delete them', async () => {
    const company = await readJson<{ id: string }>(send(s, 'POST', '/api/v1/milestones', { measure: 'adopter', target: 60, dueOn: '2027-06-30' }));
    const montage = await readJson<{ id: string }>(send(s, 'POST', '/api/v1/milestones', { teamId: 'montage', measure: 'fear', target: 40, dueOn: '2027-03-31' }));
    const lead = await signedIn(s.deps, { role: 'leader', teamId: 'nord' });
    const seen = await readJson<{ milestones: { id: string }[] }>(send(s, 'GET', '/api/v1/milestones', undefined, as(lead)));
    expect(seen.milestones.map((m) => m.id)).toEqual([montage.id]);
    const changed = await readJson<{ target: number; comparator: string }>(send(s, 'PATCH', `/api/v1/milestones/${company.id}`, { target: 65 }));
    expect(changed).toMatchObject({ target: 65, comparator: 'atLeast' });
    expect((await send(s, 'DELETE', `/api/v1/milestones/${company.id}`)).status).toBe(204);
    expect((await readJson<{ milestones: unknown[] }>(send(s, 'GET', '/api/v1/milestones', undefined, adminHeaders()))).milestones).toHaveLength(1);
  });
});
