import type { Role } from '../db/schema/org';
import type { Score } from '../results/results.service';
import type { SuppressReason } from '../results/views';

/**
 * The quarterly retrospective as data: what the JSON export returns, what the CSV and the printable report are made
 * from. Every number in it comes from a view that was published (a union of whole blocks, DESIGN rule 3); everything
 * else is present as `withheld` with a reason code and its text, never as a zero.
 */

/**
 * Why a number is not there:
 * - the view's own reasons (`too-few`, `subtraction`, `no-data`, see results/views.ts);
 * - `split`: a share or a distribution inside the view would describe 1..k−1 people in some block (rule 4);
 * - `not-asked`: no wave of the quarter asked the question (the retrospective module was not in any wave).
 */
export type WithheldReason = SuppressReason | 'split' | 'not-asked';

export interface Withheld {
  withheld: true;
  reason: WithheldReason;
  reasonText: string;
}

/** Why a view's comments are not shown (rule 5): not published, fewer than kComments respondents, or `overlap` —
 *  showing them next to an overlapping view's comments would single out a group under kComments. */
export type CommentsReason = SuppressReason | 'too-few-for-comments' | 'overlap' | 'none-written';

export interface QuarterScore extends Score {
  /** Waves whose answers the quarter value pools; `n` counts answers, so a person answering twice counts twice. */
  waves: number;
  /** The previous quarter's value for the same view, where published. */
  previous?: Omit<Score, 'change'> & { waves: number };
}

export interface LevelDistribution {
  /** Answers per level, level 1 first. */
  counts: [number, number, number];
  /** Shares in percent, rounded to 0.1. */
  shares: [number, number, number];
  n: number;
}

export interface WaveEntry {
  waveId: string;
  title: string;
  module: 'pulse' | 'quarterly';
  closedAt: string;
  k: number;
  published: boolean;
  reason?: SuppressReason;
  reasonText?: string;
  respondents?: number;
  invited?: number;
  responseRate?: number;
  /** Every measure of the wave that may be shown; changes are against the view's previous published wave. */
  scores?: Record<string, Score>;
  /** Measures of the wave not shown although the view is published (rule 4: `adopter`; `maturity.<dim>:levels`). */
  withheld?: Record<string, Withheld>;
  /** Only in a retrospective wave: answers per maturity level and dimension, where rule 4 allows. */
  maturity?: Record<string, LevelDistribution | Withheld>;
}

export interface CommentGroup {
  questionId: string;
  question: string;
  comments: string[];
}

export type ViewKind = 'company' | 'team' | 'role' | 'team-role';

export interface ViewModel {
  key: string;
  kind: ViewKind;
  team: { id: string; name: string; path: string };
  role: Role | null;
  coverage: 'full' | 'partial' | 'none';
  /** Summed over the published waves (answers, not people); absent when no wave is published. */
  respondents?: number;
  /** When no wave is published: the reason of the latest wave. */
  reason?: SuppressReason;
  reasonText?: string;
  waves: WaveEntry[];
  quarter: Record<string, QuarterScore | Withheld>;
  kpis: {
    adoptionRate: QuarterScore | Withheld;
    hoursSaved: QuarterScore | Withheld;
    tasks: QuarterScore | Withheld;
    humanGap: QuarterScore | Withheld;
    systemGap: QuarterScore | Withheld;
    maturity: Record<string, { score: QuarterScore | Withheld; levels: LevelDistribution | Withheld }>;
  };
  comments: { allowed: true; groups: CommentGroup[] } | { allowed: false; reason: CommentsReason; reasonText: string };
}

export interface Retrospective {
  quarter: string;
  period: { from: string; to: string; timeZone: string };
  language: 'de' | 'en';
  company: string;
  generatedAt: string;
  /** The thresholds the quarter's waves were closed with (the strictest, should they differ). */
  k: number;
  kComments: number;
  waves: {
    id: string;
    title: string;
    module: 'pulse' | 'quarterly';
    openedAt: string;
    closedAt: string;
    k: number;
    kComments: number;
    /** The measures this wave's questions produce (ids of `measures`). */
    measures: string[];
  }[];
  previousQuarter: { quarter: string; waveIds: string[] } | null;
  /** The measures, in report order, with their unit: `score` 0–100, `points` −100..100, `percent`, `hours`, `tasks`. */
  measures: { id: string; label: string; unit: 'score' | 'points' | 'percent' | 'hours' | 'tasks' }[];
  views: ViewModel[];
}

export const isWithheld = (x: unknown): x is Withheld => typeof x === 'object' && x !== null && (x as Withheld).withheld === true;
