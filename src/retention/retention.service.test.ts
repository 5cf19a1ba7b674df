import { count, eq, sql } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import { T0, testDeps } from '../../test/support/deps';
import { signedIn } from '../auth/testing';
import { auditLog, comments, loginLinks, messages, sessions, staff, users, viewResults, waves } from '../db/schema';
import type { Deps } from '../deps';
import { linkToken } from '../lib/keys';
import { closeWave } from '../results/close.service';
import { RESULT_TABLES } from '../results/retention';
import { runDue } from '../schedule/tick';
import { changeSettings } from '../settings/settings.service';
import { SYSTEM } from '../audit/chain';
import { importStaff } from '../staff/staff.service';
import { openInvitation, submitTo } from '../survey/survey.service';
import { answersFor } from '../survey/testing';
import { openWave } from '../waves/waves.service';
import { applyRetention, STILL_NAMED } from './retention.service';
import { invitations } from '../db/schema';

const DAY = 86_400_000;
/** Friday 2026-11-06 17:00 in Berlin. */
const CLOSED = Date.UTC(2026, 10, 6, 16, 0);

const csv = (n: number) =>
  ['email,name,team,role,language', ...Array.from({ length: n }, (_, i) => `p${String(i + 1).padStart(2, '0')}@muster.de,Person ${i + 1},Werk Nord,basic,de`)].join('\n');

/** Twelve people, a retrospective wave everyone answers with a comment, closed at CLOSED. */
async function closedWave() {
  const t = await testDeps();
  await importStaff(t.deps, csv(12));
  const wave = await openWave(t.deps, { closesAt: CLOSED, module: 'quarterly' });
  const ids = await t.deps.db.select({ id: invitations.id }).from(invitations).where(eq(invitations.waveId, wave.id));
  for (const { id } of ids) {
    const open = await openInvitation(t.deps, linkToken(t.deps.keys, 'survey', id));
    const text = open.questions.find((q) => q.kind === 'text')!;
    await submitTo(t.deps, open, answersFor(open.questions, { [text.id]: 'Mehr Zeit zum Ausprobieren.' }));
  }
  t.clock.set(CLOSED);
  await closeWave(t.deps, wave.id);
  return { ...t, waveId: wave.id };
}

const rows = async (deps: Deps, table: SQLiteTable) =>
  (await deps.db.select({ n: count() }).from(table))[0].n;
const entries = (deps: Deps, action: string) => deps.db.select().from(auditLog).where(eq(auditLog.action, action));

