/**
 * Calendar days as integers (days since 1970-01-01), the German nationwide public holidays, and working days.
 * Pure: no clock, no zone. A day number means a date on the wall calendar of whatever zone the caller is in.
 */

export const DAY_MS = 86_400_000;

/** The day number of a calendar date (month 1–12). */
export const dayOf = (year: number, month: number, day: number) => Date.UTC(year, month - 1, day) / DAY_MS;

/** The calendar date of a day number, as 'YYYY-MM-DD'. */
export const isoDate = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** ISO weekday: 1 = Monday … 7 = Sunday (1970-01-01, day 0, was a Thursday). */
export const weekdayOf = (day: number) => ((((day + 3) % 7) + 7) % 7) + 1;

/** Easter Sunday of a Gregorian year, by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayOf(year, month, day);
}

/**
 * The nine public holidays that hold in every German state: New Year, Good Friday, Easter Monday, Labour Day,
 * Ascension, Whit Monday, German Unity Day, Christmas Day and St Stephen's Day. Regional holidays (Epiphany,
 * Corpus Christi, Reformation Day, …) differ by state and are not included.
 */
export function germanHolidays(year: number): number[] {
  const easter = easterSunday(year);
  return [
    dayOf(year, 1, 1),
    easter - 2,
    easter + 1,
    dayOf(year, 5, 1),
    easter + 39,
    easter + 50,
    dayOf(year, 10, 3),
    dayOf(year, 12, 25),
    dayOf(year, 12, 26),
  ].sort((x, y) => x - y);
}

const byYear = new Map<number, Set<number>>();

export function isHoliday(day: number): boolean {
  const year = new Date(day * DAY_MS).getUTCFullYear();
  let set = byYear.get(year);
  if (!set) byYear.set(year, (set = new Set(germanHolidays(year))));
  return set.has(day);
}

/** Monday to Friday and not a nationwide public holiday. */
export const isWorkingDay = (day: number) => weekdayOf(day) <= 5 && !isHoliday(day);

/** The day itself when it is a working day, else the next one (at most four days later: Christmas on a Thursday). */
export function nextWorkingDay(day: number): number {
  let d = day;
  while (!isWorkingDay(d)) d++;
  return d;
}
