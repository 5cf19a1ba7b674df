import { count, eq, sum } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { adminHeaders, testDeps } from '../../test/support/deps';
import { blocks, invitations, messages, waves } from '../db/schema';
import type { Deps } from '../deps';
import { setRemindEveryone } from '../settings/settings';
import { scheduleInput } from './schedule.schema';
import { pauseSchedule, setSchedule } from './schedule.service';
import { answer, importPeople, invitationsOf, queued, WEEKLY_TUESDAY } from './testing';
import { runDue, STUCK_OPENING_MS } from './tick';

const DAY = 86_400_000;
const MIN = 60_000;
/** The weekly Tuesday 09:00 Berlin slot after T0 (Monday 2 Nov 2026): it opens 08:00Z, closes Sunday 8 Nov. */
const TUE = Date.UTC(2026, 10, 3, 8);
const THU = TUE + 2 * DAY;
const SUN = TUE + 5 * DAY;
const NEXT_TUE = TUE + 7 * DAY;
const SLOT = '2026-11-03T09:00@Europe/Berlin';

const nothing = { opened: 0, closed: 0, resumed: 0, reminded: 0, deleted: 0, delivery: { sent: 0, failed: 0, retried: 0, remaining: 0 }, errors: 0 };
const sent = (n: number) => ({ sent: n, failed: 0, retried: 0, remaining: 0 });

async function setup(people = 10, schedule: Record<string, unknown> = WEEKLY_TUESDAY) {
  const t = await testDeps();
  await importPeople(t.deps, people);
  await setSchedule(t.deps, scheduleInput.parse(schedule));
  return t;
}

/** Respondents counted in the closed waves' blocks (the answer sheets themselves are gone after close). */
const counted = async (deps: Deps) => Number((await deps.db.select({ n: sum(blocks.respondents) }).from(blocks))[0].n ?? 0);

const waveRows = (deps: Deps) => deps.db.select().from(waves).orderBy(waves.openedAt);
/** [key, recipient] of the mails that reached the outbox mailer, by recipient. */
const mailed = (outbox: { entries: { key: string; to: string }[] }, prefix: string) =>
  outbox.entries
    .filter((e) => e.key.startsWith(prefix))
    .map((e) => [e.key, e.to])
    .sort((a, b) => (a[1] < b[1] ? -1 : 1));

