import { DateTime } from 'luxon';
import type { Lang } from './i18n';

/**
 * A time axis for the trend charts: waves placed by when they closed (a gap of four weeks looks twice as wide as one
 * of two), and labels left out where they would collide, keeping the newest. Pure.
 */
export interface TimeAxis {
  /** Where each point sits, in the chart's units. */
  x: number[];
  /** Whether a point gets its label under the axis. */
  labelled: boolean[];
  /** The smallest distance between two neighbouring points (for the width of marks). */
  minStep: number;
}

/**
 * `times` in order (oldest first); the points spread over [from, to] with half a typical step of room at each end.
 * `labelWidth` is how wide one label is in the chart's units: a label is shown only where it keeps that much room
 * (plus a little air) to the next shown one, counted from the newest.
 */
export function timeAxis(times: readonly number[], from: number, to: number, labelWidth: number): TimeAxis {
  const n = times.length;
  if (n === 0) return { x: [], labelled: [], minStep: to - from };
  if (n === 1) return { x: [(from + to) / 2], labelled: [true], minStep: to - from };
  const first = times[0];
  const span = times[n - 1] - first || 1;
  const pad = (to - from) / (2 * n);
  const x = times.map((t) => from + pad + ((t - first) / span) * (to - from - 2 * pad));
  const minStep = Math.min(...x.slice(1).map((v, i) => v - x[i]));
  const labelled = new Array<boolean>(n).fill(false);
  let last = Infinity;
  for (let i = n - 1; i >= 0; i--) {
    if (last - x[i] >= labelWidth + 4) {
      labelled[i] = true;
      last = x[i];
    }
  }
  return { x, labelled, minStep };
}

/** The calendar week a wave closed in, as people name it: "KW 41", "wk 41" (Europe/Berlin, ISO weeks). */
export function weekLabel(lang: Lang, iso: string): string {
  const week = DateTime.fromISO(iso, { zone: 'Europe/Berlin' }).weekNumber;
  return lang === 'de' ? `KW ${week}` : `wk ${week}`;
}
