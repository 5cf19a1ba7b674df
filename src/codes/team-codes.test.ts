import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { adminHeaders, postForm, testDeps } from '../../test/support/deps';
import { signedIn } from '../auth/testing';
import { auditLog, invitations, teamCodes, teams, usedCodes, viewResults } from '../db/schema';
import type { Deps } from '../deps';
import { linkToken } from '../lib/keys';
import { closeWave } from '../results/close.service';
import { importStaff } from '../staff/staff.service';
import { openCode, openInvitation, submitTo } from '../survey/survey.service';
import { fullAnswers } from '../survey/testing';
import { openWave } from '../waves/waves.service';
import { teamCode } from './codes';

const DAY = 86_400_000;

/** An office of 6 on email and a store room (Werk/Lager) whose only listed person left: it is there for its codes. */
async function company() {
  const t = await testDeps();
  const office = Array.from({ length: 6 }, (_, i) => `b${i}@muster.de,Büro ${i},Verwaltung,basic`);
  await importStaff(t.deps, ['email,name,team,role', ...office, 'lager@muster.de,Lager,Werk/Lager,basic'].join('\n'));
  await importStaff(t.deps, ['email,name,team,role', ...office].join('\n'));
  const [store] = await t.deps.db.select().from(teams).where(eq(teams.path, 'Werk/Lager'));
  return { ...t, store };
}

const post = (t: Awaited<ReturnType<typeof testDeps>>, waveId: string, body: unknown, headers: Record<string, string> = adminHeaders({ 'content-type': 'application/json' })) =>
  t.app.request(`/api/v1/waves/${waveId}/team-codes`, { method: 'POST', headers, body: JSON.stringify(body) });

async function answerCodes(deps: Deps, batch: string, used: number) {
  for (let i = 0; i < used; i++) {
    const open = await openCode(deps, teamCode(deps.keys, batch, i));
    await submitTo(deps, open, fullAnswers());
  }
}

async function answerOffice(deps: Deps, waveId: string) {
  for (const { id } of await deps.db.select({ id: invitations.id }).from(invitations).where(eq(invitations.waveId, waveId))) {
    await submitTo(deps, await openInvitation(deps, linkToken(deps.keys, 'survey', id)), fullAnswers());
  }
}

const view = async (deps: Deps, waveId: string, teamId: string) =>
  (await deps.db.select().from(viewResults).where(and(eq(viewResults.waveId, waveId), eq(viewResults.teamId, teamId), eq(viewResults.role, ''))))[0];

describe('POST /api/v1/waves/:id/team-codes', () => {
  it('prints a sheet of one-time codes for a team: 201 { count }, hashes only, logged with team and count', async () => {
    const t = await company();
    const wave = await openWave(t.deps, { closesAt: t.clock.now() + 5 * DAY, module: 'pulse' });
    const res = await post(t, wave.id, { teamId: t.store.id, count: 12, role: 'power' });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { count: number; batch: string; sheet: string };
    expect(body).toEqual({ count: 12, batch: expect.any(String), sheet: `/admin/waves/${wave.id}/team-codes/${body.batch}` });
    const rows = await t.deps.db.select().from(teamCodes);
    expect(rows).toHaveLength(12);
    const codes = Array.from({ length: 12 }, (_, i) => teamCode(t.deps.keys, body.batch, i));
    for (const code of codes) expect(JSON.stringify(rows)).not.toContain(code);
    const [entry] = await t.deps.db.select().from(auditLog).where(eq(auditLog.action, 'teamcodes.created'));
    expect(JSON.parse(entry.details)).toEqual({ team: 'Werk/Lager', count: 12, role: 'power' });

    // The sheet: every code once, slips in the chosen language, each print logged.
    const admin = await signedIn(t.deps, { role: 'admin' });
    const sheet = await (await t.app.request(`${body.sheet}?slip=tr`, { headers: { cookie: admin.cookie } })).text();
    expect(sheet.match(/<section class="slip">/g)).toHaveLength(12);
    for (const code of codes) expect(sheet).toContain(code.match(/.{4}/g)!.join('-'));
    expect(sheet).toContain('Yapay zekâ hakkında anonim anket');
    expect(await t.deps.db.select().from(auditLog).where(eq(auditLog.action, 'teamcodes.printed'))).toHaveLength(1);
  });

  it('prints from the wave page form and redirects to the sheet', async () => {
    const t = await company();
    const wave = await openWave(t.deps, { closesAt: t.clock.now() + 5 * DAY, module: 'pulse' });
    const admin = await signedIn(t.deps, { role: 'admin' });
    const page = await (await t.app.request(`/admin/waves/${wave.id}`, { headers: { cookie: admin.cookie } })).text();
    expect(page).toContain('Team-Codes (Kiosk)');
    const res = await postForm(t.app, `/admin/waves/${wave.id}/team-codes`, { _csrf: admin.csrf, teamId: t.store.id, count: 5, role: 'basic' }, { cookie: admin.cookie });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toMatch(new RegExp(`^/admin/waves/${wave.id}/team-codes/`));
  });

  it('answers 422 for bad input, 404 for an unknown wave or sheet, 409 for a closed wave, 401 and 403 for others', async () => {
    const t = await company();
    const wave = await openWave(t.deps, { closesAt: t.clock.now() + 5 * DAY, module: 'pulse' });
    for (const bad of [{ teamId: t.store.id, count: 0 }, { teamId: t.store.id, count: 501 }, { count: 3 }, { teamId: t.store.id, count: 3, role: 'boss' }]) {
      const res = await post(t, wave.id, bad);
      expect(res.status).toBe(422);
      expect(await res.json()).toMatchObject({ error: { code: 'UNPROCESSABLE', details: [expect.objectContaining({ path: expect.any(String) })] } });
    }
    const unknownTeam = await post(t, wave.id, { teamId: 'nope', count: 3 });
    expect(unknownTeam.status).toBe(422);
    expect(await unknownTeam.json()).toMatchObject({ error: { message: 'teamId is not a team', details: [{ path: 'teamId' }] } });
    expect((await post(t, 'nope', { teamId: t.store.id, count: 3 })).status).toBe(404);
    const admin = await signedIn(t.deps, { role: 'admin' });
    expect((await t.app.request(`/admin/waves/${wave.id}/team-codes/nope`, { headers: { cookie: admin.cookie } })).status).toBe(404);
    expect((await post(t, wave.id, { teamId: t.store.id, count: 3 }, { 'content-type': 'application/json' })).status).toBe(401);
    const leader = await signedIn(t.deps, { role: 'leader', teamId: t.store.id });
    expect((await post(t, wave.id, { teamId: t.store.id, count: 3 }, leader.headers({ 'content-type': 'application/json' }))).status).toBe(403);
    await closeWave(t.deps, wave.id);
    const closed = await post(t, wave.id, { teamId: t.store.id, count: 3 });
    expect(closed.status).toBe(409);
    expect(await t.deps.db.select().from(teamCodes)).toEqual([]);
  });
});

