import { IANAZone } from 'luxon';
import { DAY_MS } from './days';

const MINUTE_MS = 60_000;

/** The canonical name of an IANA time zone ('europe/berlin' → 'Europe/Berlin'), or null when it is unknown. */
export function canonicalZone(name: string): string | null {
  if (!IANAZone.isValidZone(name)) return null;
  return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
}

/** The wall-clock reading in `zone` at an instant, as ms on a UTC axis (so date parts are read with getUTC*). */
export function wallAt(zone: string, at: number): number {
  return at + IANAZone.create(zone).offset(at) * MINUTE_MS;
}

/** The calendar day (day number) in `zone` at an instant. */
export const localDay = (zone: string, at: number) => Math.floor(wallAt(zone, at) / DAY_MS);

/**
 * The instant at which the wall clock in `zone` reads `minute` (minutes after midnight) on `day`.
 *
 * Daylight saving time, decided here once for the whole app:
 * - A wall time that happens twice (autumn: 02:30 in Berlin on the last Sunday of October) is its first
 *   occurrence, still in summer time.
 * - A wall time that does not exist (spring: 02:00–02:59 in Berlin on the last Sunday of March) moves to the next
 *   minute that exists, i.e. the moment the clocks jump (03:00).
 * Any other time is exact, so 09:00 stays 09:00 local all year while its UTC time moves by the zone's offset.
 * (luxon's own resolution differs: it takes the second occurrence and shifts a missing time by the gap.)
 */
export function instantAt(zone: string, day: number, minute: number): number {
  const iana = IANAZone.create(zone);
  const wall = day * DAY_MS + minute * MINUTE_MS;
  const exact = occurrences(iana, wall);
  if (exact.length > 0) return Math.min(...exact);
  // Inside a gap: walk forward to the first wall minute that exists. Gaps are at most a day long.
  for (let m = 1; m <= 26 * 60; m++) {
    const found = occurrences(iana, wall + m * MINUTE_MS);
    if (found.length > 0) return Math.min(...found);
  }
  throw new Error(`no valid local time near ${new Date(wall).toISOString()} in ${zone}`);
}

/** Every instant whose wall-clock reading is `wall`: one normally, two in an overlap, none in a gap. */
function occurrences(iana: IANAZone, wall: number): number[] {
  const offsets = new Set([iana.offset(wall - DAY_MS), iana.offset(wall), iana.offset(wall + DAY_MS)]);
  const out: number[] = [];
  for (const offset of offsets) {
    const at = wall - offset * MINUTE_MS;
    if (iana.offset(at) === offset) out.push(at);
  }
  return out;
}
