import { mean } from 'simple-statistics';
import type { Construct, Question } from '../survey/bank.types';
import { amountOf } from './kpi';

/**
 * Scoring and statistics (DESIGN, "The instrument"). Scoring is driven by the question metadata only (construct,
 * facet, reversed, gapSide, option scores), so a new bank version needs no change here. Per block we store n, sum and
 * sum of squares per measure; every view's mean and interval follows from sums of those, never from raw responses.
 */

/** What the survey stored per question id: a number for a scale item, the option value for a choice, text. */
export type Answers = Readonly<Record<string, unknown>>;
/** Measure → score of one response, e.g. `trust`, `trust.safety`, `gap`, `gap.human`, `adopter`. */
export type Scores = Record<string, number>;

/** Use frequency scored never 0, tried 25, monthly 50, weekly 75, daily 100: adopters use it weekly or more. */
const ADOPTER_MIN = 75;
const NONUSER_MAX = 25;
/** Constructs whose items average into one construct score; `gap` is potential − use, `kpi` mixes units. */
const MEAN_CONSTRUCTS: ReadonlySet<Construct> = new Set<Construct>(['trust', 'fear', 'maturity']);

/**
 * One item on 0–100 in its construct's direction, or undefined when unanswered or not scorable. A scale answer
 * outside the item's bounds is treated as unanswered: answers were validated on submit, and closing a wave must not
 * fail halfway over one bad row. Choice options carry their score already in the construct's direction.
 */
export function itemScore(q: Question, answer: unknown): number | undefined {
  if (q.kind === 'scale') {
    const min = q.min ?? 1;
    const max = q.max ?? 5;
    if (typeof answer !== 'number' || !(answer >= min && answer <= max) || max <= min) return undefined;
    const v = q.reversed ? min + max - answer : answer;
    return ((v - min) / (max - min)) * 100;
  }
  if (q.kind === 'choice') return q.options?.find((o) => o.value === answer)?.score;
  return undefined;
}

/**
 * All measures of one response. Facet `<construct>.<facet>` = mean of its items; construct = mean of all its items;
 * `gap` = potential − use (−100..100); `gap.human` / `gap.system` = 100 − mean of that side's items (agreement means
 * a smaller gap, whatever construct the item belongs to); `adopter` / `nonuser` are 0 or 100 so their mean is a share;
 * `kpi.hours` / `kpi.tasks` are the chosen option's amount, in hours and tasks (kpi.ts).
 * A measure is absent when none of its items was answered.
 */
export function scoreResponse(questions: readonly Question[], answers: Answers): Scores {
  const items = new Map<string, number[]>();
  const add = (measure: string, score: number) => {
    const list = items.get(measure);
    if (list) list.push(score);
    else items.set(measure, [score]);
  };
  for (const q of questions) {
    // KPI items average their options' amounts (hours, tasks), see kpi.ts; everything else is on 0–100.
    const score = q.construct === 'kpi' ? amountOf(q, answers[q.id]) : itemScore(q, answers[q.id]);
    if (score === undefined) continue;
    add(`${q.construct}.${q.facet}`, score);
    if (MEAN_CONSTRUCTS.has(q.construct)) add(q.construct, score);
    if (q.gapSide) add(`gap:${q.gapSide}`, score);
  }
  const out: Scores = {};
  for (const [measure, scores] of items) {
    if (measure.startsWith('gap:')) out[`gap.${measure.slice(4)}`] = 100 - mean(scores);
    else out[measure] = mean(scores);
  }
  const potential = out['gap.potential'];
  const use = out['gap.use'];
  if (potential !== undefined && use !== undefined) out.gap = potential - use;
  if (use !== undefined) {
    out.adopter = use >= ADOPTER_MIN ? 100 : 0;
    out.nonuser = use <= NONUSER_MAX ? 100 : 0;
  }
  return out;
}

/** What is stored per block and measure; sums of these are the aggregate of any union of blocks. */
export interface Aggregate {
  n: number;
  sum: number;
  sumSq: number;
}

export function accumulate(scores: readonly Scores[]): Record<string, Aggregate> {
  const out: Record<string, Aggregate> = {};
  for (const s of scores) {
    for (const [measure, v] of Object.entries(s)) {
      const a = (out[measure] ??= { n: 0, sum: 0, sumSq: 0 });
      a.n++;
      a.sum += v;
      a.sumSq += v * v;
    }
  }
  return out;
}

export function combine(aggs: readonly Readonly<Record<string, Aggregate>>[]): Record<string, Aggregate> {
  const out: Record<string, Aggregate> = {};
  for (const agg of aggs) {
    for (const [measure, a] of Object.entries(agg)) {
      const t = (out[measure] ??= { n: 0, sum: 0, sumSq: 0 });
      t.n += a.n;
      t.sum += a.sum;
      t.sumSq += a.sumSq;
    }
  }
  return out;
}

