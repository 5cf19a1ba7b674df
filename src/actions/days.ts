import { DateTime } from 'luxon';
import { parseQuarter, quarterBounds, QUARTER_ZONE } from '../lib/quarter';

/**
 * Calendar days (`YYYY-MM-DD`) as the company lives them, in Europe/Berlin: an action starts on a day and a milestone
 * is due on one. Pure; luxon needs only Intl.
 */

/** A real day of the years 2000–2999, or null (`2026-02-30` is not a day). */
export function parseDay(text: string): string | null {
  if (!/^2\d{3}-\d{2}-\d{2}$/.test(text)) return null;
  return DateTime.fromISO(text, { zone: QUARTER_ZONE }).isValid ? text : null;
}

/** The first instant of the day, local midnight. */
export const dayStart = (day: string) => DateTime.fromISO(day, { zone: QUARTER_ZONE }).toMillis();

/** The first instant of the next day: a milestone due on a day may be met by a wave closing on that day. */
export const dayEnd = (day: string) => DateTime.fromISO(day, { zone: QUARTER_ZONE }).plus({ days: 1 }).toMillis();

/** The day an instant falls on. */
export const dayOf = (ms: number) => DateTime.fromMillis(ms, { zone: QUARTER_ZONE }).toISODate()!;

/** A due day given as a day or as a quarter (`2026-Q2` → its last day, 2026-06-30); null when it is neither. */
export function parseDue(text: string): string | null {
  const quarter = parseQuarter(text);
  if (quarter) return dayOf(quarterBounds(quarter).end - 1);
  return parseDay(text);
}
