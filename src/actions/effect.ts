import { sampleVariance, tQuantile975, welchDf, type Aggregate } from '../results/stats';

/**
 * Whether an action worked, estimated honestly: the change of a measure in the action's team from before its start
 * to after, against the change in comparable teams without such an action over the same waves (difference in
 * differences), with a 95 % interval. Pure: the caller hands in published views only, and this module reads nothing
 * else of a wave — a suppressed wave is skipped even if something were attached to it — so an effect is a function of
 * published numbers and says nothing about fewer than k people.
 *
 * The statistics follow results/stats.ts: waves are treated as independent samples although many people answer
 * several of them (their answers correlate positively, so the true uncertainty of a change is smaller and this errs
 * towards "no measurable change"); the interval uses Student t with Welch–Satterthwaite degrees of freedom.
 */

/** The 80 % quantile of the normal distribution: the power part of the smallest detectable effect. */
const Z80 = 0.8416212335729143;

/** Fewer comparison teams than this, and the "comparison" would be one other team's change: not shown. */
export const MIN_PEERS = 2;

export type Verdict = 'too-early' | 'no-baseline' | 'no-comparison' | 'no-change' | 'improved' | 'worsened';

/** One wave of one view: published with the stored sums of the measure (absent when it was not asked), or not. */
export interface ViewWave {
  published: boolean;
  aggregate?: Aggregate;
}

/** A view's waves before the action started and after, each in wave order. */
export interface Series {
  before: readonly ViewWave[];
  after: readonly ViewWave[];
}

export interface EffectInput {
  measure: string;
  better: 'up' | 'down';
  team: Series;
  /** Comparable teams without the action (actions/peers.ts). */
  peers: readonly Series[];
}

export interface Effect {
  measure: string;
  /** The team's mean over its published waves before and after the start. */
  before?: number;
  after?: number;
  /** after − before in the team. */
  change?: number;
  /** The same change in the comparison teams (weighted by their size). */
  comparison?: number;
  /** change − comparison, with its 95 % interval. */
  effect?: number;
  low?: number;
  high?: number;
  /**
   * The smallest true effect this estimate would show beyond its uncertainty four times in five (80 % power). When
   * it is too early, projected for one more wave like the average of those before.
   */
  detectable?: number;
  verdict: Verdict;
  wavesBefore: number;
  wavesAfter: number;
  /** Comparison teams with published waves on both sides. */
  peers: number;
}

/** The published waves of one side pooled into one mean (n answers, their variance). */
interface Side {
  n: number;
  mean: number;
  s2: number;
  waves: number;
}

function pool(waves: readonly ViewWave[]): Side | null {
  let n = 0;
  let sum = 0;
  let sumSq = 0;
  let count = 0;
  for (const w of waves) {
    if (!w.published || !w.aggregate || w.aggregate.n === 0) continue;
    n += w.aggregate.n;
    sum += w.aggregate.sum;
    sumSq += w.aggregate.sumSq;
    count++;
  }
  return count === 0 ? null : { n, mean: sum / n, s2: sampleVariance({ n, sum, sumSq }), waves: count };
}

/** One wave more, like the average wave of this side: what "after" would look like after the next wave. */
const projected = (side: Side): Side => ({ ...side, n: Math.max(2, Math.round(side.n / side.waves)), waves: 1 });

/** A change after − before, with the variance terms it adds (each a mean's variance, weighted). */
function change(before: Side, after: Side, weight = 1) {
  return {
    delta: after.mean - before.mean,
    parts: [
      { v: (weight ** 2 * after.s2) / after.n, n: after.n },
      { v: (weight ** 2 * before.s2) / before.n, n: before.n },
    ],
  };
}

/** Each comparison team weighs by its effective size, the harmonic combination of its two sides' answers. */
function comparison(peers: readonly { before: Side; after: Side }[]) {
  const sizes = peers.map((p) => (p.before.n * p.after.n) / (p.before.n + p.after.n));
  const total = sizes.reduce((s, h) => s + h, 0);
  let delta = 0;
  const parts: { v: number; n: number }[] = [];
  peers.forEach((p, i) => {
    const c = change(p.before, p.after, sizes[i] / total);
    delta += (sizes[i] / total) * c.delta;
    parts.push(...c.parts);
  });
  return { delta, parts };
}

const round = (x: number) => Math.round(x * 10) / 10;

export function estimateEffect(input: EffectInput): Effect {
  const before = pool(input.team.before);
  const after = pool(input.team.after);
  const sides = input.peers.map((p) => ({ before: pool(p.before), after: pool(p.after) }));
  const base = { measure: input.measure, wavesBefore: before?.waves ?? 0, wavesAfter: after?.waves ?? 0 };
  const level = { ...(before ? { before: round(before.mean) } : {}), ...(after ? { after: round(after.mean) } : {}) };

  if (!after) {
    // Too early: how small an effect the next wave could show, if it looks like the waves before.
    const peersBefore = sides.filter((s): s is { before: Side; after: Side | null } => s.before !== null).map((s) => ({ before: s.before, after: projected(s.before) }));
    const detectable =
      before && peersBefore.length >= MIN_PEERS ? round(interval(change(before, projected(before)).parts, comparison(peersBefore).parts).detectable) : undefined;
    return { ...base, ...level, verdict: 'too-early', peers: 0, ...(detectable !== undefined ? { detectable } : {}) };
  }
  if (!before) return { ...base, ...level, verdict: 'no-baseline', peers: 0 };

  const team = change(before, after);
  const peers = sides.filter((s): s is { before: Side; after: Side } => s.before !== null && s.after !== null);
  if (peers.length < MIN_PEERS) return { ...base, ...level, change: round(team.delta), verdict: 'no-comparison', peers: peers.length };

  const others = comparison(peers);
  const effect = team.delta - others.delta;
  const { half, detectable } = interval(team.parts, others.parts);
  const beyond = half === 0 ? Math.abs(effect) > 1e-9 : Math.abs(effect) > half;
  const verdict: Verdict = !beyond ? 'no-change' : effect > 0 === (input.better === 'up') ? 'improved' : 'worsened';
  return {
    ...base,
    ...level,
    change: round(team.delta),
    comparison: round(others.delta),
    effect: round(effect),
    low: round(effect - half),
    high: round(effect + half),
    detectable: round(detectable),
    verdict,
    peers: peers.length,
  };
}

/** Half the 95 % interval of a sum of independent terms, and the smallest effect detectable at 80 % power. */
function interval(...groups: { v: number; n: number }[][]) {
  const parts = groups.flat();
  const se = Math.sqrt(parts.reduce((s, p) => s + p.v, 0));
  const t = tQuantile975(welchDf(parts));
  return { half: t * se, detectable: (t + Z80) * se };
}
