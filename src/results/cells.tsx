import type { ComponentChildren } from 'preact';
import { formatDate, formatNumber, formatRange, type Lang } from '../lib/i18n';
import type { Score, WaveOutcome } from './results.service';
import { pagesText } from './pages.text';
import { reasonText } from './results.text';

/** Small pieces every results table shares: number formats and the suppressed cell. */

/** Whole numbers, with a real minus sign (the gap can be negative). */
export const fmt = (lang: Lang, value: number) => formatNumber(lang, value, 0);
export const pct = (lang: Lang, share: number) => `${formatNumber(lang, share, 0)}${lang === 'de' ? '\u202f%' : '%'}`;

/** "56 bis 65", "−2 bis 29": in words everywhere, since a dash beside a minus sign reads as a subtraction. */
export const range = (lang: Lang, low: string, high: string) => formatRange(lang, low, high);
export const interval = (lang: Lang, s: Score) => range(lang, fmt(lang, s.low), fmt(lang, s.high));

/** A wave by its title and the day it closed, e.g. "Puls KW 43/2026 (23.10.2026)". */
export function waveLabel(lang: Lang, w: { title: string; closedAt: string }) {
  return `${w.title} (${shortDate(lang, w.closedAt)})`;
}

/** The same for a table's row header: the title on one line, the day below it. */
export function WaveCell({ lang, wave }: { lang: Lang; wave: { title: string; closedAt: string } }) {
  return (
    <th scope="row" class="wave">
      <span class="wave-title">{wave.title}</span> <small class="wave-date">{shortDate(lang, wave.closedAt)}</small>
    </th>
  );
}

export const shortDate = (lang: Lang, iso: string) => formatDate(lang, Date.parse(iso), 'date');

/** Day and month as digits ("24.10." / "24/10"), short enough for a chart axis on a phone. */
export const axisDate = (lang: Lang, iso: string) => formatDate(lang, Date.parse(iso), 'dayMonth');

export const longDate = (lang: Lang, iso: string) => formatDate(lang, Date.parse(iso));

/** The reason a view is suppressed, in the reader's language. */
export const reasonOf = (lang: Lang, w: Pick<WaveOutcome, 'reason' | 'k'>) => reasonText[lang][w.reason ?? 'no-data'](w.k);

/**
 * A suppressed value: hatched, with its reason as text, never a blank or a zero. `short` puts a brief word in the
 * cell and the full reason in a title and for screen readers (heatmap cells are narrow).
 */
export function Suppressed(props: { lang: Lang; reason: string; colSpan?: number; short?: string; inline?: boolean }) {
  const full = pagesText[props.lang].suppressed(props.reason);
  const content = props.short ? (
    <>
      <span aria-hidden="true">{props.short}</span>
      <span class="visually-hidden">{full}</span>
    </>
  ) : (
    <span class="reason">{full}</span>
  );
  if (props.inline) {
    return (
      <span class="suppressed" title={full}>
        {content}
      </span>
    );
  }
  return (
    <td class={props.short ? 'suppressed short' : 'suppressed'} colSpan={props.colSpan} title={full}>
      {content}
    </td>
  );
}

/** ▲/▼ with words where the change exceeds its uncertainty; for everything else, words for screen readers only. */
export function Change({ lang, score }: { lang: Lang; score?: Score }) {
  const t = pagesText[lang].change;
  if (score?.change === 'up') return <span class="change up">▲ {t.up}</span>;
  if (score?.change === 'down') return <span class="change down">▼ {t.down}</span>;
  return <span class="visually-hidden">{t.none}</span>;
}

/** A value with its interval in small print. */
export function ScoreText({ lang, score, percent }: { lang: Lang; score: Score; percent?: boolean }) {
  const f = percent ? (v: number) => pct(lang, v) : (v: number) => fmt(lang, v);
  return (
    <>
      <strong>{f(score.value)}</strong> <small class="ci">({range(lang, f(score.low), f(score.high))})</small>
    </>
  );
}

/** A table that scrolls sideways inside its own box on a phone; focusable so keyboards can scroll it too. */
export function Scroll({ lang, label, children }: { lang: Lang; label: string; children: ComponentChildren }) {
  return (
    <div class="scroll" role="region" aria-label={`${label} (${pagesText[lang].scrollTable})`} tabIndex={0}>
      {children}
    </div>
  );
}