describe('retention', () => {
  it('deletes comments on the tick they are due and not before, and logs it', async () => {
    const t = await closedWave();
    await changeSettings(t.deps, SYSTEM, { retention: { commentsMonths: 1 } });
    expect(await rows(t.deps, comments)).toBe(12);

    // One month after closing, in Berlin: 6 December 2026, 17:00 (CET, 16:00 UTC).
    const due = Date.UTC(2026, 11, 6, 16, 0);
    t.clock.set(due - 60_000);
    expect((await runDue(t.deps, due - 60_000)).deleted).toBe(0);
    expect(await rows(t.deps, comments)).toBe(12);

    t.clock.set(due);
    expect((await runDue(t.deps, due)).deleted).toBe(1);
    expect(await rows(t.deps, comments)).toBe(0);
    // Only comments: the numbers stay.
    expect(await rows(t.deps, viewResults)).toBeGreaterThan(0);
    const [entry] = await entries(t.deps, 'retention.comments');
    expect(entry).toMatchObject({ actorKind: 'scheduler', target: t.waveId, at: due });
    expect(JSON.parse(entry.details)).toEqual({ months: 1, deleted: 12, closedAt: '2026-11-06T16:00:00.000Z' });
    // Nothing left to do: the next tick deletes and logs nothing.
    expect((await runDue(t.deps, due + 60_000)).deleted).toBe(0);
    expect(await entries(t.deps, 'retention.comments')).toHaveLength(1);
  });

  it("deletes a closed wave's results after its years, keeping the wave", async () => {
    const t = await closedWave();
    await changeSettings(t.deps, SYSTEM, { retention: { resultsYears: 1 } });
    const before = await Promise.all(RESULT_TABLES.map((table) => rows(t.deps, table)));
    // Blocks, comments and the views' statistics: every result table holds something of this wave.
    expect(before.every((n) => n > 0)).toBe(true);

    const due = Date.UTC(2027, 10, 6, 16, 0);
    expect((await applyRetention(t.deps, due - 1)).results).toBe(0);
    expect(await applyRetention(t.deps, due)).toEqual({ results: 1, comments: 0, staff: 0 });
    expect(await Promise.all(RESULT_TABLES.map((table) => rows(t.deps, table)))).toEqual(RESULT_TABLES.map(() => 0));
    expect(await t.deps.db.select({ id: waves.id, status: waves.status }).from(waves)).toEqual([{ id: t.waveId, status: 'closed' }]);
    expect(await entries(t.deps, 'retention.results')).toHaveLength(1);
    expect(await applyRetention(t.deps, due + DAY)).toEqual({ results: 0, comments: 0, staff: 0 });
  });

  it('removes name and email of people who left, their access and their address in the outbox, after their months', async () => {
    const t = await closedWave();
    await changeSettings(t.deps, SYSTEM, { retention: { inactiveStaffMonths: 2 } });
    const leader = await signedIn(t.deps, { role: 'leader', teamId: null, email: 'p12@muster.de' });
    await t.app.request('/login/email', { method: 'POST', body: new URLSearchParams({ email: 'p12@muster.de' }) });
    const views = await rows(t.deps, viewResults);

    // p11 and p12 leave on 10 November 2026; two months later is 10 January 2027.
    const left = Date.UTC(2026, 10, 10, 9, 0);
    t.clock.set(left);
    await importStaff(t.deps, csv(10));
    const due = Date.UTC(2027, 0, 10, 9, 0);
    expect((await applyRetention(t.deps, due - 1)).staff).toBe(0);
    expect(await applyRetention(t.deps, due)).toEqual({ results: 0, comments: 0, staff: 2 });

    const gone = await t.deps.db.select().from(staff).where(eq(staff.active, false));
    expect(gone.map((p) => [p.email, p.name])).toEqual(
      expect.arrayContaining([
        [`${gone[0].id}@removed.invalid`, ''],
        [`${gone[1].id}@removed.invalid`, ''],
      ]),
    );
    const everything = JSON.stringify([
      await t.deps.db.select().from(staff),
      await t.deps.db.select().from(messages),
      await t.deps.db.select().from(users),
      await t.deps.db.select().from(auditLog),
    ]);
    for (const trace of ['p11@muster.de', 'p12@muster.de', 'Person 11', 'Person 12']) expect(everything).not.toContain(trace);
    expect(everything).toContain('p10@muster.de');
    expect(await t.deps.db.select().from(users).where(eq(users.id, leader.userId))).toEqual([]);
    expect(await t.deps.db.select().from(sessions).where(eq(sessions.userId, leader.userId))).toEqual([]);
    expect(await t.deps.db.select().from(loginLinks).where(eq(loginLinks.userId, leader.userId))).toEqual([]);
    // Ids stay (closed waves' invitations point at them) and so do the results.
    expect((await t.deps.db.select({ n: count() }).from(invitations))[0].n).toBe(12);
    expect(await rows(t.deps, viewResults)).toBe(views);
    const [entry] = await entries(t.deps, 'retention.staff');
    expect(JSON.parse(entry.details)).toEqual({ people: 2, accessRemoved: 1, months: 2 });
    expect(await applyRetention(t.deps, due + DAY)).toEqual({ results: 0, comments: 0, staff: 0 });
  });

  it('keeps someone invited to a wave that is still open until it closes', async () => {
    const t = await testDeps();
    await importStaff(t.deps, csv(6));
    await changeSettings(t.deps, SYSTEM, { retention: { inactiveStaffMonths: 1 } });
    const wave = await openWave(t.deps, { closesAt: T0 + 60 * DAY });
    await importStaff(t.deps, csv(5));
    const due = Date.UTC(2026, 11, 2, 8, 0);
    expect((await applyRetention(t.deps, due)).staff).toBe(0);
    await t.deps.db.update(waves).set({ status: 'closed', closedAt: due }).where(eq(waves.id, wave.id));
    expect((await applyRetention(t.deps, due)).staff).toBe(1);
  });

  it('finds people to forget through the partial index, so a tick with nobody due reads nothing else', async () => {
    const { deps } = await testDeps();
    const plan = await deps.db.all<{ detail: string }>(
      sql.raw(`explain query plan select id from staff where ${STILL_NAMED} and updated_at <= 0`),
    );
    expect(plan.map((p) => p.detail).join(' ')).toContain('staff_left_idx');
  });
});
