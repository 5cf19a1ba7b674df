import { afterClosures, DAY_MS, isoDate, NATIONWIDE, nextWorkingDay, weekdayOf, type Calendar } from './days';
import { instantAt, localDay, wallAt } from './zone';

export const EVERY = ['1w', '2w', '4w', '12w'] as const;
export type Every = (typeof EVERY)[number];
export const WEEKS: Record<Every, number> = { '1w': 1, '2w': 2, '4w': 4, '12w': 12 };
export const DEFAULT_TIMEZONE = 'Europe/Berlin';

/** The cadence that creates waves, as stored (see `schedules`) and validated by `scheduleInput`. */
export interface Schedule {
  every: Every;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Local opening time 'HH:MM' in `timezone`. */
  time: string;
  /** IANA zone, canonical spelling. */
  timezone: string;
  /** How long a wave stays open, in days (1–28, shorter than the period). */
  openDays: number;
  /** Days after opening on which the unanswered are reminded; at most 3, ascending, each < openDays. */
  reminders: number[];
  k: number;
  /** When the cadence was set: no slot opens before it, and the period is counted from it. */
  anchor: number;
}

/** One wave the schedule will open. `slot` is its stable key: the local opening date and time with the zone. */
export interface Slot {
  slot: string;
  opensAt: number;
  closesAt: number;
  remindAt: number[];
}

export const periodDays = (every: Every) => WEEKS[every] * 7;

const minuteOfDay = (time: string) => {
  const [h, m] = time.split(':').map(Number);
  return h * 60 + m;
};

/**
 * The waves the schedule opens that are not over at `from` (closesAt > from), oldest first: the one running at
 * `from`, if any, then the next ones. Every slot is a pure function of the schedule and its index, so a slot
 * recomputed from a later `from` has the same key and times.
 *
 * The rules, in the order they apply:
 * - Period: the first slot is the first configured weekday and time at or after `anchor`; the following ones are
 *   every N weeks after it. Counting from the anchor (not from `from`) keeps '2w' on the same weeks for good.
 * - Time zone: times are wall-clock times in the schedule's zone, so 09:00 stays 09:00 local across daylight
 *   saving changes (its UTC time moves by an hour). A time that does not exist on the spring-forward day moves
 *   to the next minute that does (02:30 → 03:00 in Berlin); one that happens twice in autumn is the first
 *   occurrence (see `instantAt`).
 * - Holidays: when the opening day is a Saturday, a Sunday, a German nationwide public holiday, a holiday of the
 *   calendar's state or in one of the company's closures, the wave opens on the next working day at the same local
 *   time. A reminder that falls on such a day moves to the next working day too. Closing is `openDays` days after
 *   the actual opening, same local time; it moves only out of a closure, to the first day after it.
 * - Closures: a slot that a closure pushes so far that it could not stay open its days before the next slot opens
 *   is dropped (a weekly cadence simply pauses over the Christmas closure and goes on on its usual weekday).
 * - No overlap: a wave closes at the latest when the next one opens. This only cuts a wave short when a holiday
 *   pushed its opening close to the next slot (a weekly cadence in the Easter or Christmas week).
 * - Reminders are dropped when they would land at or after closing, and merged when two land on the same day.
 */
export function slots(schedule: Schedule, from: number, count: number, calendar: Calendar = NATIONWIDE): Slot[] {
  const period = periodDays(schedule.every);
  const base = firstDay(schedule);
  const baseAt = instantAt(schedule.timezone, base, minuteOfDay(schedule.time));
  // A slot two periods before `from` closed before its successor opened, and that was before `from` (shifts ≤ 4 days).
  let index = Math.max(0, Math.floor((from - baseAt) / (period * DAY_MS)) - 1);
  const out: Slot[] = [];
  while (out.length < count) {
    const slot = slotAt(schedule, base, index++, calendar);
    if (slot && slot.closesAt > from) out.push(slot);
  }
  return out;
}

/** The day of the first slot: the configured weekday in the anchor's week, or the week after if that has passed. */
function firstDay(schedule: Schedule): number {
  const anchorDay = localDay(schedule.timezone, schedule.anchor);
  const day = anchorDay - (weekdayOf(anchorDay) - 1) + (schedule.weekday - 1);
  return instantAt(schedule.timezone, day, minuteOfDay(schedule.time)) < schedule.anchor ? day + 7 : day;
}

function openingDay(schedule: Schedule, base: number, index: number, calendar: Calendar): number {
  return nextWorkingDay(base + index * periodDays(schedule.every), calendar);
}

function slotAt(schedule: Schedule, base: number, index: number, calendar: Calendar): Slot | null {
  const { timezone, openDays } = schedule;
  const minute = minuteOfDay(schedule.time);
  const day = openingDay(schedule, base, index, calendar);
  const nextDay = openingDay(schedule, base, index + 1, calendar);
  const withoutClosures = openingDay(schedule, base, index, { ...calendar, closures: [] });
  if (day !== withoutClosures && day + openDays > nextDay) return null;
  const opensAt = instantAt(timezone, day, minute);
  const nextOpens = instantAt(timezone, nextDay, minute);
  const closesAt = Math.min(instantAt(timezone, afterClosures(day + openDays, calendar), minute), nextOpens);
  const remindAt = [...new Set(schedule.reminders.map((r) => instantAt(timezone, nextWorkingDay(day + r, calendar), minute)))]
    .filter((at) => at > opensAt && at < closesAt)
    .sort((a, b) => a - b);
  const wall = new Date(wallAt(timezone, opensAt)).toISOString();
  return { slot: `${isoDate(day)}T${wall.slice(11, 16)}@${timezone}`, opensAt, closesAt, remindAt };
}
