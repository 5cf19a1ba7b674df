import { DateTime } from 'luxon';

/**
 * Calendar quarters as the company lives them: in Europe/Berlin, so a wave opened on 1 October at 00:30 local time
 * belongs to Q4 although it is still 30 September in UTC. Pure; luxon needs only Intl, so this runs on Workers too.
 */
export interface Quarter {
  year: number;
  /** 1–4 */
  q: number;
}

export const QUARTER_ZONE = 'Europe/Berlin';

/** `2026-Q4` → { year: 2026, q: 4 }; anything else (lower-case q, Q5, year 0) is null. */
export function parseQuarter(text: string): Quarter | null {
  const m = /^(\d{4})-Q([1-4])$/.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  return year >= 2000 && year <= 2999 ? { year, q: Number(m[2]) } : null;
}

export const formatQuarter = ({ year, q }: Quarter) => `${year}-Q${q}`;

export function quarterOf(ms: number, zone = QUARTER_ZONE): Quarter {
  const d = DateTime.fromMillis(ms, { zone });
  return { year: d.year, q: Math.ceil(d.month / 3) };
}

/** The quarter's first instant and the next quarter's first instant, local midnight in the zone. */
export function quarterBounds({ year, q }: Quarter, zone = QUARTER_ZONE): { start: number; end: number } {
  const start = DateTime.fromObject({ year, month: (q - 1) * 3 + 1, day: 1 }, { zone });
  return { start: start.toMillis(), end: start.plus({ months: 3 }).toMillis() };
}

export const previousQuarter = ({ year, q }: Quarter): Quarter => (q === 1 ? { year: year - 1, q: 4 } : { year, q: q - 1 });

export const sameQuarter = (a: Quarter, b: Quarter) => a.year === b.year && a.q === b.q;
