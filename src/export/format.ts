import { formatNumber, type Lang } from '../lib/i18n';
import type { Score } from '../results/results.service';
import type { Unit } from './measures';

/** How many digits a unit is shown with: scores and shares as whole numbers, hours and tasks to a tenth. */
const DIGITS: Record<Unit, number> = { score: 0, points: 0, percent: 0, hours: 1, tasks: 1 };

export function fmt(lang: Lang, value: number, unit: Unit): string {
  return formatNumber(lang, value, DIGITS[unit]) + (unit === 'percent' ? ' %' : '');
}

/** "2,3 (1,8–2,7)" */
export function fmtScore(lang: Lang, s: Pick<Score, 'value' | 'low' | 'high'>, unit: Unit): string {
  const bare = (x: number) => formatNumber(lang, x, DIGITS[unit]);
  return `${fmt(lang, s.value, unit)} (${bare(s.low)}–${bare(s.high)})`;
}

/** A maturity score 0–100 as the mean level 1–3 it stands for (levels are scored 0 / 50 / 100). */
export const asLevel = (score: number) => 1 + score / 50;
