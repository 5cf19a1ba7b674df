import type { Role } from '../db/schema/org';
import { partition, type PartitionOptions } from './partition';
import { chooseSplits, type BlockCells, type SplitChoice } from './splits';
import { addTally, CELLS, emptyTally, sumTallies, type CellKey, type Tally, type UseGroup } from './tally';
import type { TeamRef } from '../teams/tree';

/** A team's own respondents of one wave, tallied per cell (role × use group), and their comments. */
export interface TeamAnswers {
  cells: Partial<Record<CellKey, Tally>>;
  comments: { questionId: string; text: string }[];
}

export interface BuildInput {
  teams: readonly TeamRef[];
  k: number;
  own: ReadonlyMap<string, TeamAnswers>;
  accept?: PartitionOptions['accept'];
}

export interface BuiltBlock {
  teamId: string;
  teams: string[];
  respondents: number;
  tally: Tally;
  cells: Partial<Record<CellKey, Tally>>;
  comments: { questionId: string; text: string }[];
}

export interface BuiltWave {
  blocks: BuiltBlock[];
  /** Respondents in no block and so in no published number (partition.ts, rule 4). */
  leftOut: number;
  refused: string[];
  /** The comparisons the company view may show (splits.ts). */
  splits: SplitChoice;
}

/**
 * Pure: partitions a closed wave (partition.ts), adds up each block's tallies from its teams, and decides which
 * comparisons the company view may show. Respondents' teams are used here and then dropped: only blocks remain.
 */
export function buildWave({ teams, k, own, accept }: BuildInput): BuiltWave {
  const counts = new Map<string, number>();
  for (const [teamId, answers] of own) counts.set(teamId, respondentsOf(answers));
  const { blocks, leftOut, refused } = partition(counts, teams, k, { accept });
  const built = blocks.map((b) => {
    const { cells, comments } = blockAnswers(b.teams.map((teamId) => own.get(teamId)!));
    return { teamId: b.teamId, teams: b.teams, respondents: b.respondents, tally: sumTallies(Object.values(cells)), cells, comments };
  });
  const blockCells: BlockCells[] = built.map((b) => Object.fromEntries(CELLS.map((c) => [c, b.cells[c]?.n ?? 0])));
  return { blocks: built, leftOut: leftOut.respondents, refused, splits: chooseSplits(blockCells, k) };
}

/**
 * A block's tallies and comments from its teams'. A block of one team (most blocks) shares that team's Tally objects
 * (in new containers) instead of copying them: nothing changes a block's cells once built, and at 100,000 people the
 * copies were a third of the close's memory on Workers.
 */
function blockAnswers(teams: readonly TeamAnswers[]): TeamAnswers {
  if (teams.length === 1) return { cells: { ...teams[0].cells }, comments: [...teams[0].comments] };
  return teams.reduce((sum, answers) => mergeAnswers(sum, answers), { cells: {}, comments: [] } as TeamAnswers);
}

/** Adds one team's tallies and comments into `into` (which changes; `from` does not) and returns it. */
export function mergeAnswers(into: TeamAnswers, from: TeamAnswers): TeamAnswers {
  for (const [cell, tally] of Object.entries(from.cells) as [CellKey, Tally][]) addTally((into.cells[cell] ??= emptyTally()), tally);
  into.comments.push(...from.comments);
  return into;
}

export const respondentsOf = (answers: TeamAnswers) => Object.values(answers.cells).reduce((s, t) => s + (t?.n ?? 0), 0);

/** The tally of one role, or one use group, over some blocks. */
export function cellSum(blocks: readonly BuiltBlock[], pick: { role?: Role; use?: UseGroup }): Tally {
  const keys = CELLS.filter((c) => {
    const [role, use] = c.split('|');
    return (!pick.role || role === pick.role) && (!pick.use || use === pick.use);
  });
  return sumTallies(blocks.flatMap((b) => keys.map((c) => b.cells[c]).filter((t): t is Tally => !!t)));
}
