import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { adminHeaders, testDeps } from '../../test/support/deps';
import { blocks, comments, invitations, responses, sealedAnswers, teams, viewResults, waves } from '../db/schema';
import type { Deps } from '../deps';
import { linkToken } from '../lib/keys';
import { importStaff } from '../staff/staff.service';
import { submitAnswers } from '../survey/survey.service';
import { openWave } from '../waves/waves.service';
import { closeWave, finishClosing } from './close.service';

const DAY = 86_400_000;

/** Team A: 6 people, team B: 3 (under k), team C/D: 5. */
function csv() {
  const rows = ['email,name,team,role'];
  for (let i = 0; i < 6; i++) rows.push(`a${i}@x.de,A ${i},A,basic`);
  for (let i = 0; i < 3; i++) rows.push(`b${i}@x.de,B ${i},B,power`);
  for (let i = 0; i < 5; i++) rows.push(`d${i}@x.de,D ${i},C/D,champion`);
  return rows.join('\n');
}

function answers(trust: number, comment?: string) {
  return {
    'trust.safety': trust, 'trust.rules': trust, 'trust.transparency': trust, 'trust.sharing': trust, 'trust.support': trust,
    'fear.job': 2, 'fear.behind': 2, 'fear.gaps': 2, 'fear.pressure': 2, 'fear.mistakes': 2,
    'gap.potential': 4, 'gap.use': 'weekly', 'gap.knowledge': 3, 'gap.motivation': 4, 'gap.time': 2, 'gap.help': 3,
    ...(comment ? { 'comment.pulse': comment } : {}),
  };
}

async function answeredWave(deps: Deps) {
  await importStaff(deps, csv());
  const wave = await openWave(deps, { closesAt: deps.clock.now() + 5 * DAY, module: 'pulse' });
  const rows = await deps.db.select().from(invitations).where(eq(invitations.waveId, wave.id));
  let i = 0;
  for (const row of rows) {
    await submitAnswers(deps, await linkToken(deps.keys, 'survey', row.id), answers(1 + (i++ % 5), i === 3 ? "Mehr Zeit zum Üben" : undefined));
  }
  return wave;
}

const count = async (deps: Deps, table: typeof blocks | typeof responses | typeof sealedAnswers | typeof comments, waveId: string) =>
  (await deps.db.select({ n: sql<number>`count(*)` }).from(table).where(eq(table.waveId, waveId)))[0].n;

