/**
 * Calendar days as integers (days since 1970-01-01), the German public holidays (nationwide and by state), the
 * company's closure weeks, and working days.
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

/** The sixteen German states (Bundesländer) by their usual two-letter codes. */
export const STATES = ['BW', 'BY', 'BE', 'BB', 'HB', 'HH', 'HE', 'MV', 'NI', 'NW', 'RP', 'SL', 'SN', 'ST', 'SH', 'TH'] as const;
export type State = (typeof STATES)[number];
export const isState = (v: unknown): v is State => typeof v === 'string' && (STATES as readonly string[]).includes(v);

/**
 * The public holidays a state adds to the nationwide ones, where they hold in the whole state: Epiphany (BW, BY, ST),
 * International Women's Day (BE, MV), Corpus Christi (BW, BY, HE, NW, RP, SL), Assumption (SL), World Children's Day
 * (TH), Reformation Day (BB, HB, HH, MV, NI, SN, ST, SH, TH), All Saints' Day (BW, BY, NW, RP, SL) and Repentance Day
 * (SN). Holidays of single towns or of some municipalities only (Assumption in Bavaria, Corpus Christi in parts of
 * Saxony and Thuringia, Augsburg's Peace Festival) are left out; closure weeks cover a company's own free days.
 */
export function stateHolidays(year: number, state: State): number[] {
  const easter = easterSunday(year);
  // Buß- und Bettag: the Wednesday before 23 November (16–22 November).
  const nov22 = dayOf(year, 11, 22);
  const repentance = nov22 - ((weekdayOf(nov22) - 3 + 7) % 7);
  const days: [number, readonly State[]][] = [
    [dayOf(year, 1, 6), ['BW', 'BY', 'ST']],
    [dayOf(year, 3, 8), ['BE', 'MV']],
    [easter + 60, ['BW', 'BY', 'HE', 'NW', 'RP', 'SL']],
    [dayOf(year, 8, 15), ['SL']],
    [dayOf(year, 9, 20), ['TH']],
    [dayOf(year, 10, 31), ['BB', 'HB', 'HH', 'MV', 'NI', 'SN', 'ST', 'SH', 'TH']],
    [dayOf(year, 11, 1), ['BW', 'BY', 'NW', 'RP', 'SL']],
    [repentance, ['SN']],
  ];
  return days.filter(([, states]) => states.includes(state)).map(([day]) => day);
}

/** A closure (Betriebsferien): the first and last day, both included, as day numbers. */
export interface Closure {
  from: number;
  to: number;
}

/** The days nothing may fall on: weekends, the nationwide holidays, the state's holidays and the company's closures. */
export interface Calendar {
  state: State | null;
  closures: readonly Closure[];
}

export const NATIONWIDE: Calendar = { state: null, closures: [] };

const byYear = new Map<string, Set<number>>();

export function isHoliday(day: number, state: State | null = null): boolean {
  const year = new Date(day * DAY_MS).getUTCFullYear();
  const key = `${year}/${state ?? ''}`;
  let set = byYear.get(key);
  if (!set) byYear.set(key, (set = new Set([...germanHolidays(year), ...(state ? stateHolidays(year, state) : [])])));
  return set.has(day);
}

export const inClosure = (day: number, calendar: Calendar) => calendar.closures.some((c) => day >= c.from && day <= c.to);

/** Monday to Friday, not a public holiday (nationwide or of the calendar's state), not in a closure. */
export const isWorkingDay = (day: number, calendar: Calendar = NATIONWIDE) =>
  weekdayOf(day) <= 5 && !isHoliday(day, calendar.state) && !inClosure(day, calendar);

/** The day itself when it is a working day, else the next one (after Christmas, or after a closure). */
export function nextWorkingDay(day: number, calendar: Calendar = NATIONWIDE): number {
  let d = day;
  while (!isWorkingDay(d, calendar)) d++;
  return d;
}

/** The day itself, or the day after the closure it falls into (closures may follow each other). */
export function afterClosures(day: number, calendar: Calendar): number {
  let d = day;
  for (let c = calendar.closures.find((x) => d >= x.from && d <= x.to); c; c = calendar.closures.find((x) => d >= x.from && d <= x.to)) d = c.to + 1;
  return d;
}
