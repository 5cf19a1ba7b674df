import { eq, gt } from 'drizzle-orm';
import type { Pending } from '../approvals/pending';
import { auditBatch } from '../audit/audit.service';
import { SYSTEM, type Actor } from '../audit/chain';
import { schedules, waves } from '../db/schema';
import type { Deps } from '../deps';
import { getThresholds, loadSettings } from '../settings/settings';
import { discardedSlots } from '../waves/discard';
import { storedClosures } from './closures';
import { isState, type Calendar } from './days';
import { skipOf, type Skip, type WaveSpan } from './overlap';
import { changeSettings } from '../settings/settings.service';
import { slots, type Every, type Schedule, type Slot } from './cadence';
import type { ScheduleInput } from './schedule.schema';

/** The one schedule row of a deployment. */
const ID = 'default';
/** How many coming waves the API and the page list. */
export const SHOWN_SLOTS = 5;

export async function getSchedule(deps: Deps): Promise<Schedule | null> {
  const [row] = await deps.db.select().from(schedules).where(eq(schedules.id, ID));
  if (!row) return null;
  return {
    every: row.every as Every,
    weekday: row.weekday,
    time: row.time,
    timezone: row.timezone,
    openDays: row.openDays,
    reminders: JSON.parse(row.reminders) as number[],
    k: row.k,
    anchor: row.anchor,
  };
}

/**
 * Sets the cadence. A new cadence (period, weekday, time or zone) is anchored at now, so no slot before the change
 * is ever opened and '2w' counts from here; changing only the open days, reminders or k keeps the anchor, so the
 * rhythm does not shift. k goes to the settings, where the next wave reads it when it opens: waves keep the k they
 * opened with, so a closed wave never changes. Lowering k waits for a second person (four eyes): the cadence is
 * saved at once and `pending` says which change waits. Both are in the audit log with old and new values.
 */
export async function setSchedule(deps: Deps, input: ScheduleInput, actor: Actor = SYSTEM): Promise<{ schedule: Schedule; pending?: Pending }> {
  const now = deps.clock.now();
  const current = await getSchedule(deps);
  const sameCadence =
    current !== null &&
    current.every === input.every &&
    current.weekday === input.weekday &&
    current.time === input.time &&
    current.timezone === input.timezone;
  const { pending, settings } = await changeSettings(deps, actor, { k: input.k });
  // The row keeps the k in force: a lowered k that waits for approval is not in effect yet.
  const schedule: Schedule = { ...input, k: settings.k, anchor: sameCadence ? current.anchor : now };
  const row = { ...schedule, reminders: JSON.stringify(schedule.reminders), updatedAt: now };
  const to = cadenceOf(schedule);
  const from = current ? cadenceOf(current) : null;
  const changed = JSON.stringify(from) !== JSON.stringify(to);
  const write = deps.db.insert(schedules).values({ id: ID, ...row }).onConflictDoUpdate({ target: schedules.id, set: row });
  if (changed) await auditBatch(deps, { actor, action: 'schedule.changed', details: { from, to } }, [write]);
  else await write;
  return { schedule, ...(pending ? { pending } : {}) };
}

/** What the audit log records of a cadence: everything but k (a setting of its own) and the anchor. */
const cadenceOf = ({ k: _k, anchor: _a, ...rest }: Schedule) => rest;

/** Pauses the cadence: no new waves open. Waves already open still remind and close on time. */
export async function pauseSchedule(deps: Deps, actor: Actor = SYSTEM): Promise<void> {
  const current = await getSchedule(deps);
  const remove = deps.db.delete(schedules).where(eq(schedules.id, ID));
  if (current) await auditBatch(deps, { actor, action: 'schedule.paused', details: { from: cadenceOf(current) } }, [remove]);
  else await remove;
}

/** The calendar the cadence plans around: the state's holidays and the closure weeks from the settings. */
export async function loadCalendar(deps: Deps): Promise<Calendar> {
  const { calendar } = await loadSettings(deps);
  return { state: isState(calendar.state) ? calendar.state : null, closures: storedClosures(calendar.closures) };
}

/** Waves that take answers at some time after `from` (or did, when closed early after it): what a slot may overlap. */
export async function waveSpans(deps: Deps, from: number): Promise<WaveSpan[]> {
  return deps.db
    .select({ id: waves.id, title: waves.title, slot: waves.slot, openedAt: waves.openedAt, closesAt: waves.closesAt, closedAt: waves.closedAt })
    .from(waves)
    .where(gt(waves.closesAt, from));
}

export interface PlannedSlot extends Slot {
  /** Why the scheduler will not open it (another wave runs then, or it was discarded); null when it opens. */
  skip: Skip | null;
}

/** The waves still to come (and the one running now, if any), each with whether it will be skipped. */
export async function upcoming(deps: Deps, schedule: Schedule, now: number, count = SHOWN_SLOTS): Promise<PlannedSlot[]> {
  const next = slots(schedule, now, count, await loadCalendar(deps));
  const [spans, discarded] = await Promise.all([waveSpans(deps, Math.min(now, ...next.map((s) => s.opensAt))), discardedSlots(deps)]);
  return next.map((slot) => ({ ...slot, skip: skipOf(slot, spans, discarded) }));
}

const iso = (ms: number) => new Date(ms).toISOString();

/** The API's view: the schedule (k as the settings hold it) and the next waves with times in UTC ISO 8601. */
export async function describeSchedule(deps: Deps) {
  const schedule = await getSchedule(deps);
  if (!schedule) return { schedule: null, next: [] };
  const { k } = await getThresholds(deps);
  return {
    schedule: { ...schedule, k, anchor: iso(schedule.anchor) },
    next: (await upcoming(deps, schedule, deps.clock.now())).map((s) => ({
      slot: s.slot,
      opensAt: iso(s.opensAt),
      closesAt: iso(s.closesAt),
      remindAt: s.remindAt.map(iso),
      skipped: s.skip,
    })),
  };
}
