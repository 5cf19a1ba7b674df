import { ROLES, type Role } from '../src/db/schema/org';
import { buildTree, byId, type TeamRef } from '../src/teams/tree';

/**
 * The publication rule of release 0.1, kept only so `npm run bench` can print the utility table before and after:
 * blocks with role splits and a root leftover that absorbs the block nearest the root, a view published only where it
 * is a union of whole blocks (people semantics), shares published only where every block's use groups are 0 or ≥ k.
 * Not used by the product.
 */
interface Person {
  id: string;
  teamId: string;
  role: Role;
  use: string;
}
interface OldBlock {
  key: string;
  teamId: string;
  members: Person[];
  origins: Set<string>;
}

function oldPartition(people: readonly Person[], teams: readonly TeamRef[], k: number): OldBlock[] {
  const tree = buildTree(teams);
  if (people.length < k) return [];
  const own = new Map<string, Person[]>();
  for (const p of people) own.set(p.teamId, [...(own.get(p.teamId) ?? []), p]);
  const make = (teamId: string, role: Role | null, members: Person[]): OldBlock => ({
    key: `${teamId}/${role ?? '*'}`,
    teamId,
    members,
    origins: new Set(members.map((m) => `${m.teamId}/${m.role}`)),
  });
  const blocks: OldBlock[] = [];
  const leftover = new Map<string, Person[]>();
  for (const teamId of tree.bottomUp) {
    const members = own.get(teamId) ?? [];
    const mixed: Person[] = [];
    for (const role of ROLES) {
      const part = members.filter((m) => m.role === role);
      if (part.length >= k) blocks.push(make(teamId, role, part));
      else mixed.push(...part);
    }
    for (const child of tree.children.get(teamId)!) mixed.push(...(leftover.get(child) ?? []));
    if (mixed.length >= k) blocks.push(make(teamId, null, mixed));
    else if (mixed.length > 0) leftover.set(teamId, mixed);
  }
  const rest = leftover.get(tree.root);
  if (rest) {
    let pick = 0;
    const rank = (b: OldBlock) => [tree.depth.get(b.teamId)!, b.members.length] as const;
    for (let i = 1; i < blocks.length; i++) {
      const [d, n] = rank(blocks[i]);
      const [bd, bn] = rank(blocks[pick]);
      if (d < bd || (d === bd && (n < bn || (n === bn && byId(blocks[i].key, blocks[pick].key) < 0)))) pick = i;
    }
    const [neighbour] = blocks.splice(pick, 1);
    blocks.push(make(tree.root, null, [...rest, ...neighbour.members]));
  }
  return blocks;
}

/** Per team (all roles): published or not under the old rule, and whether its adoption share was shown. */
export function beforeRule(people: readonly Person[], teams: readonly TeamRef[], k: number) {
  const tree = buildTree(teams);
  const blocks = oldPartition(people, teams, k);
  const out = new Map<string, { published: boolean; adoption: boolean }>();
  for (const teamId of tree.parent.keys()) {
    const inside = (p: Person) => {
      for (let t: string | null = p.teamId; t !== null; t = tree.parent.get(t)!) if (t === teamId) return true;
      return false;
    };
    let touched = 0;
    let cut = false;
    const whole: OldBlock[] = [];
    for (const b of blocks) {
      const n = b.members.filter(inside).length;
      if (n === 0) continue;
      touched++;
      if (n === b.members.length) whole.push(b);
      else cut = true;
    }
    const published = touched > 0 && !cut;
    const groups = (b: OldBlock) => ['adopters', 'nonusers', 'occasional'].map((g) => b.members.filter((m) => m.use === g).length);
    const adoption = published && whole.every((b) => groups(b).every((c) => c === 0 || c >= k));
    out.set(teamId, { published, adoption });
  }
  return out;
}
