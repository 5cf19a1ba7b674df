import { and, eq, lte, or } from 'drizzle-orm';
import { waves } from '../db/schema';
import type { Deps } from '../deps';
import { AppError } from '../lib/errors';
import { deliverDue, type DeliveryResult } from '../mail/delivery';
import { runCloseSteps } from '../results/close.service';
import { openWave, recordClosed, resumeOpening } from '../waves/waves.service';
import { SCHEDULER } from '../audit/chain';
import { slots } from './cadence';
import { applyRetention } from '../retention/retention.service';
import { sendDueReminders } from './reminders';
import { getSchedule, loadCalendar, waveSpans } from './schedule.service';
import { skipOf } from './overlap';
import { discardedSlots } from '../waves/discard';
import { deleteExpired } from '../staff/upload';
import { upgradeStep } from '../results/upgrade';
import { backfillFindingsStep } from '../insights/write';

/**
 * A wave counts as stuck (its process died) once it has been 'opening' or 'closing' this long; before that,
 * another request or tick is probably still working on it. Opening twice at once is harmless (each chunk is
 * one batch, and the unique (wave, person) index rolls back the slower one), so that wait is short. Closing twice
 * at once would count answers twice, so it waits longer than any close takes.
 */
const UPGRADE_STEPS_PER_TICK = 20;
const FINDINGS_STEPS_PER_TICK = 2;

export const STUCK_OPENING_MS = 2 * 60_000;

export interface TickSummary {
  /** 1 when this tick opened the due slot's wave (of two racing ticks, the loser normally counts 0). */
  opened: number;
  closed: number;
  /** Stuck 'opening' or 'closing' waves finished. */
  resumed: number;
  /** People reminded. */
  reminded: number;
  /** Retention: waves whose comments or results were deleted, plus people whose name and email were removed. */
  deleted: number;
  delivery: DeliveryResult;
  /** Steps that failed (logged by name only); the next tick tries them again. */
  errors: number;
}

/** A tick's counts as one flat log line: no names, addresses or tokens, only numbers. */
export function tickFields(s: TickSummary, ms: number): Record<string, number> {
  const d = s.delivery;
  return {
    opened: s.opened,
    closed: s.closed,
    resumed: s.resumed,
    reminded: s.reminded,
    deleted: s.deleted,
    sent: d.sent,
    failed: d.failed,
    retried: d.retried,
    remaining: d.remaining,
    errors: s.errors,
    ms,
  };
}

/**
 * One scheduler tick: everything that is due at `now`, in order — finish waves a crash left 'opening' or
 * 'closing', close waves whose time is up, open the due slot of the schedule, queue due reminders, delete what the
 * retention settings say is due, and send what the outbox holds. Each step is idempotent and guarded by a conditional write, so ticks may overlap (two
 * processes, a cron retry) and a tick missed while the process was down is simply done by the next one.
 *
 * Missed slots: only the slot running at `now` (opensAt ≤ now < closesAt) is opened. A slot whose closing time
 * passed while nothing ran is skipped: a wave that would close at once collects no answers. A wave opened late
 * keeps the slot's closing time and only its reminders still ahead.
 *
 * `now` decides what is due; rows are stamped by `deps.clock` as everywhere else (the two agree outside tests).
 * `closeBudgetMs` bounds the time spent on closing waves in this tick (Workers); unset, closes run to the end.
 */
export async function runDue(
  deps: Deps,
  now = deps.clock.now(),
  options: { maxBatches?: number; closeBudgetMs?: number } = {},
): Promise<TickSummary> {
  const deadline = options.closeBudgetMs === undefined ? Infinity : performance.now() + options.closeBudgetMs;
  const summary: TickSummary = { opened: 0, closed: 0, resumed: 0, reminded: 0, deleted: 0, delivery: emptyDelivery(), errors: 0 };
  const step = async (name: string, run: () => Promise<void>) => {
    const started = Date.now();
    try {
      await run();
    } catch (err) {
      summary.errors++;
      deps.log.error('schedule.step_failed', { step: name, error: errorName(err) });
    }
    // Which step a long tick spent its time on (no ids, no people).
    const ms = Date.now() - started;
    if (ms >= SLOW_STEP_MS) deps.log.info('schedule.slow_step', { step: name, ms, ...(deps.queriesMade ? { queries: deps.queriesMade() } : {}) });
  };

  // A database of release 0.1 is moved on a few bounded steps per tick (Workers; Node finishes it at start).
  await step('upgrade', async () => {
    for (let i = 0; i < UPGRADE_STEPS_PER_TICK && (await upgradeStep(deps)); i++);
  });
  // Findings for waves closed before findings existed (insights/write.ts): a wave each, a few per tick.
  await step('findings', async () => {
    for (let i = 0; i < FINDINGS_STEPS_PER_TICK && (await backfillFindingsStep(deps)); i++);
  });
  await step('resume', async () => {
    summary.resumed = await resumeStuck(deps, now, step, deadline);
  });
  await step('close', async () => {
    summary.closed = await closeDue(deps, now, step, deadline);
  });
  await step('open', async () => {
    summary.opened = await openDueSlot(deps, now);
  });
  await step('remind', async () => {
    summary.reminded = await sendDueReminders(deps, now);
  });
  await step('retention', async () => {
    const r = await applyRetention(deps, now);
    summary.deleted = r.comments + r.results + r.staff;
    // Staff files previewed and never confirmed hold names and addresses: gone after an hour.
    await deleteExpired(deps, now);
  });
  await step('deliver', async () => {
    const maxBatches = Math.min(options.maxBatches ?? 100, batchesLeft(deps));
    if (maxBatches > 0) summary.delivery = await deliverDue(deps, { maxBatches, now, inFlight: 2 });
  });
  return summary;
}