describe('runDue', () => {
  it('opens the slot, reminds only the unanswered exactly once (targeted reminders), closes on time, then opens the next', async () => {
    const t = await testDeps();
    const app = t.app;
    const { deps, clock, outbox } = t;
    await importPeople(deps, 10);
    await setRemindEveryone(deps, false);
    const put = await app.request('/api/v1/schedule', {
      method: 'PUT',
      headers: adminHeaders({ 'content-type': 'application/json' }),
      body: JSON.stringify(WEEKLY_TUESDAY),
    });
    expect(put.status).toBe(200);

    expect(await runDue(deps)).toEqual(nothing);
    clock.set(TUE - 1);
    expect(await runDue(deps)).toEqual(nothing);

    clock.set(TUE);
    expect(await runDue(deps)).toEqual({ ...nothing, opened: 1, delivery: sent(10) });
    const [wave] = await waveRows(deps);
    expect(wave).toMatchObject({ slot: SLOT, status: 'open', openedAt: TUE, closesAt: SUN, invited: 10, k: 5, reminders: `[${2 * DAY}]` });
    const invited = await invitationsOf(deps, wave.id);
    expect(mailed(outbox, 'invitation/')).toEqual(invited.map((i) => [`invitation/${i.id}`, i.email]));

    await answer(deps, invited.slice(0, 5).map((i) => i.id));
    clock.set(THU - 1);
    expect(await runDue(deps)).toEqual(nothing);

    clock.set(THU);
    expect(await runDue(deps)).toEqual({ ...nothing, reminded: 5, delivery: sent(5) });
    const unanswered = invited.slice(5);
    expect(mailed(outbox, 'reminder-')).toEqual(unanswered.map((i) => [`reminder-1/${i.id}`, i.email]));
    // Every counter moves, answered or not: remindersSent says nothing about who answered.
    expect((await invitationsOf(deps, wave.id)).map((i) => [i.used, i.remindersSent])).toEqual([
      ...Array(5).fill([true, 1]),
      ...Array(5).fill([false, 1]),
    ]);
    // Each reminder is a personal mail: it names no one else and no count of who answered.
    for (const mail of outbox.entries.filter((e) => e.key.startsWith('reminder-'))) {
      expect(mail.text.match(/person\d+@/g) ?? []).toEqual([]);
      // (The slot's wave is the quarter's first, a retrospective: "etwa 5 Minuten" is its length, not a count. The link's
      // random token may hold a "-5-".)
      expect(mail.text.replace(/etwa \d+ Minuten/, '').replace(/https?:\/\/\S+/g, '')).not.toMatch(/\b5\b/);
    }

    clock.advance(MIN);
    expect(await runDue(deps)).toEqual(nothing);
    expect(await queued(deps, 'reminder')).toHaveLength(5);
    expect(outbox.entries).toHaveLength(15);

    clock.set(SUN);
    expect(await runDue(deps)).toEqual({ ...nothing, closed: 1 });
    expect((await waveRows(deps))[0]).toMatchObject({ status: 'closed', closedAt: SUN });
    expect((await deps.db.select().from(blocks)).map((b) => b.respondents)).toEqual([5]);

    clock.set(NEXT_TUE);
    expect(await runDue(deps)).toEqual({ ...nothing, opened: 1, delivery: sent(10) });
    expect((await waveRows(deps)).map((w) => [w.slot, w.status])).toEqual([
      [SLOT, 'closed'],
      ['2026-11-10T09:00@Europe/Berlin', 'open'],
    ]);
  });

  it('reminds everyone by default, so no queued mail tells who has answered', async () => {
    const { deps, clock, outbox } = await setup();
    clock.set(TUE);
    await runDue(deps);
    const [wave] = await waveRows(deps);
    const invited = await invitationsOf(deps, wave.id);
    await answer(deps, invited.slice(0, 5).map((i) => i.id));
    clock.set(THU);
    expect(await runDue(deps)).toEqual({ ...nothing, reminded: 10, delivery: sent(10) });
    expect(mailed(outbox, 'reminder-')).toEqual(invited.map((i) => [`reminder-1/${i.id}`, i.email]));
    expect(await queued(deps, 'reminder')).toHaveLength(10);
  });

  it('on Workers sends only what the invocation can still query for, and the next tick sends the rest', async () => {
    const { deps, clock, outbox } = await setup(30);
    clock.set(TUE);
    // An invocation that has made 897 of its queries: no room for a batch (6 queries) below 900.
    let queries = 897;
    const summary = await runDue({ ...deps, queriesMade: () => queries }, TUE, { maxBatches: 100 });
    expect(summary.opened).toBe(1);
    expect(outbox.entries).toHaveLength(0);
    expect(summary.delivery).toEqual(nothing.delivery);
    queries = 0;
    expect((await runDue({ ...deps, queriesMade: () => queries }, TUE)).delivery.sent).toBe(30);
  });

  it('opens a slot late after downtime, keeping its closing time and only the reminders still ahead', async () => {
    const { deps, clock } = await setup(10, { ...WEEKLY_TUESDAY, openDays: 6, reminders: [1, 3] });
    clock.set(THU + 4 * 3_600_000); // Thursday 13:00 Berlin: Wednesday's reminder has passed, Friday's is ahead
    expect(await runDue(deps)).toEqual({ ...nothing, opened: 1, delivery: sent(10) });
    const [wave] = await waveRows(deps);
    expect(wave).toMatchObject({ slot: SLOT, openedAt: THU + 4 * 3_600_000, closesAt: TUE + 6 * DAY });
    expect(JSON.parse(wave.reminders)).toEqual([TUE + 3 * DAY - (THU + 4 * 3_600_000)]);
  });

  it('skips a slot whose closing time passed while nothing ran, and opens the next on time', async () => {
    const { deps, clock } = await setup();
    clock.set(SUN);
    expect(await runDue(deps)).toEqual(nothing);
    expect(await waveRows(deps)).toEqual([]);
    clock.set(NEXT_TUE);
    expect((await runDue(deps)).opened).toBe(1);
    expect((await waveRows(deps)).map((w) => w.slot)).toEqual(['2026-11-10T09:00@Europe/Berlin']);
  });

  it('sends only the latest reminder when several fell due while nothing ran', async () => {
    const { deps, clock, outbox } = await setup(10, { ...WEEKLY_TUESDAY, openDays: 6, reminders: [1, 3] });
    clock.set(TUE);
    await runDue(deps);
    clock.set(TUE + 3 * DAY + 3_600_000);
    expect((await runDue(deps)).reminded).toBe(10);
    expect(new Set(mailed(outbox, 'reminder-').map(([key]) => key.split('/')[0]))).toEqual(new Set(['reminder-2']));
    clock.advance(MIN);
    expect((await runDue(deps)).reminded).toBe(0);
    expect(mailed(outbox, 'reminder-')).toHaveLength(10);
  });

  it('finishes a wave that a crash left opening, once it has been stuck a while', async () => {
    const { deps, clock, outbox } = await setup();
    clock.set(TUE);
    // What openWave had written when the process died: the wave row, no invitations yet.
    await deps.db.insert(waves).values({
      id: 'crashed',
      title: 'Puls 2026-11-03',
      status: 'opening',
      openedAt: TUE,
      closesAt: SUN,
      k: 5,
      kComments: 10,
      bankVersion: '1',
      module: 'pulse',
      invited: 0,
      slot: SLOT,
      reminders: `[${2 * DAY}]`,
    });
    clock.set(TUE + STUCK_OPENING_MS - 1);
    expect(await runDue(deps)).toEqual(nothing);
    clock.set(TUE + STUCK_OPENING_MS);
    expect(await runDue(deps)).toEqual({ ...nothing, resumed: 1, delivery: sent(10) });
    expect((await waveRows(deps)).map((w) => [w.id, w.status, w.invited])).toEqual([['crashed', 'open', 10]]);
    expect(new Set(outbox.entries.map((e) => e.to)).size).toBe(10);
  });

  it('finishes a wave that a crash left closing at the next tick, counting each answer once', async () => {
    const { deps, clock } = await setup();
    clock.set(TUE);
    await runDue(deps);
    const [wave] = await waveRows(deps);
    await answer(deps, (await invitationsOf(deps, wave.id)).slice(0, 6).map((i) => i.id));
    clock.set(SUN);
    await deps.db.update(waves).set({ status: 'closing', closedAt: SUN }).where(eq(waves.id, wave.id));

    clock.set(SUN + 60_000);
    // Two overlapping ticks: the close's steps are compare-and-set, so both may work on it and nothing doubles.
    const [a, b] = await Promise.all([runDue(deps), runDue(deps)]);
    expect(a.resumed + b.resumed).toBeGreaterThanOrEqual(1);
    expect((await waveRows(deps))[0]).toMatchObject({ status: 'closed', closedAt: SUN });
    expect((await deps.db.select().from(blocks)).map((x) => x.respondents)).toEqual([6]);
    expect(await counted(deps)).toBe(6);
  });

  it('keeps reminding and closing the open wave while paused, and opens no new one', async () => {
    const { deps, clock } = await setup();
    clock.set(TUE);
    await runDue(deps);
    await pauseSchedule(deps);
    clock.set(THU);
    expect((await runDue(deps)).reminded).toBe(10);
    clock.set(SUN);
    expect((await runDue(deps)).closed).toBe(1);
    clock.set(NEXT_TUE);
    expect(await runDue(deps)).toEqual(nothing);
  });

  it('does not throw when a step fails: it logs the step by name and the next tick tries again', async () => {
    const t = await testDeps();
    const logged: string[] = [];
    t.deps.log = { info: () => {}, error: (event, fields) => logged.push(JSON.stringify({ event, ...fields })) };
    await setSchedule(t.deps, scheduleInput.parse(WEEKLY_TUESDAY));
    t.clock.set(TUE);
    expect(await runDue(t.deps)).toEqual({ ...nothing, errors: 1 }); // nobody to invite yet
    expect(logged).toEqual(['{"event":"schedule.step_failed","step":"open","error":"UNPROCESSABLE"}']);
    await importPeople(t.deps, 3);
    t.clock.advance(MIN);
    expect((await runDue(t.deps)).opened).toBe(1);
  });
});

