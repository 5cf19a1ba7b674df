import type { Score } from '../results/results.service';
import { changeIsMeaningful, combine, summarize, type Aggregate } from '../results/stats';

/**
 * A quarter's value of a measure: the answers of the view's published waves pooled. Many people answer in several
 * waves of a quarter and their answers correlate, so pooled n overstates what is known; intervals and the test for
 * a change against the previous quarter therefore use the pool scaled to one wave's size (n / waves, with the same
 * mean and spread) — as if each person had answered once. That errs towards wider intervals and "no change".
 */
export interface Pooled {
  agg: Aggregate;
  waves: number;
}

export function pool(aggs: readonly Aggregate[]): Pooled | null {
  const present = aggs.filter((a) => a.n > 0);
  if (present.length === 0) return null;
  return { agg: combine(present.map((a) => ({ m: a })))['m'], waves: present.length };
}

const perWave = ({ agg, waves }: Pooled): Aggregate => ({ n: agg.n / waves, sum: agg.sum / waves, sumSq: agg.sumSq / waves });

const round = (x: number) => Math.round(x * 10) / 10;

/** Value and interval of a pooled measure; `n` is the number of answers pooled. */
export function pooledScore(pooled: Pooled, measure: string): Score & { waves: number } {
  const s = summarize(perWave(pooled), measure)!;
  return { value: round(s.value), low: round(s.low), high: round(s.high), n: pooled.agg.n, waves: pooled.waves };
}

/** 'up' / 'down' where the quarter differs from the previous one beyond its uncertainty (Welch, per-wave size). */
export function quarterChange(previous: Pooled, current: Pooled): 'up' | 'down' | undefined {
  const [p, c] = [perWave(previous), perWave(current)];
  if (!changeIsMeaningful(p, c)) return undefined;
  return c.sum / c.n > p.sum / p.n ? 'up' : 'down';
}
