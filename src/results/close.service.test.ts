import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { adminHeaders, testDeps } from '../../test/support/deps';
import { blocks, comments, invitations, responses, sealedAnswers, teams, usedLinks, viewResults, waveExposure, waves } from '../db/schema';
import type { Deps } from '../deps';
import { linkToken } from '../lib/keys';
import { importStaff } from '../staff/staff.service';
import { submitAnswers } from '../survey/survey.service';
import { openWave } from '../waves/waves.service';
import { closeStep, closeWave, runCloseSteps } from './close.service';

const DAY = 86_400_000;

/** Team A: 6 basic users, team B: 3 power users (under k), team C/D: 5 champions. */
function csv(leave: string[] = []) {
  const rows = ['email,name,team,role'];
  for (let i = 0; i < 6; i++) rows.push(`a${i}@x.de,A ${i},A,basic`);
  for (let i = 0; i < 3; i++) rows.push(`b${i}@x.de,B ${i},B,power`);
  for (let i = 0; i < 5; i++) rows.push(`d${i}@x.de,D ${i},C/D,champion`);
  return rows.filter((r) => !leave.some((email) => r.startsWith(email))).join('\n');
}

/** Everyone in a team answers alike: trust 4 in A, 5 in B, 2 in C/D. */
const TRUST: Record<string, number> = { A: 4, B: 5, 'C/D': 2 };
function answers(trust: number, comment?: string) {
  return {
    'trust.safety': trust, 'trust.rules': trust, 'trust.transparency': trust, 'trust.sharing': trust, 'trust.support': trust,
    'fear.job': 2, 'fear.behind': 2, 'fear.gaps': 2, 'fear.pressure': 2, 'fear.mistakes': 2,
    'gap.potential': 4, 'gap.use': 'weekly', 'gap.knowledge': 3, 'gap.motivation': 4, 'gap.time': 2, 'gap.help': 3,
    ...(comment ? { 'comment.pulse': comment } : {}),
  };
}

/** Everyone answers, but those the filter skips (by team path and place in the team, in staff id order). */
async function answeredWave(deps: Deps, options: { leave?: string[]; skip?: (path: string, place: number) => boolean } = {}) {
  await importStaff(deps, csv(options.leave));
  const wave = await openWave(deps, { closesAt: deps.clock.now() + 5 * DAY, module: 'pulse' });
  const rows = await deps.db
    .select({ id: invitations.id, path: teams.path })
    .from(invitations)
    .innerJoin(teams, eq(teams.id, invitations.teamId))
    .where(eq(invitations.waveId, wave.id))
    .orderBy(invitations.staffId);
  const place = new Map<string, number>();
  for (const row of rows) {
    const i = place.get(row.path) ?? 0;
    place.set(row.path, i + 1);
    if (options.skip?.(row.path, i)) continue;
    const comment = row.path === 'A' && i === 2 ? 'Mehr Zeit zum Üben' : undefined;
    await submitAnswers(deps, linkToken(deps.keys, 'survey', row.id), answers(TRUST[row.path], comment));
  }
  return wave;
}

const count = async (deps: Deps, table: typeof blocks | typeof sealedAnswers | typeof comments | typeof usedLinks, waveId: string) =>
  (await deps.db.select({ n: sql<number>`count(*)` }).from(table).where(eq(table.waveId, waveId)))[0].n;

async function viewsOf(deps: Deps, waveId: string) {
  const rows = await deps.db
    .select({ path: teams.path, view: viewResults })
    .from(viewResults)
    .innerJoin(teams, eq(teams.id, viewResults.teamId))
    .where(eq(viewResults.waveId, waveId));
  return (path: string, role = '') => rows.find((r) => r.path === path && r.view.role === role)?.view;
}