describe('runDue, two ticks at once', () => {
  it('on one connection: one wave, one mail per invitation and per (targeted) reminder, one close', async () => {
    const { deps, clock, outbox } = await setup();
    await setRemindEveryone(deps, false);
    clock.set(TUE);
    const opened = await Promise.all([runDue(deps), runDue(deps)]);
    expect(opened.every((s) => s.errors === 0)).toBe(true);
    await expectOnce(deps, [outbox], 10, 0);

    const [wave] = await waveRows(deps);
    await answer(deps, (await invitationsOf(deps, wave.id)).slice(0, 5).map((i) => i.id));
    clock.set(THU);
    const reminded = await Promise.all([runDue(deps), runDue(deps)]);
    expect(reminded[0].reminded + reminded[1].reminded).toBe(5);
    await expectOnce(deps, [outbox], 10, 5);

    clock.set(SUN);
    const closed = await Promise.all([runDue(deps), runDue(deps)]);
    expect(closed[0].closed + closed[1].closed).toBe(1);
    expect(await counted(deps)).toBe(5);
  });

  it('on one database file from two connections, as two processes would', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'puls-tick-'));
    const url = `file:${join(dir, 'puls.db')}`;
    const one = await testDeps({ url });
    const two = await testDeps({ url });
    try {
      await importPeople(one.deps, 40);
      await setRemindEveryone(one.deps, false);
      await setSchedule(one.deps, scheduleInput.parse(WEEKLY_TUESDAY));
      const at = (ms: number) => [one, two].forEach((p) => p.clock.set(ms));
      const both = () => Promise.all([runDue(one.deps), runDue(two.deps)]);

      at(TUE);
      expect((await both()).map((s) => s.errors)).toEqual([0, 0]);
      await expectOnce(one.deps, [one.outbox, two.outbox], 40, 0);

      const [wave] = await waveRows(one.deps);
      await answer(one.deps, (await invitationsOf(one.deps, wave.id)).slice(0, 15).map((i) => i.id));
      at(THU);
      const reminded = await both();
      expect(reminded[0].reminded + reminded[1].reminded).toBe(25);
      at(THU + MIN);
      await both();
      await expectOnce(one.deps, [one.outbox, two.outbox], 40, 25);

      at(SUN);
      const closed = await both();
      expect(closed[0].closed + closed[1].closed).toBe(1);
      expect(await counted(one.deps)).toBe(15);
      expect((await waveRows(two.deps)).map((w) => w.status)).toEqual(['closed']);
    } finally {
      one.handle.close();
      two.handle.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** One wave; every invitation and reminder queued once and delivered once, across all the given mailers. */
async function expectOnce(deps: Deps, outboxes: { entries: { key: string; to: string }[] }[], invited: number, reminded: number) {
  expect(await deps.db.select({ n: count() }).from(waves)).toEqual([{ n: 1 }]);
  expect(await deps.db.select({ n: count() }).from(invitations)).toEqual([{ n: invited }]);
  const rows = await deps.db.select().from(messages);
  expect(rows.filter((r) => r.kind === 'invitation')).toHaveLength(invited);
  expect(rows.filter((r) => r.kind === 'reminder')).toHaveLength(reminded);
  expect(rows.every((r) => r.status === 'sent')).toBe(true);
  const entries = outboxes.flatMap((o) => o.entries);
  expect(entries).toHaveLength(invited + reminded);
  expect(new Set(entries.map((e) => e.key)).size).toBe(invited + reminded);
  const invitedTo = entries.filter((e) => e.key.startsWith('invitation/')).map((e) => e.to);
  expect(new Set(invitedTo).size).toBe(invited);
}
