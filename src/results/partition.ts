import { ROLES, type Role } from '../db/schema/org';
import { buildTree, byId, type TeamNode } from './tree';

/**
 * The one partition of a closed wave into blocks (DESIGN, anonymity rule 3). Every published number is a sum over
 * whole blocks, so this is the only place where people are grouped.
 *
 * The rule, bottom-up (deepest team first):
 * 1. A team's own members form its part. With `splitByRole`, each role among them with ≥ k members becomes a block
 *    of its own (`role` set); the rest stay in the team's *mixed* part.
 * 2. The leftovers of the team's children (each under k) join its mixed part before it is judged.
 * 3. A mixed part with ≥ k members becomes a block (`role` null); otherwise it is the team's leftover, carried to
 *    the parent.
 * 4. A leftover at the root (0 < size < k) absorbs one neighbour: the block anchored nearest the root (the root's
 *    own role blocks first, then the blocks directly below it, …), the smallest of those, ties by key. Why nearest:
 *    the absorbed block's views (its team and every team between it and the root) become cuts and are suppressed,
 *    so the nearest block costs the fewest views; why smallest: the fewest people lose their finer views. The merged
 *    block is anchored at the root with role null, so a block's members always come from its anchor's subtree —
 *    there is no exception to that, even after the merge.
 * 5. Fewer than k respondents in all: no blocks, nothing is published.
 *
 * "Maximal" (nothing could be split further under the rule) means: every block is a part the rule forms — no team's
 * leftover that the rule would have carried up ever holds ≥ k people, and every own role part of ≥ k (with
 * `splitByRole`) is a block of its own — with the single root absorption as the only place where a group of ≥ k is
 * merged into another. Deterministic: members and blocks are sorted by id, input order does not matter.
 */

export interface Respondent {
  id: string;
  teamId: string;
  role: Role;
}

export interface Origin {
  teamId: string;
  role: Role;
}

export interface Block {
  /** `<teamId>/<role>` for a role block, `<teamId>/*` for a mixed block: unique within a wave, stable for a test. */
  key: string;
  /** The anchor: all members come from this team's subtree. */
  teamId: string;
  /** Set only for a role block: then every member is of this team and this role. */
  role: Role | null;
  members: string[];
  /** The distinct (team, role) pairs of the members, sorted. */
  origins: Origin[];
}

export interface PartitionOptions {
  splitByRole?: boolean;
}

export function partition(
  respondents: readonly Respondent[],
  teams: readonly TeamNode[],
  k: number,
  options: PartitionOptions = {},
): { blocks: Block[] } {
  if (!Number.isInteger(k) || k < 1) throw new Error(`k must be a positive integer, got ${k}`);
  const tree = buildTree(teams);
  const own = new Map<string, Respondent[]>();
  const byRespondent = new Map<string, Respondent>();
  for (const r of respondents) {
    if (byRespondent.has(r.id)) throw new Error(`respondent ${r.id} appears twice`);
    byRespondent.set(r.id, r);
    const list = own.get(r.teamId);
    if (list) list.push(r);
    else if (tree.parent.has(r.teamId)) own.set(r.teamId, [r]);
    else throw new Error(`respondent's team ${r.teamId} is not in the tree`);
  }
  if (respondents.length < k) return { blocks: [] };

  const blocks: Block[] = [];
  const leftover = new Map<string, Respondent[]>();
  for (const teamId of tree.bottomUp) {
    const members = own.get(teamId) ?? [];
    const mixed: Respondent[] = [];
    for (const role of ROLES) {
      const part = members.filter((m) => m.role === role);
      if (options.splitByRole && part.length >= k) blocks.push(makeBlock(teamId, role, part));
      else mixed.push(...part);
    }
    for (const child of tree.children.get(teamId)!) mixed.push(...(leftover.get(child) ?? []));
    if (mixed.length >= k) blocks.push(makeBlock(teamId, null, mixed));
    else if (mixed.length > 0) leftover.set(teamId, mixed);
  }

  const rest = leftover.get(tree.root);
  if (rest) {
    // Total ≥ k and rest < k, so at least one block exists.
    const rank = (b: Block) => [tree.depth.get(b.teamId)!, b.members.length] as const;
    let pick = 0;
    for (let i = 1; i < blocks.length; i++) {
      const [d, n] = rank(blocks[i]);
      const [bd, bn] = rank(blocks[pick]);
      if (d < bd || (d === bd && (n < bn || (n === bn && blocks[i].key < blocks[pick].key)))) pick = i;
    }
    const [neighbour] = blocks.splice(pick, 1);
    const absorbed = neighbour.members.map((id) => byRespondent.get(id)!);
    blocks.push(makeBlock(tree.root, null, [...rest, ...absorbed]));
  }
  return { blocks: blocks.sort((a, b) => byId(a.key, b.key)) };
}

function makeBlock(teamId: string, role: Role | null, members: readonly Respondent[]): Block {
  const origins = new Map<string, Origin>();
  for (const m of members) origins.set(`${m.teamId}/${m.role}`, { teamId: m.teamId, role: m.role });
  return {
    key: `${teamId}/${role ?? '*'}`,
    teamId,
    role,
    members: members.map((m) => m.id).sort(byId),
    origins: [...origins].sort(([a], [b]) => byId(a, b)).map(([, o]) => o),
  };
}
