import { dayOf, isoDate, type Closure } from './days';

/**
 * Closure weeks (Betriebsferien) as people write them and as they are stored. Pure.
 *
 * Stored (and shown by the API) as ISO 8601 intervals of whole days, sorted, separated by commas:
 * `2026-12-24/2027-01-01, 2027-08-02/2027-08-13`. Read from what people type too: one range per line or separated by
 * commas or semicolons, each `24.12.2026 – 01.01.2027`, `24.12.2026 bis 1.1.2027`, `2026-12-24/2027-01-01` or a
 * single day.
 */

export const MAX_CLOSURES = 24;
/** A closure longer than this is surely a typo in a year. */
export const MAX_CLOSURE_DAYS = 92;

export type ClosuresResult = { ok: true; closures: Closure[]; text: string } | { ok: false; item: string };

const DATE = String.raw`(\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4})`;
const RANGE = new RegExp(String.raw`^${DATE}(?:\s*(?:/|–|—|-|bis|to|until)\s*${DATE})?$`, 'i');

function dayOfText(text: string): number | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]].map(Number) : german ? [german[3], german[2], german[1]].map(Number) : [];
  if (y === undefined) return null;
  const day = dayOf(y, m, d);
  // Date.UTC rolls 31.02. over into March: such a date does not exist.
  return isoDate(day) === `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` ? day : null;
}

export function parseClosures(input: string): ClosuresResult {
  const items = input
    .split(/[\n,;]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const closures: Closure[] = [];
  for (const item of items) {
    const m = RANGE.exec(item);
    const from = m ? dayOfText(m[1]) : null;
    const to = m ? (m[2] === undefined ? from : dayOfText(m[2])) : null;
    if (from === null || to === null || to < from || to - from + 1 > MAX_CLOSURE_DAYS) return { ok: false, item };
    closures.push({ from, to });
  }
  if (closures.length > MAX_CLOSURES) return { ok: false, item: items[MAX_CLOSURES] };
  closures.sort((a, b) => a.from - b.from || a.to - b.to);
  return { ok: true, closures, text: closuresText(closures) };
}

export const closuresText = (closures: readonly Closure[]) => closures.map((c) => `${isoDate(c.from)}/${isoDate(c.to)}`).join(', ');

/** What was stored, read back; a value that no longer parses counts as no closures rather than stopping the cadence. */
export function storedClosures(text: string): Closure[] {
  const parsed = parseClosures(text);
  return parsed.ok ? parsed.closures : [];
}
