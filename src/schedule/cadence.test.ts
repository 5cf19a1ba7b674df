import { describe, expect, it } from 'vitest';
import { slots, type Schedule } from './cadence';
import { dayOf } from './days';
import { instantAt } from './zone';

const base: Schedule = {
  every: '1w',
  weekday: 2,
  time: '09:00',
  timezone: 'Europe/Berlin',
  openDays: 5,
  reminders: [],
  k: 5,
  anchor: Date.UTC(2026, 2, 16),
};
const iso = (ms: number) => new Date(ms).toISOString();
const show = (s: ReturnType<typeof slots>[number]) => ({
  slot: s.slot,
  opensAt: iso(s.opensAt),
  closesAt: iso(s.closesAt),
  remindAt: s.remindAt.map(iso),
});

describe('instantAt: wall-clock times across daylight saving changes', () => {
  const at = (zone: string, y: number, m: number, d: number, time: string) => {
    const [h, min] = time.split(':').map(Number);
    return iso(instantAt(zone, dayOf(y, m, d), h * 60 + min));
  };

  it('is exact on ordinary days, in winter and in summer', () => {
    expect(at('Europe/Berlin', 2026, 3, 24, '09:00')).toBe('2026-03-24T08:00:00.000Z');
    expect(at('Europe/Berlin', 2026, 3, 31, '09:00')).toBe('2026-03-31T07:00:00.000Z');
  });

  it('moves a time that does not exist to the minute the clocks jump to', () => {
    expect(at('Europe/Berlin', 2026, 3, 29, '02:00')).toBe('2026-03-29T01:00:00.000Z');
    expect(at('Europe/Berlin', 2026, 3, 29, '02:30')).toBe('2026-03-29T01:00:00.000Z');
    expect(at('Europe/Berlin', 2026, 3, 29, '03:00')).toBe('2026-03-29T01:00:00.000Z');
    expect(at('Europe/Berlin', 2026, 3, 29, '03:01')).toBe('2026-03-29T01:01:00.000Z');
    // Egypt's summer time starts on a Friday at 00:00: a Friday 00:30 slot opens at 01:00 local (UTC+3).
    expect(at('Africa/Cairo', 2026, 4, 24, '00:30')).toBe('2026-04-23T22:00:00.000Z');
  });

  it('takes the first occurrence of a time that happens twice', () => {
    expect(at('Europe/Berlin', 2026, 10, 25, '02:30')).toBe('2026-10-25T00:30:00.000Z');
    expect(at('Europe/Berlin', 2026, 10, 25, '03:00')).toBe('2026-10-25T02:00:00.000Z');
    expect(at('Europe/Berlin', 2026, 10, 25, '01:59')).toBe('2026-10-24T23:59:00.000Z');
  });
});