describe('team codes in the results', () => {
  it('count for their team only, with the running count per team from k on', async () => {
    const t = await company();
    const wave = await openWave(t.deps, { closesAt: t.clock.now() + 5 * DAY, module: 'pulse' });
    const { batch } = (await (await post(t, wave.id, { teamId: t.store.id, count: 8 })).json()) as { batch: string };
    await answerOffice(t.deps, wave.id);
    await answerCodes(t.deps, batch, 4);
    const running = async () => ((await (await t.app.request(`/api/v1/waves/${wave.id}/team-codes`, { headers: adminHeaders() })).json()) as { teams: { used: number | null }[] }).teams[0];
    expect(await running()).toMatchObject({ issued: 8, used: null });
    const fifth = await openCode(t.deps, teamCode(t.deps.keys, batch, 4));
    await submitTo(t.deps, fifth, fullAnswers());
    expect(await running()).toMatchObject({ issued: 8, used: 5 });
    // The company's running count is the people's: codes are counted per team.
    expect(((await (await t.app.request(`/api/v1/waves/${wave.id}`, { headers: adminHeaders() })).json()) as { responded: number }).responded).toBe(6);

    await closeWave(t.deps, wave.id);
    const [office] = await t.deps.db.select().from(teams).where(eq(teams.path, 'Verwaltung'));
    expect(await view(t.deps, wave.id, t.store.id)).toMatchObject({ published: true, respondents: 5, invited: 8 });
    expect(await view(t.deps, wave.id, office.id)).toMatchObject({ published: true, respondents: 6, invited: 6 });
    const [root] = await t.deps.db.select().from(teams).where(eq(teams.path, ''));
    expect(await view(t.deps, wave.id, root.id)).toMatchObject({ published: true, respondents: 11, invited: 14 });
    expect(await t.deps.db.select().from(usedCodes)).toEqual([]);
    expect(await t.deps.db.select().from(teamCodes)).toEqual([]);
  });

  it('holds a code team back like a team of people when, with every code used, it lost one place since the last wave', async () => {
    const t = await company();
    const round = async (count: number, used: number) => {
      const wave = await openWave(t.deps, { closesAt: t.clock.now() + 5 * DAY, module: 'pulse' });
      const { batch } = (await (await post(t, wave.id, { teamId: t.store.id, count })).json()) as { batch: string };
      await answerCodes(t.deps, batch, used);
      await answerOffice(t.deps, wave.id);
      await closeWave(t.deps, wave.id);
      t.clock.advance(7 * DAY);
      return view(t.deps, wave.id, t.store.id);
    };
    // All 7 codes used: the reader who handed them out knows the group. Next, 6 of 6: the difference is one place.
    expect(await round(7, 7)).toMatchObject({ published: true, respondents: 7 });
    expect(await round(6, 6)).toMatchObject({ published: false, reason: 'history' });
    // With a code left over nobody can tell the group: published.
    expect(await round(8, 6)).toMatchObject({ published: true, respondents: 6 });
  });
});
