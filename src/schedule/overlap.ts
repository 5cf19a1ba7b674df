import type { Slot } from './cadence';

/** What the cadence needs to know of a wave to tell whether a slot would run beside it. */
export interface WaveSpan {
  id: string;
  title: string;
  slot: string | null;
  openedAt: number;
  closesAt: number;
  closedAt: number | null;
}

export type Skip = { reason: 'overlap'; waveId: string; title: string } | { reason: 'discarded' };

/** When a wave stops taking answers: its closing time, or earlier when it was closed early. */
const endOf = (w: WaveSpan) => Math.min(w.closedAt ?? Infinity, w.closesAt);

/**
 * Why the scheduler will not open a slot, or null: another wave (one opened by hand, or under another slot key) takes
 * answers at some time between the slot's opening and closing, so opening it would invite everyone twice at once; or
 * its wave was discarded. Pure, so the scheduler, the page and the API say the same.
 */
export function skipOf(slot: Slot, waves: readonly WaveSpan[], discarded: readonly string[]): Skip | null {
  if (discarded.includes(slot.slot)) return { reason: 'discarded' };
  const other = waves.find((w) => w.slot !== slot.slot && w.openedAt < slot.closesAt && endOf(w) > slot.opensAt);
  return other ? { reason: 'overlap', waveId: other.id, title: other.title } : null;
}