describe('closing a wave', () => {
  it('turns sealed answers into blocks of at least k, leaves a small remainder out, deletes sealed rows and markers', async () => {
    const { deps } = await testDeps();
    const wave = await answeredWave(deps);
    expect(await count(deps, sealedAnswers, wave.id)).toBe(14);
    expect(await count(deps, usedLinks, wave.id)).toBe(14);

    const closed = await closeWave(deps, wave.id);
    expect(closed).toMatchObject({ status: 'closed', leftOut: 3 });
    expect(await count(deps, sealedAnswers, wave.id)).toBe(0);
    expect(await count(deps, usedLinks, wave.id)).toBe(0);

    const teamByPath = new Map((await deps.db.select().from(teams)).map((t) => [t.path, t.id]));
    const stored = await deps.db.select().from(blocks).where(eq(blocks.waveId, wave.id));
    // B's three power users are too few anywhere below the company, and alone at the top: in no number.
    expect(stored.map((b) => [b.respondents, b.teamId]).sort()).toEqual([
      [5, teamByPath.get('C/D')],
      [6, teamByPath.get('A')],
    ]);
    // The comment of a person in A is kept with A's block, no longer with a person.
    const [comment] = await deps.db.select().from(comments).where(eq(comments.waveId, wave.id));
    expect(comment).toMatchObject({ text: 'Mehr Zeit zum Üben', blockId: stored.find((b) => b.teamId === teamByPath.get('A'))!.id });
  });

  it('publishes every team with k answers in its subtree, one reason for smaller groups, company roles where safe', async () => {
    const { deps } = await testDeps();
    const wave = await answeredWave(deps);
    await closeWave(deps, wave.id);
    const view = await viewsOf(deps, wave.id);
    expect(view('')).toMatchObject({ published: true, respondents: 11, invited: 14 });
    expect(view('A')).toMatchObject({ published: true, respondents: 6, invited: 6 });
    expect(view('C')).toMatchObject({ published: true, respondents: 5 });
    expect(view('C/D')).toMatchObject({ published: true, respondents: 5 });
    expect(view('B')).toMatchObject({ published: false, reason: 'too-few', respondents: null, measures: null, counts: null });
    expect(view('', 'basic')).toMatchObject({ published: true, respondents: 6, invited: 6 });
    expect(view('', 'champion')).toMatchObject({ published: true, respondents: 5 });
    // Power users counted anywhere: none (B was left out). A role group under k gets the same reason as any split.
    expect(view('', 'power')).toMatchObject({ published: false, reason: 'split' });
    // Everyone uses AI weekly: the adopters' view is the company's, non-users are nobody; the share is 100 %.
    const company = JSON.parse(view('')!.measures!);
    expect(company.adopter).toEqual([11, 1100, 110_000]);
    expect(Object.keys(company).filter((m) => m.startsWith('adopters|')).length).toBeGreaterThan(10);
    expect(Object.keys(company).some((m) => m.startsWith('nonusers|'))).toBe(false);
  });

  it('keeps no answer sheet: per published view only sums and answer counts', async () => {
    const { deps } = await testDeps();
    const wave = await answeredWave(deps);
    await closeWave(deps, wave.id);
    expect(await deps.db.select().from(responses)).toEqual([]);
    const a = (await viewsOf(deps, wave.id))('A')!;
    // Six people with trust 4 on every item: score 75, so Σ = 450, Σ² = 33,750.
    expect(JSON.parse(a.measures!)['trust.safety']).toEqual([6, 450, 33_750]);
    expect(JSON.parse(a.counts!)['gap.use']).toEqual({ weekly: 6 });
    expect(JSON.parse(a.counts!)['trust.rules']).toEqual({ 4: 6 });
    expect(Object.keys(a)).not.toContain('cross');
  });

  it('refuses to close twice with 409 and reports what the company view counts', async () => {
    const { deps, app } = await testDeps();
    const wave = await answeredWave(deps);
    const first = await app.request(`/api/v1/waves/${wave.id}/close`, { method: 'POST', headers: adminHeaders() });
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ status: 'closed', responded: 11, leftOut: 3, invited: 14 });
    const second = await app.request(`/api/v1/waves/${wave.id}/close`, { method: 'POST', headers: adminHeaders() });
    expect(second.status).toBe(409);
    expect(await second.json()).toEqual({ error: { code: 'CONFLICT', message: 'the wave is already closed', details: [{ code: 'wave_closed' }] } });
  });

  it('carries on a close that crashed half-way, at once, without losing or doubling anything', async () => {
    const { deps, app } = await testDeps();
    const wave = await answeredWave(deps);
    await deps.db.update(waves).set({ status: 'closing' }).where(eq(waves.id, wave.id));
    // Pages of four: a crash after two tallied pages, and after a decision that wrote half its rows and died.
    expect(await closeStep(deps, wave.id, 4)).toBe('more');
    expect(await closeStep(deps, wave.id, 4)).toBe('more');
    const [mid] = await deps.db.select().from(waves).where(eq(waves.id, wave.id));
    expect(mid.closeCursor).toMatch(/^tally:/);
    await deps.db.update(waves).set({ closeCursor: `deciding:dead:${deps.clock.now() - 3 * 60_000}` }).where(eq(waves.id, wave.id));
    await deps.db.insert(blocks).values({ id: 'partial', waveId: wave.id, teamId: 'x', role: null, respondents: 3 });
    // That decision had claimed the wave after the last page: tally what is left first, then take the decision over.
    await deps.db.update(waves).set({ closeCursor: mid.closeCursor }).where(eq(waves.id, wave.id));
    // Closing again from the API carries on at once (no 409 while 'closing').
    const res = await app.request(`/api/v1/waves/${wave.id}/close`, { method: 'POST', headers: adminHeaders() });
    expect(res.status).toBe(200);
    expect(await count(deps, blocks, wave.id)).toBe(2);
    expect(await count(deps, sealedAnswers, wave.id)).toBe(0);
    expect((await viewsOf(deps, wave.id))('')).toMatchObject({ respondents: 11 });
    // Closed already: another call finds nothing to do and does not claim the close as its own.
    expect(await runCloseSteps(deps, wave.id)).toBe(false);
  });

  it('takes over a decision whose step died, once its lease has run out, and publishes nothing meanwhile', async () => {
    const { deps, app } = await testDeps();
    const wave = await answeredWave(deps);
    await deps.db.update(waves).set({ status: 'closing' }).where(eq(waves.id, wave.id));
    while ((await closeStep(deps, wave.id, 5)) === 'more') {
      const [now] = await deps.db.select().from(waves).where(eq(waves.id, wave.id));
      if (now.closeCursor === 'decided') break;
    }
    // The decision is made; pretend instead that its step died right after claiming it.
    await deps.db.update(waves).set({ closeCursor: `deciding:dead:${deps.clock.now()}` }).where(eq(waves.id, wave.id));
    expect(await closeStep(deps, wave.id)).toBe('busy');
    const trend = async () => ((await (await app.request('/api/v1/results', { headers: adminHeaders() })).json()) as { waves: unknown[] }).waves;
    expect(await trend()).toEqual([]);
    deps.clock.advance(2 * 60_000);
    expect(await runCloseSteps(deps, wave.id)).toBe(true);
    expect(await trend()).toHaveLength(1);
    expect(await count(deps, blocks, wave.id)).toBe(2);
  });

  it('publishes nothing when fewer than k answered in all', async () => {
    const { deps } = await testDeps();
    await importStaff(deps, csv());
    const wave = await openWave(deps, { closesAt: deps.clock.now() + DAY, module: 'pulse' });
    const rows = await deps.db.select().from(invitations).where(eq(invitations.waveId, wave.id)).limit(3);
    for (const row of rows) await submitAnswers(deps, linkToken(deps.keys, 'survey', row.id), answers(3));
    expect(await closeWave(deps, wave.id)).toMatchObject({ leftOut: 3 });
    expect(await count(deps, blocks, wave.id)).toBe(0);
    expect(await deps.db.select().from(viewResults).where(eq(viewResults.published, true))).toEqual([]);
  });

  it('holds a team back when, with everyone answering, it lost one person since a wave where everyone answered too', async () => {
    const { deps, clock } = await testDeps();
    const first = await answeredWave(deps);
    await closeWave(deps, first.id);
    // a5 leaves; everyone else in A answers again exactly as before. A's sum then minus A's sum now is a5's answers.
    // (One person of B skips, so B's group is not one a reader could know.)
    clock.advance(7 * DAY);
    const second = await answeredWave(deps, { leave: ['a5@'], skip: (path, i) => path === 'B' && i === 0 });
    await closeWave(deps, second.id);
    const view = await viewsOf(deps, second.id);
    expect(view('A')).toMatchObject({ published: false, reason: 'history', respondents: null });
    // A's five are not lost: they count at the company, with B's two, in a block of seven anchored at the top.
    expect(view('')).toMatchObject({ published: true, respondents: 12 });
    expect(await closeWave(deps, second.id).catch((e: Error) => e.message)).toBe('the wave is already closed');
    // The history is sealed: no staff id appears in the stored bytes.
    const staffIds = (await deps.db.select({ id: invitations.staffId }).from(invitations)).map((r) => r.id);
    const stored = await deps.db.select().from(waveExposure);
    expect(stored.map((s) => s.waveId).sort()).toEqual([first.id, second.id].sort());
    const bytes = Buffer.concat(stored.map((s) => Buffer.from(s.payload))).toString('latin1');
    for (const id of staffIds) expect(bytes).not.toContain(id);
  });

  it('does not hold a team back when someone merely skipped: nobody can know who', async () => {
    const { deps, clock } = await testDeps();
    await closeWave(deps, (await answeredWave(deps)).id);
    clock.advance(7 * DAY);
    // One person in A does not answer; the reader sees five of six, but not who is missing.
    const second = await answeredWave(deps, { skip: (path, i) => path === 'A' && i === 4 });
    await closeWave(deps, second.id);
    expect((await viewsOf(deps, second.id))('A')).toMatchObject({ published: true, respondents: 5 });
  });

  it('holds back a group at the top too, when everyone answered everywhere and it would single someone out', async () => {
    const { deps, clock } = await testDeps();
    await closeWave(deps, (await answeredWave(deps)).id);
    clock.advance(7 * DAY);
    // Everyone answers, a5 has left: A (5) is held back and joins B (3) at the top, and a5 − B's three could be
    // isolated from the first wave's A: that block is held back as well. Only C/D is counted.
    const second = await answeredWave(deps, { leave: ['a5@'] });
    expect(await closeWave(deps, second.id)).toMatchObject({ leftOut: 8 });
    const view = await viewsOf(deps, second.id);
    expect(view('')).toMatchObject({ published: true, respondents: 5 });
    expect(view('A')).toMatchObject({ published: false, reason: 'history' });
  });
});
