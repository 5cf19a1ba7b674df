import { and, eq, isNotNull } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { signedIn } from '../src/auth/testing';
import { formatCode, letterCode } from '../src/codes/codes';
import { invitations, messages, staff, teams, usedLinks, viewResults, waves } from '../src/db/schema';
import { PAPER_TEAM } from '../src/demo/company';
import { seedDemo } from '../src/demo/seed';
import { usedMarker } from '../src/lib/keys';
import { fullAnswers } from '../src/survey/testing';
import { adminHeaders, postForm, testDeps } from './support/deps';

/**
 * The demo's production team is on paper (issue 15's "done when"): its people have no email, its letters print, a
 * code answers the survey, and its results appear like any other team's.
 */
describe('the demo on paper', () => {
  let env: Awaited<ReturnType<typeof testDeps>>;
  let currentWaveId: string;
  let montage: string;
  beforeAll(async () => {
    env = await testDeps();
    ({ currentWaveId } = await seedDemo(env.deps, { history: 3, now: env.clock.now() }));
    montage = (await env.deps.db.select().from(teams).where(eq(teams.path, PAPER_TEAM)))[0].id;
  }, 120_000);

  it('has an assembly team without email, reading several languages', async () => {
    const people = await env.deps.db.select().from(staff).where(eq(staff.teamId, montage));
    expect(people).toHaveLength(22);
    expect(people.every((p) => p.email === null && p.channel === 'print' && p.employeeId)).toBe(true);
    expect(new Set(people.map((p) => p.language))).toEqual(new Set(['de', 'tr', 'pl', 'ru', 'uk']));
    // Nobody on paper was mailed, in any wave.
    const paperInvitations = await env.deps.db.select({ id: invitations.id }).from(invitations).where(isNotNull(invitations.codeHash));
    const mailed = new Set((await env.deps.db.select({ id: messages.invitationId }).from(messages)).map((m) => m.id));
    expect(paperInvitations.length).toBe(22 * 4);
    expect(paperInvitations.some((i) => mailed.has(i.id))).toBe(false);
  });

  it('prints the running wave’s letters', async () => {
    const list = await env.app.request(`/api/v1/waves/${currentWaveId}/letters`, { headers: adminHeaders() });
    expect(((await list.json()) as { count: number }).count).toBe(22);
    const admin = await signedIn(env.deps, { role: 'admin' });
    const page = await (await env.app.request(`/admin/waves/${currentWaveId}/letters?team=${montage}`, { headers: { cookie: admin.cookie } })).text();
    expect(page.match(/<article class="letter"/g)).toHaveLength(22);
    expect(page).toContain('Muster GmbH');
  });

  it('takes an answer by code', async () => {
    const mine = await env.deps.db
      .select({ id: invitations.id })
      .from(invitations)
      .where(and(eq(invitations.waveId, currentWaveId), eq(invitations.teamId, montage)));
    const used = new Set((await env.deps.db.select().from(usedLinks)).map((u) => u.marker));
    const open = mine.find((i) => !used.has(usedMarker(env.deps.keys, i.id)))!;
    const code = formatCode(letterCode(env.deps.keys, open.id));
    expect((await postForm(env.app, '/c', { code })).status).toBe(200);
    expect((await postForm(env.app, '/c/answers', { code, ...fullAnswers() })).status).toBe(200);
    expect((await postForm(env.app, '/c', { code })).status).toBe(409);
  });

  it('shows the team’s results like any other team’s', async () => {
    const closed = await env.deps.db.select({ id: waves.id }).from(waves).where(eq(waves.status, 'closed'));
    expect(closed).toHaveLength(3);
    for (const wave of closed) {
      const [view] = await env.deps.db
        .select()
        .from(viewResults)
        .where(and(eq(viewResults.waveId, wave.id), eq(viewResults.teamId, montage), eq(viewResults.role, '')));
      expect(view).toMatchObject({ published: true, invited: 22 });
      expect(view.respondents).toBeGreaterThanOrEqual(5);
    }
    const res = await env.app.request(`/api/v1/results?team=${montage}`, { headers: adminHeaders() });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { waves: { published: boolean }[] };
    expect(body.waves.filter((w) => w.published)).toHaveLength(3);
  });
});
