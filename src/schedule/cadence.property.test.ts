import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVERY, periodDays, slots, type Schedule } from './cadence';
import { DAY_MS, isWorkingDay } from './days';
import { localDay, wallAt } from './zone';

const HOUR = 3_600_000;
const ZONES = [
  'Europe/Berlin',
  'Europe/London',
  'America/New_York',
  'America/Santiago',
  'Australia/Sydney',
  'Australia/Lord_Howe',
  'Asia/Kolkata',
  'Africa/Cairo',
  'Pacific/Chatham',
  'UTC',
];

/** Any valid schedule, anchored between 2020 and 2040. */
const arbSchedule: fc.Arbitrary<Schedule> = fc
  .record({
    every: fc.constantFrom(...EVERY),
    weekday: fc.integer({ min: 1, max: 7 }),
    hour: fc.integer({ min: 0, max: 23 }),
    // Half hours often, to meet the half-hour offsets and gaps of Lord Howe, Chatham and Kolkata.
    minute: fc.oneof(fc.constantFrom(0, 30, 45), fc.integer({ min: 0, max: 59 })),
    timezone: fc.constantFrom(...ZONES),
    openFraction: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
    reminderPicks: fc.uniqueArray(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), { maxLength: 3 }),
    anchor: fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2040, 0, 1) }),
  })
  .map((r) => {
    const openDays = 1 + Math.floor(r.openFraction * Math.min(28, periodDays(r.every) - 1));
    const reminders = [...new Set(r.reminderPicks.map((p) => Math.floor(p * openDays)).filter((d) => d >= 1))].sort((a, b) => a - b);
    const time = `${String(r.hour).padStart(2, '0')}:${String(r.minute).padStart(2, '0')}`;
    return { every: r.every, weekday: r.weekday, time, timezone: r.timezone, openDays, reminders, k: 5, anchor: r.anchor };
  });

/** A schedule, a `from` between a year before its anchor and five years after, and how many slots to list. */
const arbCase = fc.record({
  schedule: arbSchedule,
  offset: fc.integer({ min: -365 * DAY_MS, max: 5 * 365 * DAY_MS }),
  count: fc.integer({ min: 1, max: 8 }),
});

const wallMinute = (zone: string, at: number) => Math.floor(wallAt(zone, at) / 60_000);
const configured = (s: Schedule, at: number) => {
  const [h, m] = s.time.split(':').map(Number);
  return localDay(s.timezone, at) * 24 * 60 + h * 60 + m;
};

describe('slots (properties)', () => {
  it('are strictly increasing, never overlap, and never open before the anchor', () => {
    fc.assert(
      fc.property(arbCase, ({ schedule, offset, count }) => {
        const list = slots(schedule, schedule.anchor + offset, count);
        expect(list).toHaveLength(count);
        list.forEach((s, i) => {
          expect(s.opensAt).toBeGreaterThanOrEqual(schedule.anchor);
          expect(s.closesAt).toBeGreaterThan(s.opensAt);
          expect(s.closesAt).toBeGreaterThan(schedule.anchor + offset);
          if (i > 0) {
            expect(s.opensAt).toBeGreaterThan(list[i - 1].opensAt);
            expect(s.opensAt).toBeGreaterThanOrEqual(list[i - 1].closesAt);
            expect(s.slot).not.toBe(list[i - 1].slot);
          }
        });
      }),
      { numRuns: 400 },
    );
  });

  it('open on a working day, at the configured local time or the first minute after a skipped one', () => {
    fc.assert(
      fc.property(arbCase, ({ schedule, offset, count }) => {
        for (const s of slots(schedule, schedule.anchor + offset, count)) {
          const zone = schedule.timezone;
          expect(isWorkingDay(localDay(zone, s.opensAt))).toBe(true);
          const want = configured(schedule, s.opensAt);
          const got = wallMinute(zone, s.opensAt);
          if (got === want) {
            // The first occurrence: no earlier instant showed the same wall time.
            for (const back of [30, 60]) expect(wallMinute(zone, s.opensAt - back * 60_000)).not.toBe(got);
          } else {
            // The configured time was skipped: a minute earlier the clock still read before it.
            expect(got).toBeGreaterThan(want);
            expect(wallMinute(zone, s.opensAt - 60_000)).toBeLessThan(want);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('stay open openDays days (± 1 h of daylight saving), unless cut short by the next opening', () => {
    fc.assert(
      fc.property(arbCase, ({ schedule, offset, count }) => {
        const list = slots(schedule, schedule.anchor + offset, count + 1);
        for (let i = 0; i < count; i++) {
          const s = list[i];
          if (s.closesAt === list[i + 1].opensAt && s.closesAt - s.opensAt < schedule.openDays * DAY_MS - HOUR) continue;
          expect(Math.abs(s.closesAt - s.opensAt - schedule.openDays * DAY_MS)).toBeLessThanOrEqual(HOUR);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('remind in order, on working days, while the wave is open', () => {
    fc.assert(
      fc.property(arbCase, ({ schedule, offset, count }) => {
        for (const s of slots(schedule, schedule.anchor + offset, count)) {
          expect(s.remindAt.length).toBeLessThanOrEqual(schedule.reminders.length);
          s.remindAt.forEach((at, i) => {
            expect(at).toBeGreaterThan(s.opensAt);
            expect(at).toBeLessThan(s.closesAt);
            if (i > 0) expect(at).toBeGreaterThan(s.remindAt[i - 1]);
            expect(isWorkingDay(localDay(schedule.timezone, at))).toBe(true);
          });
        }
      }),
      { numRuns: 400 },
    );
  });

  it('keep their key and times when recomputed from a later moment', () => {
    fc.assert(
      fc.property(arbCase, fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), ({ schedule, offset, count }, t) => {
        const list = slots(schedule, schedule.anchor + offset, count);
        const from = schedule.anchor + offset;
        for (const s of list) {
          // Any moment before it closes lists it again, first or after the one running then.
          const later = from + Math.floor(t * (s.closesAt - from));
          const again = slots(schedule, later, count + 1);
          expect(again.find((x) => x.slot === s.slot)).toEqual(s);
          expect(slots(schedule, s.closesAt - 1, 1)[0]).toEqual(s);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('follow the period: consecutive openings are a period apart, give or take the holiday shift', () => {
    fc.assert(
      fc.property(arbCase, ({ schedule, offset, count }) => {
        const list = slots(schedule, schedule.anchor + offset, count + 1);
        const period = periodDays(schedule.every);
        for (let i = 1; i < list.length; i++) {
          const days = localDay(schedule.timezone, list[i].opensAt) - localDay(schedule.timezone, list[i - 1].opensAt);
          expect(days).toBeGreaterThanOrEqual(period - 4);
          expect(days).toBeLessThanOrEqual(period + 4);
        }
      }),
      { numRuns: 300 },
    );
  });
});