describe('slots', () => {
  it('keeps Tuesday 09:00 Berlin local across the spring change (08:00Z before, 07:00Z after)', () => {
    expect(slots(base, base.anchor, 4).map(show)).toEqual([
      { slot: '2026-03-17T09:00@Europe/Berlin', opensAt: '2026-03-17T08:00:00.000Z', closesAt: '2026-03-22T08:00:00.000Z', remindAt: [] },
      { slot: '2026-03-24T09:00@Europe/Berlin', opensAt: '2026-03-24T08:00:00.000Z', closesAt: '2026-03-29T07:00:00.000Z', remindAt: [] },
      { slot: '2026-03-31T09:00@Europe/Berlin', opensAt: '2026-03-31T07:00:00.000Z', closesAt: '2026-04-05T07:00:00.000Z', remindAt: [] },
      // Good Friday and Easter Monday are around, but Tuesday 7 April is a working day.
      { slot: '2026-04-07T09:00@Europe/Berlin', opensAt: '2026-04-07T07:00:00.000Z', closesAt: '2026-04-12T07:00:00.000Z', remindAt: [] },
    ]);
  });

  it('keeps Tuesday 09:00 Berlin local across the autumn change (07:00Z before, 08:00Z after)', () => {
    const autumn = { ...base, anchor: Date.UTC(2026, 9, 19), reminders: [2, 4] };
    expect(slots(autumn, autumn.anchor, 2).map(show)).toEqual([
      {
        slot: '2026-10-20T09:00@Europe/Berlin',
        opensAt: '2026-10-20T07:00:00.000Z',
        closesAt: '2026-10-25T08:00:00.000Z',
        // Day 4 is a Saturday; Monday 26 October is after closing, so that reminder is dropped.
        remindAt: ['2026-10-22T07:00:00.000Z'],
      },
      {
        slot: '2026-10-27T09:00@Europe/Berlin',
        opensAt: '2026-10-27T08:00:00.000Z',
        closesAt: '2026-11-01T08:00:00.000Z',
        remindAt: ['2026-10-29T08:00:00.000Z'],
      },
    ]);
  });

  it('closes on the skipped or doubled hour by the same rule (Friday 02:30, open two days)', () => {
    const night = { ...base, weekday: 5, time: '02:30', openDays: 2 };
    const [spring] = slots({ ...night, anchor: Date.UTC(2026, 2, 23) }, Date.UTC(2026, 2, 23), 1);
    expect(show(spring)).toMatchObject({ opensAt: '2026-03-27T01:30:00.000Z', closesAt: '2026-03-29T01:00:00.000Z' });
    const [autumn] = slots({ ...night, anchor: Date.UTC(2026, 9, 19) }, Date.UTC(2026, 9, 19), 1);
    expect(show(autumn)).toMatchObject({ opensAt: '2026-10-23T00:30:00.000Z', closesAt: '2026-10-25T00:30:00.000Z' });
  });

  it('moves an opening on Christmas Day to Monday 28 December, and New Year to 4 January', () => {
    const friday = { ...base, weekday: 5, anchor: Date.UTC(2026, 11, 14), openDays: 3 };
    expect(slots(friday, friday.anchor, 4).map((s) => [s.slot, iso(s.opensAt), iso(s.closesAt)])).toEqual([
      ['2026-12-18T09:00@Europe/Berlin', '2026-12-18T08:00:00.000Z', '2026-12-21T08:00:00.000Z'],
      ['2026-12-28T09:00@Europe/Berlin', '2026-12-28T08:00:00.000Z', '2026-12-31T08:00:00.000Z'],
      ['2027-01-04T09:00@Europe/Berlin', '2027-01-04T08:00:00.000Z', '2027-01-07T08:00:00.000Z'],
      ['2027-01-08T09:00@Europe/Berlin', '2027-01-08T08:00:00.000Z', '2027-01-11T08:00:00.000Z'],
    ]);
  });

  it('moves reminders off weekends, merges those that meet and drops those at or after closing', () => {
    // Wednesday 4 Nov 2026 opens; day 3 (Sat) and day 4 (Sun) both become Monday 9 Nov; day 5 is that Monday too.
    const wednesday = { ...base, weekday: 3, openDays: 6, reminders: [1, 3, 4], anchor: Date.UTC(2026, 10, 2) };
    expect(slots(wednesday, wednesday.anchor, 1).map(show)[0].remindAt).toEqual([
      '2026-11-05T08:00:00.000Z',
      '2026-11-09T08:00:00.000Z',
    ]);
    // Monday 2 Nov opens for 6 days: day 5 (Sat) moves to Monday 9 Nov, after closing on Sunday 8 Nov.
    const monday = { ...base, weekday: 1, openDays: 6, reminders: [4, 5], anchor: Date.UTC(2026, 10, 1) };
    expect(slots(monday, monday.anchor, 1).map(show)[0].remindAt).toEqual(['2026-11-06T08:00:00.000Z']);
  });

  it('closes a wave early when a holiday pushed it up against the next one', () => {
    // Thursday 25 Dec 2025 opens Monday 29 Dec (26 Dec is a holiday too); the next slot, New Year, opens Friday 2 Jan.
    const thursday = { ...base, weekday: 4, openDays: 6, anchor: Date.UTC(2025, 11, 22) };
    expect(slots(thursday, thursday.anchor, 3).map((s) => [iso(s.opensAt), iso(s.closesAt)])).toEqual([
      ['2025-12-29T08:00:00.000Z', '2026-01-02T08:00:00.000Z'],
      ['2026-01-02T08:00:00.000Z', '2026-01-08T08:00:00.000Z'],
      ['2026-01-08T08:00:00.000Z', '2026-01-14T08:00:00.000Z'],
    ]);
  });

  it('starts on the configured weekday at or after the anchor, and counts periods from there', () => {
    const tuesday10 = Date.UTC(2026, 10, 3, 9, 0); // Tuesday 3 Nov 2026, 10:00 Berlin
    const biweekly = { ...base, every: '2w' as const, anchor: tuesday10 };
    expect(slots(biweekly, tuesday10, 3).map((s) => s.slot)).toEqual([
      '2026-11-10T09:00@Europe/Berlin',
      '2026-11-24T09:00@Europe/Berlin',
      '2026-12-08T09:00@Europe/Berlin',
    ]);
    const tuesday8 = Date.UTC(2026, 10, 3, 7, 0); // 08:00 Berlin: today's 09:00 is still ahead
    expect(slots({ ...biweekly, anchor: tuesday8 }, tuesday8, 1)[0].slot).toBe('2026-11-03T09:00@Europe/Berlin');
    // Recomputed much later, the 2-week rhythm is on the same weeks: 8 June 2027 is 30 weeks after 10 November.
    const later = slots(biweekly, Date.UTC(2027, 5, 1), 2).map((s) => s.slot);
    expect(later).toEqual(['2027-06-08T09:00@Europe/Berlin', '2027-06-22T09:00@Europe/Berlin']);
  });

  it('lists the running slot first, then the next ones', () => {
    const during = Date.UTC(2026, 2, 19); // Thursday: the slot of Tuesday 17 March is open until Sunday
    expect(slots(base, during, 2).map((s) => s.slot)).toEqual(['2026-03-17T09:00@Europe/Berlin', '2026-03-24T09:00@Europe/Berlin']);
    expect(slots(base, Date.UTC(2026, 2, 23), 1)[0].slot).toBe('2026-03-24T09:00@Europe/Berlin');
  });
});