/**
 * Measures that are 0/100 per response, so their mean is a share and gets a Wilson interval. A share is a split
 * (rule 4): show it only where the parts (adopters / the others) pass `splitAllowed` — better `splitSafe` per block.
 */
export const SHARE_MEASURES: ReadonlySet<string> = new Set(['adopter', 'nonuser']);

/** A subgroup's measure carries a prefix (`adopters|gap`, see blocks.ts); its range is the plain measure's. */
const plain = (measure: string) => measure.slice(measure.lastIndexOf('|') + 1);

export function measureRange(measure: string): [number, number] {
  return plain(measure) === 'gap' ? [-100, 100] : [0, 100];
}

export interface Summary {
  value: number;
  low: number;
  high: number;
  sd: number;
  n: number;
}

/**
 * Mean with a 95% interval: Student t for a mean, Wilson for a share (its interval stays sensible near 0% and 100%,
 * where the normal one collapses). With n = 1 the interval is the whole range: one value says nothing about spread.
 * Null when nobody answered. Whether n may be shown is decided in views.ts (an optional item: `splitSafe`).
 */
export function summarize(agg: Aggregate, measure = ''): Summary | null {
  const { n, sum } = agg;
  if (n === 0) return null;
  const [min, max] = measureRange(measure);
  const value = sum / n;
  const sd = Math.sqrt(sampleVariance(agg));
  let low = min;
  let high = max;
  if (SHARE_MEASURES.has(plain(measure))) [low, high] = wilson(value / 100, n).map((x) => x * 100);
  else if (n > 1) {
    const half = tQuantile975(n - 1) * (sd / Math.sqrt(n));
    [low, high] = [value - half, value + half];
  }
  const clamp = (x: number) => Math.min(max, Math.max(min, x));
  return { value, low: clamp(low), high: clamp(high), sd, n };
}

/** Sample variance from the stored sums; floored at 0 against rounding when all values are equal. */
export function sampleVariance({ n, sum, sumSq }: Aggregate): number {
  return n < 2 ? 0 : Math.max(0, (sumSq - (sum * sum) / n) / (n - 1));
}

const Z975 = 1.959963984540054;

function wilson(p: number, n: number): [number, number] {
  const z2 = Z975 * Z975;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (Z975 / denom) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return [centre - half, centre + half];
}

/** Two-sided 95% quantiles of Student t for df 1–9, where the expansion below is not yet accurate. */
const T975 = [12.7062, 4.3027, 3.1824, 2.7764, 2.5706, 2.4469, 2.3646, 2.306, 2.2622];

/**
 * The 97.5% quantile of Student t. simple-statistics has no t quantile, so: a table for df < 10, beyond that the
 * Cornish–Fisher expansion around the normal quantile (error < 2·10⁻⁴ at df 10, shrinking as 1/df⁴). A fractional
 * df (Welch) is rounded down, which only widens the interval.
 */
export function tQuantile975(df: number): number {
  const d = Math.floor(df);
  if (!(d >= 1)) return Infinity;
  if (d < 10) return T975[d - 1];
  const z = Z975;
  const g1 = (z ** 3 + z) / 4;
  const g2 = (5 * z ** 5 + 16 * z ** 3 + 3 * z) / 96;
  const g3 = (3 * z ** 7 + 19 * z ** 5 + 17 * z ** 3 - 15 * z) / 384;
  return z + g1 / d + g2 / d ** 2 + g3 / d ** 3;
}

/**
 * Whether a change between two waves (or quarters) exceeds its uncertainty: Welch's test at 5%,
 * |Δ| > t(0.975, Welch–Satterthwaite df) · √(se₁² + se₂²). The t quantile rather than 1.96 because blocks are small
 * (n near k): with n = 5, 1.96 would mark noise. Waves are treated as independent samples although many people answer
 * both; their answers correlate positively, which makes the true se of Δ smaller — so this errs towards "no change".
 */
export function changeIsMeaningful(prev: Aggregate, curr: Aggregate): boolean {
  if (prev.n < 2 || curr.n < 2) return false;
  const v1 = sampleVariance(prev) / prev.n;
  const v2 = sampleVariance(curr) / curr.n;
  const delta = Math.abs(curr.sum / curr.n - prev.sum / prev.n);
  if (v1 + v2 === 0) return delta > 1e-9;
  const df = welchDf([
    { v: v1, n: prev.n },
    { v: v2, n: curr.n },
  ]);
  return delta > tQuantile975(df) * Math.sqrt(v1 + v2);
}

/**
 * Welch–Satterthwaite degrees of freedom of a sum of independent terms, each the variance `v` of a (weighted) mean
 * of `n` values: (Σv)² / Σ(v² / (n − 1)). Used for a change between two waves and for a difference in differences.
 */
export function welchDf(parts: readonly { v: number; n: number }[]): number {
  const total = parts.reduce((s, p) => s + p.v, 0);
  const denom = parts.reduce((s, p) => s + (p.n > 1 ? p.v ** 2 / (p.n - 1) : 0), 0);
  return denom > 0 ? total ** 2 / denom : Infinity;
}
