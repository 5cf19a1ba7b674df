import { describe, expect, it } from 'vitest';
import { dayOf, easterSunday, germanHolidays, isoDate, isWorkingDay, nextWorkingDay, weekdayOf } from './days';

describe('calendar days', () => {
  it('knows Easter Sunday (anonymous Gregorian algorithm) for known years, including the extremes', () => {
    const known: [number, string][] = [
      [1818, '1818-03-22'],
      [1943, '1943-04-25'],
      [2019, '2019-04-21'],
      [2024, '2024-03-31'],
      [2025, '2025-04-20'],
      [2026, '2026-04-05'],
      [2027, '2027-03-28'],
      [2038, '2038-04-25'],
      [2285, '2285-03-22'],
    ];
    expect(known.map(([y]) => isoDate(easterSunday(y)))).toEqual(known.map(([, d]) => d));
  });

  it('lists the nine nationwide German public holidays of 2026', () => {
    expect(germanHolidays(2026).map(isoDate)).toEqual([
      '2026-01-01',
      '2026-04-03',
      '2026-04-06',
      '2026-05-01',
      '2026-05-14',
      '2026-05-25',
      '2026-10-03',
      '2026-12-25',
      '2026-12-26',
    ]);
  });

  it('counts ISO weekdays from Monday = 1', () => {
    expect(weekdayOf(dayOf(1970, 1, 1))).toBe(4);
    expect(weekdayOf(dayOf(2026, 11, 2))).toBe(1);
    expect(weekdayOf(dayOf(2026, 11, 8))).toBe(7);
    expect(weekdayOf(dayOf(1969, 12, 29))).toBe(1);
  });

  it('moves weekends and holidays to the next working day', () => {
    const next = (y: number, m: number, d: number) => isoDate(nextWorkingDay(dayOf(y, m, d)));
    expect(next(2026, 12, 1)).toBe('2026-12-01');
    expect(next(2026, 12, 25)).toBe('2026-12-28');
    expect(next(2025, 12, 25)).toBe('2025-12-29');
    expect(next(2026, 4, 3)).toBe('2026-04-07');
    expect(next(2026, 5, 14)).toBe('2026-05-15');
    expect(next(2027, 1, 1)).toBe('2027-01-04');
    expect(isWorkingDay(dayOf(2026, 12, 24))).toBe(true);
    expect(isWorkingDay(dayOf(2026, 10, 3))).toBe(false);
  });
});
