import tCdf from '@stdlib/stats-base-dists-t-cdf';
import { sampleVariance, tQuantile975, welchDf, type Aggregate } from '../results/stats';

/**
 * The evidence behind a finding: a difference (of means, of changes) with its 95 % interval and a two-sided p-value,
 * both from Student t with Welch–Satterthwaite degrees of freedom, as the charts' change marks (results/stats.ts)
 * and the action effects (actions/effect.ts) compute them.
 */
export interface Evidence {
  effect: number;
  /** Half the 95 % interval. */
  half: number;
  p: number;
}

/** One term of a difference's variance: a (signed) mean of `n` values and that mean's variance `v`. */
interface Part {
  v: number;
  n: number;
}

const mean = (a: Aggregate) => a.sum / a.n;
const part = (a: Aggregate): Part => ({ v: sampleVariance(a) / a.n, n: a.n });
/** Welch–Satterthwaite df may be infinite (one large group); the t distribution is then the normal one. */
const finite = (df: number) => Math.min(df, 1e9);

function evidence(effect: number, parts: readonly Part[]): Evidence {
  const se = Math.sqrt(parts.reduce((s, p) => s + p.v, 0));
  if (se === 0) return { effect, half: 0, p: Math.abs(effect) > 1e-9 ? 0 : 1 };
  const df = welchDf(parts);
  return { effect, half: tQuantile975(df) * se, p: 2 * tCdf(-Math.abs(effect) / se, finite(df)) };
}

/** a − b for two independent groups (two waves of a team, a team and the rest of the company); null below n = 2. */
export function difference(a: Aggregate, b: Aggregate): Evidence | null {
  if (a.n < 2 || b.n < 2) return null;
  return evidence(mean(a) - mean(b), [part(a), part(b)]);
}

/** A mean against a fixed point of the scale (the midpoint 50: as many agree as disagree). */
export function againstPoint(a: Aggregate, point: number): Evidence | null {
  if (a.n < 2) return null;
  return evidence(mean(a) - point, [part(a)]);
}

/** (a₂ − b₂) − (a₁ − b₁): how much the difference of two groups moved between two waves (four independent means). */
export function differenceOfDifferences(a2: Aggregate, b2: Aggregate, a1: Aggregate, b1: Aggregate): Evidence | null {
  if ([a2, b2, a1, b1].some((g) => g.n < 2)) return null;
  return evidence(mean(a2) - mean(b2) - (mean(a1) - mean(b1)), [a2, b2, a1, b1].map(part));
}

/**
 * Benjamini–Hochberg: which of a family of tests to report so that, of the reported ones, at most a share `q` is
 * expected to be noise. A team's wave is tested on some thirty measures; at 5 % each, one or two would "change" by
 * chance every wave, and a leader would chase them. Returns the indices that pass.
 */
export function discoveries(ps: readonly number[], q: number): Set<number> {
  const order = ps.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p || a.i - b.i);
  let cut = -1;
  order.forEach(({ p }, rank) => {
    if (p <= (q * (rank + 1)) / ps.length) cut = rank;
  });
  return new Set(order.slice(0, cut + 1).map((o) => o.i));
}

/** Beyond its uncertainty: discovered, and the 95 % interval excludes 0 (the two can differ by df rounding). */
export const beyond = (e: Evidence) => Math.abs(e.effect) > e.half;

/** Rounds to a tenth, as every stored score is. */
export const tenth = (x: number) => Math.round(x * 10) / 10;

export const meanOf = mean;
