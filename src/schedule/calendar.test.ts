import { describe, expect, it } from 'vitest';
import { T0, testDeps } from '../../test/support/deps';
import { SYSTEM } from '../audit/chain';
import { waves } from '../db/schema';
import { changeSettings } from '../settings/settings.service';
import { openWave } from '../waves/waves.service';
import { discardWave } from '../waves/discard';
import { slots, type Schedule } from './cadence';
import { parseClosures } from './closures';
import { dayOf, isoDate, isWorkingDay, nextWorkingDay, stateHolidays, type Calendar } from './days';
import { skipOf } from './overlap';
import { scheduleInput } from './schedule.schema';
import { describeSchedule, setSchedule } from './schedule.service';
import { importPeople, WEEKLY_TUESDAY } from './testing';
import { runDue } from './tick';

const DAY = 86_400_000;
const HOUR = 3_600_000;

describe('state holidays and closure weeks', () => {
  it('knows the holidays each state adds in 2026', () => {
    const of = (state: Parameters<typeof stateHolidays>[1]) => stateHolidays(2026, state).map(isoDate);
    expect(of('BW')).toEqual(['2026-01-06', '2026-06-04', '2026-11-01']);
    expect(of('BY')).toEqual(['2026-01-06', '2026-06-04', '2026-11-01']);
    expect(of('SN')).toEqual(['2026-10-31', '2026-11-18']);
    expect(of('BE')).toEqual(['2026-03-08']);
    expect(of('TH')).toEqual(['2026-09-20', '2026-10-31']);
    expect(of('SL')).toEqual(['2026-06-04', '2026-08-15', '2026-11-01']);
    expect(of('HH')).toEqual(['2026-10-31']);
    // Buß- und Bettag is the Wednesday before 23 November: 22 Nov 2023 was itself a Wednesday.
    expect(stateHolidays(2023, 'SN').map(isoDate)).toEqual(['2023-10-31', '2023-11-22']);
  });

  it('counts a state holiday and a closure day as no working day', () => {
    const bavaria: Calendar = { state: 'BY', closures: [] };
    expect(isWorkingDay(dayOf(2026, 1, 6))).toBe(true);
    expect(isWorkingDay(dayOf(2026, 1, 6), bavaria)).toBe(false);
    const closure: Calendar = { state: null, closures: [{ from: dayOf(2026, 12, 21), to: dayOf(2027, 1, 1) }] };
    expect(isoDate(nextWorkingDay(dayOf(2026, 12, 22), closure))).toBe('2027-01-04');
  });

  it('reads closure weeks as people write them and keeps one stored form', () => {
    expect(parseClosures('24.12.2026 – 01.01.2027\n2027-08-02/2027-08-13; 3.10.2027')).toEqual({
      ok: true,
      closures: [
        { from: dayOf(2026, 12, 24), to: dayOf(2027, 1, 1) },
        { from: dayOf(2027, 8, 2), to: dayOf(2027, 8, 13) },
        { from: dayOf(2027, 10, 3), to: dayOf(2027, 10, 3) },
      ],
      text: '2026-12-24/2027-01-01, 2027-08-02/2027-08-13, 2027-10-03/2027-10-03',
    });
    expect(parseClosures('24.12.2026 bis 1.1.2027').ok).toBe(true);
    expect(parseClosures('')).toEqual({ ok: true, closures: [], text: '' });
    expect(parseClosures('31.02.2027')).toEqual({ ok: false, item: '31.02.2027' });
    expect(parseClosures('2027-01-10/2027-01-01')).toEqual({ ok: false, item: '2027-01-10/2027-01-01' });
    expect(parseClosures('2027-01-01/2027-06-01')).toEqual({ ok: false, item: '2027-01-01/2027-06-01' });
    expect(parseClosures('Weihnachten')).toEqual({ ok: false, item: 'Weihnachten' });
  });

  it('moves no opening, reminder or closing of the cadence into a closure or onto a state holiday', () => {
    // Weekly on Tuesday 09:00 Berlin from 1 Dec 2026, open five days, reminders on days 1 and 3.
    const schedule: Schedule = { ...scheduleInput.parse(WEEKLY_TUESDAY), anchor: Date.UTC(2026, 11, 1, 7), reminders: [1, 3] };
    const calendar: Calendar = { state: null, closures: [{ from: dayOf(2026, 12, 21), to: dayOf(2027, 1, 1) }] };
    const berlin = (ms: number) => new Date(ms + HOUR).toISOString().slice(0, 16);
    const plan = slots(schedule, schedule.anchor, 5, calendar).map((s) => [berlin(s.opensAt), berlin(s.closesAt), s.remindAt.map(berlin)]);
    expect(plan).toEqual([
      ['2026-12-01T09:00', '2026-12-06T09:00', ['2026-12-02T09:00', '2026-12-04T09:00']],
      ['2026-12-08T09:00', '2026-12-13T09:00', ['2026-12-09T09:00', '2026-12-11T09:00']],
      // Closing on the 20th is fine; the closure starts the next day.
      ['2026-12-15T09:00', '2026-12-20T09:00', ['2026-12-16T09:00', '2026-12-18T09:00']],
      // The slots of 22 and 29 Dec fall into the closure; pushed to after it they could not stay open their days before
      // the next one: the weekly cadence pauses and goes on on its Tuesday.
      ['2027-01-05T09:00', '2027-01-10T09:00', ['2027-01-06T09:00', '2027-01-08T09:00']],
      ['2027-01-12T09:00', '2027-01-17T09:00', ['2027-01-13T09:00', '2027-01-15T09:00']],
    ]);
    // A quarterly cadence is moved, not dropped: its slot in the closure opens on the first working day after it.
    const quarterly: Schedule = { ...schedule, every: '12w', anchor: Date.UTC(2026, 11, 21, 7) };
    expect(berlin(slots(quarterly, quarterly.anchor, 1, calendar)[0].opensAt)).toBe('2027-01-04T09:00');
    // A wave that would close inside the closure closes on the first day after it; its reminders stay out of it.
    const long: Schedule = { ...schedule, every: '2w', openDays: 9, reminders: [3, 8], anchor: Date.UTC(2026, 11, 15, 7) };
    const [first] = slots(long, long.anchor, 1, calendar);
    expect([berlin(first.opensAt), berlin(first.closesAt), first.remindAt.map(berlin)]).toEqual(['2026-12-15T09:00', '2027-01-02T09:00', ['2026-12-18T09:00']]);
    // Bavaria: Epiphany (Wednesday 6 Jan 2027) moves a Wednesday opening to Thursday.
    const wednesday: Schedule = { ...schedule, weekday: 3, anchor: Date.UTC(2027, 0, 4, 7) };
    expect(berlin(slots(wednesday, wednesday.anchor, 1, { state: 'BY', closures: [] })[0].opensAt)).toBe('2027-01-07T09:00');
    expect(berlin(slots(wednesday, wednesday.anchor, 1)[0].opensAt)).toBe('2027-01-06T09:00');
  });
});