describe('closing a wave', () => {
  it('turns sealed answers into blocks of at least k and deletes the sealed rows', async () => {
    const { deps } = await testDeps();
    const wave = await answeredWave(deps);
    expect(await count(deps, sealedAnswers, wave.id)).toBe(14);

    const closed = await closeWave(deps, wave.id);
    expect(closed.status).toBe('closed');
    expect(await count(deps, sealedAnswers, wave.id)).toBe(0);
    expect(await count(deps, responses, wave.id)).toBe(14);
    expect(await count(deps, comments, wave.id)).toBe(1);

    const teamByPath = new Map((await deps.db.select().from(teams)).map((t) => [t.path, t.id]));
    const stored = await deps.db.select().from(blocks).where(eq(blocks.waveId, wave.id));
    // B's three people are too few: they join the root, which absorbs A (the nearest block), leaving C/D alone.
    expect(stored.map((b) => [b.respondents, b.teamId]).sort()).toEqual([
      [5, teamByPath.get('C/D')],
      [9, teamByPath.get('')],
    ]);
    expect(stored.every((b) => b.respondents >= 5)).toBe(true);
  });

  it('publishes exactly the views that are unions of blocks, with reasons for the rest', async () => {
    const { deps } = await testDeps();
    const wave = await answeredWave(deps);
    await closeWave(deps, wave.id);
    const rows = await deps.db
      .select({ path: teams.path, role: viewResults.role, published: viewResults.published, reason: viewResults.reason, respondents: viewResults.respondents, invited: viewResults.invited })
      .from(viewResults)
      .innerJoin(teams, eq(teams.id, viewResults.teamId))
      .where(eq(viewResults.waveId, wave.id));
    const view = (path: string, role = '') => rows.find((r) => r.path === path && r.role === role);
    expect(view('')).toMatchObject({ published: true, respondents: 14, invited: 14 });
    expect(view('C')).toMatchObject({ published: true, respondents: 5 });
    expect(view('C/D')).toMatchObject({ published: true, respondents: 5 });
    expect(view('A')).toMatchObject({ published: false, reason: 'too-few', respondents: null });
    expect(view('B')).toMatchObject({ published: false, reason: 'too-few', respondents: null });
    expect(view('', 'champion')).toMatchObject({ published: true, respondents: 5 });
    expect(view('', 'basic')).toMatchObject({ published: false, reason: 'too-few' });
  });

  it('stores responses with nothing but an id, the wave, the block and the answers', async () => {
    const { deps, handle } = await testDeps();
    const wave = await answeredWave(deps);
    await closeWave(deps, wave.id);
    const columns = await deps.db.all<{ name: string }>(sql`select name from pragma_table_info('responses')`);
    expect(columns.map((c) => c.name).sort()).toEqual(['answers', 'block_id', 'id', 'wave_id']);
    const withoutRowid = await deps.db.all<{ sql: string }>(sql`select sql from sqlite_master where name = 'responses'`);
    expect(withoutRowid[0].sql).toContain('WITHOUT ROWID');
    const stored = await deps.db.select().from(responses).where(eq(responses.waveId, wave.id));
    expect(stored.every((r) => !r.answers.includes('comment.pulse'))).toBe(true);
    handle.close();
  });

  it('refuses to close twice with 409', async () => {
    const { deps, app } = await testDeps();
    const wave = await answeredWave(deps);
    const first = await app.request(`/api/v1/waves/${wave.id}/close`, { method: 'POST', headers: adminHeaders() });
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ status: 'closed', responded: 14, invited: 14 });
    const second = await app.request(`/api/v1/waves/${wave.id}/close`, { method: 'POST', headers: adminHeaders() });
    expect(second.status).toBe(409);
    expect(await second.json()).toEqual({ error: { code: 'CONFLICT', message: 'the wave is already closed' } });
  });

  it('finishes a close that crashed half-way without losing or doubling anything', async () => {
    const { deps } = await testDeps();
    const wave = await answeredWave(deps);
    // A crash after some result rows were written: the wave is 'closing' and the sealed rows are still there.
    await deps.db.update(waves).set({ status: 'closing' }).where(eq(waves.id, wave.id));
    await deps.db.insert(blocks).values({ id: 'partial', waveId: wave.id, teamId: 'x', role: null, respondents: 3 });
    await finishClosing(deps, wave.id);
    await finishClosing(deps, wave.id);
    expect(await count(deps, blocks, wave.id)).toBe(2);
    expect(await count(deps, responses, wave.id)).toBe(14);
    expect(await count(deps, sealedAnswers, wave.id)).toBe(0);
  });

  it('publishes nothing and keeps no answers when fewer than k answered in all', async () => {
    const { deps } = await testDeps();
    await importStaff(deps, csv());
    const wave = await openWave(deps, { closesAt: deps.clock.now() + DAY, module: 'pulse' });
    const rows = await deps.db.select().from(invitations).where(eq(invitations.waveId, wave.id)).limit(3);
    for (const row of rows) await submitAnswers(deps, await linkToken(deps.keys, 'survey', row.id), answers(3));
    await closeWave(deps, wave.id);
    expect(await count(deps, blocks, wave.id)).toBe(0);
    expect(await count(deps, responses, wave.id)).toBe(0);
    const published = await deps.db.select().from(viewResults).where(eq(viewResults.published, true));
    expect(published).toEqual([]);
  });
});