/** A step of a tick that takes this long says so in the log. */
const SLOW_STEP_MS = 5_000;

/**
 * Workers: the Resend batches this invocation can still send within 900 of D1's 1,000 queries, at 6 queries a batch
 * (claim, render, send, record; measured: 516 queries for 100 batches). Unbounded on Node.
 */
function batchesLeft(deps: Deps): number {
  if (!deps.queriesMade) return Infinity;
  return Math.max(0, Math.floor((900 - deps.queriesMade()) / 6));
}

type Step = (name: string, run: () => Promise<void>) => Promise<void>;

async function resumeStuck(deps: Deps, now: number, step: Step, deadline: number): Promise<number> {
  const stuck = await deps.db
    .select()
    .from(waves)
    .where(or(and(eq(waves.status, 'opening'), lte(waves.openedAt, now - STUCK_OPENING_MS)), eq(waves.status, 'closing')));
  let resumed = 0;
  for (const wave of stuck) {
    await step(`resume-${wave.status}`, async () => {
      if (wave.status === 'opening') {
        await resumeOpening(deps, wave, SCHEDULER);
        resumed++;
        return;
      }
      // A close goes on in steps on every tick until it is done: concurrent or crashed steps cannot double anything
      // (results/close.service.ts), so there is no need to wait for a close to look stuck.
      if (await runCloseSteps(deps, wave.id, { deadline })) {
        await recordClosed(deps, SCHEDULER, wave.id);
        resumed++;
      }
    });
  }
  return resumed;
}

/**
 * Closes every open wave whose closing time has passed. Moving it to 'closing' is a compare-and-set, so of two
 * overlapping ticks one closes it; the steps then run until done or the tick's time is up, and the next tick (or
 * `resumeStuck`) carries on.
 */
async function closeDue(deps: Deps, now: number, step: Step, deadline: number): Promise<number> {
  const due = await deps.db
    .select({ id: waves.id })
    .from(waves)
    .where(and(eq(waves.status, 'open'), lte(waves.closesAt, now)));
  let closed = 0;
  for (const { id } of due) {
    await step('close-wave', async () => {
      const [claimed] = await deps.db
        .update(waves)
        .set({ status: 'closing', closedAt: now })
        .where(and(eq(waves.id, id), eq(waves.status, 'open')))
        .returning({ id: waves.id });
      if (!claimed) return;
      if (await runCloseSteps(deps, id, { deadline })) {
        await recordClosed(deps, SCHEDULER, id);
        closed++;
      }
    });
  }
  return closed;
}

/**
 * Opens the schedule's slot running at `now`, unless it already has a wave (the unique slot key decides), another wave
 * runs at some time during the slot (everyone would be invited twice; the schedule page says the slot is skipped), or
 * its wave was discarded.
 */
async function openDueSlot(deps: Deps, now: number): Promise<number> {
  const schedule = await getSchedule(deps);
  if (!schedule) return 0;
  const [slot] = slots(schedule, now, 1, await loadCalendar(deps));
  if (!slot || slot.opensAt > now) return 0;
  const [existing] = await deps.db.select({ id: waves.id }).from(waves).where(eq(waves.slot, slot.slot));
  if (existing) return 0;
  if (skipOf(slot, await waveSpans(deps, slot.opensAt), await discardedSlots(deps))) return 0;
  const openedAt = deps.clock.now();
  try {
    await openWave(deps, {
      actor: SCHEDULER,
      slot: slot.slot,
      closesAt: slot.closesAt,
      // Offsets from the actual opening, so reminders keep their planned local times; past ones are dropped.
      reminders: slot.remindAt.filter((at) => at > openedAt).map((at) => at - openedAt),
    });
    return 1;
  } catch (err) {
    // Lost the race: another tick inserted the slot's wave first and is writing its invitations; our chunk
    // collided with theirs on the (wave, person) index and was rolled back. The winner (or a later tick) finishes.
    const [theirs] = await deps.db.select({ id: waves.id }).from(waves).where(eq(waves.slot, slot.slot));
    if (!theirs) throw err;
    deps.log.info('schedule.open_raced', { error: errorName(err) });
    return 0;
  }
}

/** An error's code or class name: never its message, which may carry query parameters (emails, tokens). */
const errorName = (err: unknown) => (err instanceof AppError ? err.code : err instanceof Error ? err.name : 'unknown');

const emptyDelivery = (): DeliveryResult => ({ sent: 0, failed: 0, retried: 0, remaining: 0 });