describe('slots beside other waves', () => {
  const slot = { slot: 's', opensAt: 100, closesAt: 200, remindAt: [] };
  const wave = (openedAt: number, closesAt: number, closedAt: number | null = null, slotKey: string | null = null) => ({ id: 'w', title: 'Hand', slot: slotKey, openedAt, closesAt, closedAt });
  it('skips a slot another wave runs in at any time, but not one its predecessor closes right before', () => {
    expect(skipOf(slot, [wave(50, 150)], [])).toEqual({ reason: 'overlap', waveId: 'w', title: 'Hand' });
    expect(skipOf(slot, [wave(150, 300)], [])).toEqual({ reason: 'overlap', waveId: 'w', title: 'Hand' });
    expect(skipOf(slot, [wave(50, 100)], [])).toBeNull();
    expect(skipOf(slot, [wave(50, 300, 90)], [])).toBeNull();
    expect(skipOf(slot, [wave(200, 300)], [])).toBeNull();
    expect(skipOf(slot, [wave(100, 200, null, 's')], [])).toBeNull();
    expect(skipOf(slot, [], ['s'])).toEqual({ reason: 'discarded' });
  });

  it('the scheduler opens no slot while a wave opened by hand runs, says so, and does not reopen a discarded slot', async () => {
    const t = await testDeps();
    await importPeople(t.deps, 3);
    await setSchedule(t.deps, scheduleInput.parse(WEEKLY_TUESDAY));
    const manual = await openWave(t.deps, { closesAt: T0 + 3 * DAY, title: 'Von Hand' });
    const { next } = await describeSchedule(t.deps);
    expect(next[0].skipped).toEqual({ reason: 'overlap', waveId: manual.id, title: 'Von Hand' });
    expect(next[1].skipped).toBeNull();
    t.clock.set(Date.UTC(2026, 10, 3, 8));
    expect((await runDue(t.deps)).opened).toBe(0);
    expect((await t.deps.db.select().from(waves)).map((w) => w.title)).toEqual(['Von Hand']);

    // The next slot opens; discarded, it is not opened again while it would still run.
    t.clock.set(Date.UTC(2026, 10, 10, 8));
    expect((await runDue(t.deps)).opened).toBe(1);
    const scheduled = (await t.deps.db.select().from(waves)).find((w) => w.slot)!;
    await discardWave(t.deps, scheduled.id, SYSTEM);
    t.clock.advance(HOUR);
    expect((await runDue(t.deps)).opened).toBe(0);
    expect((await describeSchedule(t.deps)).next[0].skipped).toEqual({ reason: 'discarded' });
  });

  it('plans around the closure weeks and state holidays set in the settings', async () => {
    const t = await testDeps();
    await changeSettings(t.deps, SYSTEM, { calendar: { state: 'SN', closures: '2026-11-09/2026-11-13' } });
    await setSchedule(t.deps, scheduleInput.parse(WEEKLY_TUESDAY));
    const { next } = await describeSchedule(t.deps);
    // The slot of 10 Nov is in the closure: the weekly cadence skips it. 18 Nov is Repentance Day in Saxony, but the
    // slots are Tuesdays; a reminder on day 1 of the 17 Nov slot moves to Thursday 19th.
    expect(next.slice(0, 2).map((s) => s.opensAt)).toEqual(['2026-11-03T08:00:00.000Z', '2026-11-17T08:00:00.000Z']);
    expect(next[1].remindAt).toEqual(['2026-11-19T08:00:00.000Z']);
  });
});
