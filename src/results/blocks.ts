import type { Role } from '../db/schema';
import type { Question } from '../survey/bank.types';
import { partition } from './partition';
import { accumulate, scoreResponse, type Aggregate } from './stats';

export type Answers = Record<string, number | string>;

export interface BuiltBlock {
  teamId: string;
  role: Role | null;
  respondents: number;
  origins: { teamId: string; role: Role }[];
  /** Scale and choice answers; open text is kept apart in `comments`. */
  answers: Answers[];
  comments: { questionId: string; text: string }[];
  /** Per measure; measures of a subgroup carry its prefix ('adopters|trust'), used for splits (rule 4). */
  aggregates: Record<string, Aggregate>;
  itemCounts: { questionId: string; value: string; count: number }[];
}

/** The groups a block is split into for rule 4; `occasional` (monthly users) is the remainder that must be checked too. */
export const USE_GROUPS = ['adopters', 'nonusers', 'occasional'] as const;
export type UseGroup = (typeof USE_GROUPS)[number];

function useGroup(scores: Record<string, number>): UseGroup {
  if (scores.adopter === 100) return 'adopters';
  if (scores.nonuser === 100) return 'nonusers';
  return 'occasional';
}

/**
 * Pure: partitions a closed wave's respondents into blocks (DESIGN rule 3) and computes everything stored per
 * block. The respondents' team and role are used here and then dropped: only the block remains.
 */
export function buildBlocks(
  respondents: { teamId: string; role: Role; answers: Answers }[],
  teamRows: { id: string; parentId: string | null }[],
  k: number,
  questions: readonly Question[],
): BuiltBlock[] {
  const withIds = respondents.map((r, i) => ({ ...r, id: String(i) }));
  const { blocks } = partition(withIds.map(({ id, teamId, role }) => ({ id, teamId, role })), teamRows, k, { splitByRole: true });
  const textIds = new Set(questions.filter((q) => q.kind === 'text').map((q) => q.id));
  const countedIds = new Set(questions.filter((q) => q.kind !== 'text').map((q) => q.id));

  return blocks.map((block) => {
    const members = block.members.map((m) => withIds[Number(m)]);
    const answers: Answers[] = [];
    const comments: BuiltBlock['comments'] = [];
    const counts = new Map<string, number>();
    const scored: Record<string, number>[] = [];
    for (const member of members) {
      const kept: Answers = {};
      for (const [questionId, value] of Object.entries(member.answers)) {
        if (textIds.has(questionId)) {
          if (typeof value === 'string' && value.trim()) comments.push({ questionId, text: value.trim() });
          continue;
        }
        if (!countedIds.has(questionId)) continue;
        kept[questionId] = value;
        const key = `${questionId}\u0000${value}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      answers.push(kept);
      const scores = scoreResponse(questions, kept);
      const group = useGroup(scores);
      scored.push(scores, prefixed(group, scores));
    }
    return {
      teamId: block.teamId,
      role: block.role,
      respondents: members.length,
      origins: block.origins,
      answers,
      comments,
      aggregates: accumulate(scored),
      itemCounts: [...counts].map(([key, count]) => {
        const [questionId, value] = key.split('\u0000');
        return { questionId, value, count };
      }),
    };
  });
}

function prefixed(group: UseGroup, scores: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(scores).map(([m, v]) => [`${group}|${m}`, v]));
}
