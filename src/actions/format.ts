import { exportText } from '../export/export.text';
import { asLevel, fmt } from '../export/format';
import { formatNumber, type Lang } from '../lib/i18n';
import { actionsText } from './actions.text';
import { measureInfo } from './measures';

/** Numbers and names of measures as the action pages write them (the units of the export, levels for maturity). */

export const measureName = (lang: Lang, id: string) => exportText[lang].measures[id] ?? id;

const unitOf = (measure: string) => measureInfo(measure)?.unit ?? 'score';

const isMaturity = (measure: string) => measure.startsWith('maturity');

/** A value as a bare number: "62", "1,5"; maturity as the level it stands for ("2", "2,3"). */
export function numberText(lang: Lang, measure: string, value: number): string {
  if (isMaturity(measure)) return formatNumber(lang, asLevel(value), Number.isInteger(asLevel(value)) ? 0 : 1);
  const unit = unitOf(measure);
  return formatNumber(lang, value, unit === 'hours' || unit === 'tasks' ? 1 : 0).replace(/^-/, '\u2212');
}

/** A value of a measure: "62", "60 %", "1,5" hours, and for maturity its level ("Stufe 2"). */
export function valueText(lang: Lang, measure: string, value: number): string {
  if (isMaturity(measure)) return actionsText[lang].level(numberText(lang, measure, value));
  return fmt(lang, value, unitOf(measure)).replace(/^-/, '\u2212');
}

/** A difference with its sign: "+18", "−12" (maturity and scores in points, hours to a tenth). */
export function signedText(lang: Lang, measure: string, value: number): string {
  const unit = unitOf(measure);
  const text = formatNumber(lang, Math.abs(value), unit === 'hours' || unit === 'tasks' ? 1 : 0);
  if (/^0([.,]0)?$/.test(text)) return text;
  return `${value < 0 ? '\u2212' : '+'}${text}`;
}

/** The word for a difference of this measure: points, percentage points, hours, tasks. */
export const unitWord = (lang: Lang, measure: string) => actionsText[lang].units[unitOf(measure)];

/** "10 bis 26" / "−20 to −4": an interval of differences. */
export function intervalText(lang: Lang, measure: string, low: number, high: number): string {
  return `${signedText(lang, measure, low)} ${lang === 'de' ? 'bis' : 'to'} ${signedText(lang, measure, high)}`;
}
