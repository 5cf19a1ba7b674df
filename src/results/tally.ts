import { ROLES, type Role } from '../db/schema/org';
import type { Question } from '../survey/bank.types';
import { scoreResponse, type Aggregate } from './stats';

/**
 * Sufficient statistics (DESIGN rule 7): what is kept of answers once a wave closes. A tally of any group of
 * respondents holds its size, per measure n / sum / sum of squares, and how often each answer was chosen. Tallies add
 * up, so a block's tally is the sum of its teams' and a view's the sum of its blocks' — no answer sheet of a single
 * person is ever stored.
 *
 * Deliberately no cross-products of items: Σ a·b over a group, next to its sums, lets a reader weight people by their
 * answers to a, and with sixteen items such weights can be chosen to vanish on all but one person of a group smaller
 * than the number of items plus k — that person's whole answer sheet would follow (docs/anonymity.md).
 *
 * While a wave closes, each team's own respondents are tallied per *cell*: role × use group, because the company's
 * role views and its adopters/non-users comparison (splits.ts) are sums over cells.
 */
export interface Tally {
  n: number;
  /** Per measure n, Σ SCALE·score and Σ (SCALE·score)²: exact integers (see SCALE), divided once when stored. */
  measures: Record<string, Aggregate>;
  /** questionId → answer value → how many chose it. */
  counts: Record<string, Record<string, number>>;
}

/**
 * Every score Puls computes is a multiple of 1/6 — items in steps of 25 (or 50), means of three or five items,
 * hours in halves — so 6·score is an integer and the tallies' sums are exact: however answers are paged and added
 * (a close in steps, or at once), the stored statistics are the same to the last bit. A score that is not such a
 * multiple (a future scale) is added as it is, exact only up to floating point.
 */
export const SCALE = 6;

const scaled = (v: number) => {
  const q = Math.round(v * SCALE);
  return Math.abs(q - v * SCALE) < 1e-6 ? q : v * SCALE;
};

export const USE_GROUPS = ['adopters', 'nonusers', 'occasional'] as const;
export type UseGroup = (typeof USE_GROUPS)[number];

export type CellKey = `${Role}|${UseGroup}`;
export const cellKey = (role: Role, group: UseGroup): CellKey => `${role}|${group}`;
export const CELLS: readonly CellKey[] = ROLES.flatMap((r) => USE_GROUPS.map((g) => cellKey(r, g)));

export const emptyTally = (): Tally => ({ n: 0, measures: {}, counts: {} });

/** Adopters use AI weekly or daily, non-users never or tried once; the rest (monthly) are occasional users. */
export function useGroupOf(scores: Record<string, number>): UseGroup {
  if (scores.adopter === 100) return 'adopters';
  if (scores.nonuser === 100) return 'nonusers';
  return 'occasional';
}

/** Adds one respondent's answers; returns their use group (for the cell they belong in). */
export function tallyAnswers(tally: Tally, questions: readonly Question[], answers: Readonly<Record<string, unknown>>): UseGroup {
  const scores = scoreResponse(questions, answers);
  addScores(tally, scores, questions, answers);
  return useGroupOf(scores);
}

/**
 * Adds one respondent's scores (stats.ts `scoreResponse`) and answer counts: for adding straight into the tally of
 * the respondent's cell once their use group is known, with no tally of one person in between.
 */
export function addScores(tally: Tally, scores: Record<string, number>, questions: readonly Question[], answers: Readonly<Record<string, unknown>>): void {
  tally.n++;
  for (const [measure, v] of Object.entries(scores)) {
    const a = (tally.measures[measure] ??= { n: 0, sum: 0, sumSq: 0 });
    const q = scaled(v);
    a.n++;
    a.sum += q;
    a.sumSq += q * q;
  }
  for (const q of questions) {
    if (q.kind === 'text') continue;
    const value = answers[q.id];
    if (value === undefined || value === null) continue;
    const byValue = (tally.counts[q.id] ??= {});
    byValue[String(value)] = (byValue[String(value)] ?? 0) + 1;
  }
}

/** Adds `from` into `into` (both keep their shape; `into` changes). */
export function addTally(into: Tally, from: Tally): Tally {
  into.n += from.n;
  for (const m in from.measures) {
    const a = from.measures[m];
    const t = (into.measures[m] ??= { n: 0, sum: 0, sumSq: 0 });
    t.n += a.n;
    t.sum += a.sum;
    t.sumSq += a.sumSq;
  }
  for (const q in from.counts) {
    const byValue = from.counts[q];
    const t = (into.counts[q] ??= {});
    for (const v in byValue) t[v] = (t[v] ?? 0) + byValue[v];
  }
  return into;
}

export const sumTallies = (tallies: Iterable<Tally>): Tally => {
  const out = emptyTally();
  for (const t of tallies) addTally(out, t);
  return out;
};
