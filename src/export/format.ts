import { formatNumber, formatRange, type Lang } from '../lib/i18n';
import type { Score } from '../results/results.service';
import type { Unit } from './measures';

/** How many digits a unit is shown with: scores and shares as whole numbers, hours and tasks to a tenth. */
const DIGITS: Record<Unit, number> = { score: 0, points: 0, percent: 0, hours: 1, tasks: 1 };

export function fmt(lang: Lang, value: number, unit: Unit): string {
  return formatNumber(lang, value, DIGITS[unit]) + (unit === 'percent' ? ' %' : '');
}

/** An interval in words, "1,8 bis 2,7", or null when both ends read the same (nothing to say about uncertainty). */
export function fmtInterval(lang: Lang, s: Pick<Score, 'low' | 'high'>, unit: Unit): string | null {
  const low = formatNumber(lang, s.low, DIGITS[unit]);
  const high = formatNumber(lang, s.high, DIGITS[unit]);
  return low === high ? null : formatRange(lang, low, high);
}

/** "2,3 (1,8 bis 2,7)"; "2,3" alone when the interval has no width at this precision. */
export function fmtScore(lang: Lang, s: Pick<Score, 'value' | 'low' | 'high'>, unit: Unit): string {
  const interval = fmtInterval(lang, s, unit);
  return interval ? `${fmt(lang, s.value, unit)} (${interval})` : fmt(lang, s.value, unit);
}

/** A maturity score 0–100 as the mean level 1–3 it stands for (levels are scored 0 / 50 / 100). */
export const asLevel = (score: number) => 1 + score / 50;
