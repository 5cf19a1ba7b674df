import { buildTree, byId, type TeamRef } from '../teams/tree';

/**
 * The one partition of a closed wave into blocks (DESIGN, anonymity rule 3). Every published number is a sum over
 * whole blocks, so this is the only place where people are grouped. It needs only how many people of each team
 * answered: a team's own respondents always stay together.
 *
 * The rule, bottom-up (deepest team first):
 * 1. A team's *pool* is its own respondents plus the leftovers its children passed up.
 * 2. A pool of at least k becomes a block anchored at the team — unless `accept` refuses it (a block whose members
 *    a reader could know and that would isolate someone across waves, see exposure.ts); then it is passed up like a
 *    leftover.
 * 3. A smaller pool is the team's leftover, passed to its parent.
 * 4. What reaches the company root and is not a block (fewer than k, or refused) is *left out*: it is in no block
 *    and therefore in no published number. Merging it into a block would cut that block's units out of their own
 *    views; leaving it out costs no view, and the page says how many answers were left out.
 *
 * A view of a team is the union of the blocks anchored in its subtree (views.ts), so no view is ever cut by a block:
 * any difference of published numbers is again a union of blocks, ≥ k people or nobody. The price is that people
 * passed up count in their ancestors' views, not in their own team's. Deterministic: children in id order.
 */

export interface Block {
  /** The anchor: every member comes from this team's subtree. */
  teamId: string;
  /** The teams whose own respondents are in the block (each team's own respondents are in exactly one place). */
  teams: string[];
  respondents: number;
}

export interface Pool {
  teams: string[];
  respondents: number;
}

export interface Partition {
  blocks: Block[];
  /** Respondents in no block (the root's leftover, or a refused root pool), with their teams. */
  leftOut: Pool;
  /** Teams whose pool of ≥ k was refused by `accept` and passed up. */
  refused: string[];
}

export interface PartitionOptions {
  /** Asked once per pool of ≥ k before it becomes a block; refusing passes the pool up. Default: accept all. */
  accept?: (pool: Pool, anchor: string) => boolean;
}

export function partition(
  respondentsByTeam: ReadonlyMap<string, number>,
  teams: readonly TeamRef[],
  k: number,
  options: PartitionOptions = {},
): Partition {
  if (!Number.isInteger(k) || k < 1) throw new Error(`k must be a positive integer, got ${k}`);
  const tree = buildTree(teams);
  for (const [teamId, n] of respondentsByTeam) {
    if (!tree.parent.has(teamId)) throw new Error(`respondents' team ${teamId} is not in the tree`);
    if (!Number.isInteger(n) || n < 0) throw new Error(`bad respondent count ${n} for ${teamId}`);
  }
  const total = [...respondentsByTeam.values()].reduce((s, n) => s + n, 0);
  const empty: Pool = { teams: [], respondents: 0 };
  // Fewer than k in all: nothing can be published, nothing is grouped.
  if (total < k) return { blocks: [], leftOut: collect(respondentsByTeam), refused: [] };

  const blocks: Block[] = [];
  const refused: string[] = [];
  const leftover = new Map<string, Pool>();
  for (const teamId of tree.bottomUp) {
    const own = respondentsByTeam.get(teamId) ?? 0;
    const pool: Pool = { teams: own > 0 ? [teamId] : [], respondents: own };
    for (const child of tree.children.get(teamId)!) {
      const passed = leftover.get(child);
      if (!passed) continue;
      pool.teams.push(...passed.teams);
      pool.respondents += passed.respondents;
    }
    if (pool.respondents === 0) continue;
    pool.teams.sort(byId);
    if (pool.respondents >= k) {
      if (!options.accept || options.accept(pool, teamId)) {
        blocks.push({ teamId, teams: pool.teams, respondents: pool.respondents });
        continue;
      }
      refused.push(teamId);
    }
    leftover.set(teamId, pool);
  }
  return { blocks: blocks.sort((a, b) => byId(a.teamId, b.teamId)), leftOut: leftover.get(tree.root) ?? empty, refused };
}

function collect(counts: ReadonlyMap<string, number>): Pool {
  const teams = [...counts].filter(([, n]) => n > 0).map(([t]) => t).sort(byId);
  return { teams, respondents: teams.reduce((s, t) => s + counts.get(t)!, 0) };
}
