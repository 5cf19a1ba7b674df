import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbOrg, orgFacts, type Org } from '../../test/support/org';
import { ROLES, type Role } from '../db/schema/org';
import { partition, type Block } from './partition';

const teams = [
  { id: 'root', parentId: null },
  { id: 'a', parentId: 'root' },
  { id: 'a1', parentId: 'a' },
  { id: 'b', parentId: 'root' },
];
const people = (teamId: string, role: Role, n: number, tag = '') =>
  Array.from({ length: n }, (_, i) => ({ id: `${teamId}-${role}${tag}-${i}`, teamId, role }));
const summary = (blocks: Block[]) => blocks.map((b) => `${b.key}:${b.members.length}`);

describe('partition', () => {
  it('merges a small team into its parent and keeps parts of ≥ k', () => {
    const input = [...people('a1', 'basic', 3), ...people('a', 'power', 4), ...people('b', 'basic', 6)];
    const { blocks } = partition(input, teams, 5);
    expect(summary(blocks)).toEqual(['a/*:7', 'b/*:6']);
    expect(blocks[0].origins).toEqual([
      { teamId: 'a', role: 'power' },
      { teamId: 'a1', role: 'basic' },
    ]);
  });

  it('splits a role of ≥ k off and carries the mixed rest upward', () => {
    const input = [...people('a', 'basic', 6), ...people('a', 'power', 2), ...people('b', 'basic', 3)];
    expect(summary(partition(input, teams, 5, { splitByRole: true }).blocks)).toEqual(['a/basic:6', 'root/*:5']);
    // Without the option, b's 3 reach the root alone and absorb a's block.
    expect(summary(partition(input, teams, 5).blocks)).toEqual(['root/*:11']);
  });

  it('lets a root leftover absorb the smallest block directly below the root', () => {
    const input = [...people('root', 'basic', 2), ...people('a', 'basic', 6), ...people('b', 'basic', 5)];
    expect(summary(partition(input, teams, 5).blocks)).toEqual(['a/*:6', 'root/*:7']);
  });

  it("prefers the root's own role block to a smaller block further down", () => {
    const input = [...people('root', 'power', 6), ...people('root', 'basic', 1), ...people('a', 'basic', 5)];
    const { blocks } = partition(input, teams, 5, { splitByRole: true });
    expect(summary(blocks)).toEqual(['a/basic:5', 'root/*:7']);
    expect(blocks[1].role).toBeNull();
  });

  it('reaches down when the only blocks are deep, and re-anchors the merged block at the root', () => {
    const input = [...people('a1', 'basic', 8), ...people('root', 'champion', 1)];
    const { blocks } = partition(input, teams, 5);
    expect(summary(blocks)).toEqual(['root/*:9']);
    expect(blocks[0].origins.map((o) => o.teamId)).toEqual(['a1', 'root']);
  });

  it('publishes nothing when fewer than k answered', () => {
    expect(partition(people('a', 'basic', 4), teams, 5).blocks).toEqual([]);
    expect(partition([], teams, 5).blocks).toEqual([]);
  });

  it('refuses input that would let people escape the rule', () => {
    expect(() => partition(people('x', 'basic', 5), teams, 5)).toThrow(/not in the tree/);
    expect(() => partition([], [...teams, { id: 'r2', parentId: null }], 5)).toThrow(/one root/);
    const cycle = [{ id: 'r', parentId: null }, { id: 'p', parentId: 'q' }, { id: 'q', parentId: 'p' }];
    expect(() => partition([], cycle, 5)).toThrow(/cycle/);
    expect(() => partition([...people('a', 'basic', 3), ...people('a', 'basic', 3)], teams, 5)).toThrow(/twice/);
  });
});

/** Checks every property of the rule against the generated data; returns the blocks for further checks. */
function checkPartition(org: Org): Block[] {
  const { teams, respondents, k, splitByRole } = org;
  const { root, within, children, person } = orgFacts(org);
  const { blocks } = partition(respondents, teams, k, { splitByRole });

  if (respondents.length < k) {
    expect(blocks).toEqual([]);
    return blocks;
  }
  // Every block has ≥ k; everyone is in exactly one block; members come from the anchor's subtree.
  const blockOf = new Map<string, Block>();
  for (const b of blocks) {
    expect(b.members.length).toBeGreaterThanOrEqual(k);
    for (const m of b.members) {
      expect(blockOf.has(m)).toBe(false);
      blockOf.set(m, b);
      expect(within(person.get(m)!.teamId, b.teamId)).toBe(true);
    }
    const origins = new Set(b.members.map((m) => `${person.get(m)!.teamId}/${person.get(m)!.role}`));
    expect(b.origins.map((o) => `${o.teamId}/${o.role}`).sort()).toEqual([...origins].sort());
  }
  expect(blockOf.size).toBe(respondents.length);
  const rootBlock = blocks.find((b) => b.teamId === root && b.role === null);
  for (const b of blocks.filter((x) => x.role !== null)) {
    expect(b.origins).toEqual([{ teamId: b.teamId, role: b.role }]);
  }

  // Role blocks: only with the option, one team and one role, exactly that team's own part of ≥ k — unless the
  // root leftover absorbed it (then it sits whole in the root's block with fewer than k others).
  const roleAbsorbed: string[] = [];
  const counts = new Map<string, number>();
  const ownCount = (teamId: string, role: Role) => counts.get(`${teamId}/${role}`) ?? 0;
  for (const t of teams) {
    for (const role of ROLES) {
      const own = respondents.filter((r) => r.teamId === t.id && r.role === role).map((r) => r.id);
      counts.set(`${t.id}/${role}`, own.length);
      const roleBlock = blocks.find((b) => b.teamId === t.id && b.role === role);
      if (!splitByRole || own.length < k) {
        expect(roleBlock).toBeUndefined();
      } else if (roleBlock) {
        expect(roleBlock.members).toEqual([...own].sort());
      } else {
        roleAbsorbed.push(t.id);
        expect(own.every((m) => blockOf.get(m) === rootBlock)).toBe(true);
        expect(rootBlock!.members.length - own.length).toBeLessThan(k);
      }
    }
  }

  // Nobody is merged past a team that holds a mixed block: a mixed member sits at the nearest such team (except an
  // absorbed role part, which the root took whole).
  const mixedAt = new Set(blocks.filter((b) => b.role === null).map((b) => b.teamId));
  for (const b of blocks.filter((x) => x.role === null)) {
    for (const m of b.members) {
      const { teamId, role } = person.get(m)!;
      if (roleAbsorbed.includes(teamId) && splitByRole && ownCount(teamId, role) >= k) continue;
      let t: string | null = teamId;
      while (t !== null && !mixedAt.has(t)) t = org.teams.find((x) => x.id === t)!.parentId;
      expect(t).toBe(b.teamId);
    }
  }

  // No block could be split along the rule into two parts of ≥ k (a child's subtree, or an own role if split).
  for (const b of blocks) {
    const from = b.members.map((m) => person.get(m)!);
    const parts = children(b.teamId).map((c) => from.filter((r) => within(r.teamId, c)).length);
    const own = from.filter((r) => r.teamId === b.teamId);
    if (splitByRole) for (const role of ROLES) parts.push(own.filter((r) => r.role === role).length);
    for (const p of parts) expect(p < k || b.members.length - p < k).toBe(true);
  }

  // What a team passes upward is under k: otherwise the rule would have made a block there. The only exception is
  // the root absorption, which moves one block (and the chain of teams above it) into the root's block.
  const carriedTooMany = teams.filter((t) => {
    if (t.id === root) return false;
    const up = respondents.filter((r) => within(r.teamId, t.id) && !within(blockOf.get(r.id)!.teamId, t.id));
    if (up.length < k) return false;
    expect(up.every((r) => blockOf.get(r.id) === rootBlock)).toBe(true);
    return true;
  });
  // One absorption at most: one role block, or one chain of teams (below an absorbed block) that carried too many.
  expect(roleAbsorbed.length).toBeLessThanOrEqual(1);
  for (const a of carriedTooMany) {
    for (const b of carriedTooMany) expect(within(a.id, b.id) || within(b.id, a.id)).toBe(true);
    if (roleAbsorbed.length > 0) expect(within(roleAbsorbed[0], a.id)).toBe(true);
  }
  return blocks;
}

describe('partition properties', () => {
  it('follows the rule exactly on random trees', () => {
    fc.assert(fc.property(arbOrg, (org) => void checkPartition(org)), { numRuns: 300 });
  });

  it('does not depend on input order', () => {
    const arb = arbOrg.chain((org) =>
      fc
        .tuple(
          fc.shuffledSubarray(org.respondents, { minLength: org.respondents.length }),
          fc.shuffledSubarray(org.teams, { minLength: org.teams.length }),
        )
        .map(([respondents, teams]) => ({ org, shuffled: { ...org, respondents, teams } })),
    );
    fc.assert(
      fc.property(arb, ({ org, shuffled }) => {
        const opts = { splitByRole: org.splitByRole };
        const again = partition(shuffled.respondents, shuffled.teams, org.k, opts);
        expect(again).toEqual(partition(org.respondents, org.teams, org.k, opts));
      }),
      { numRuns: 100 },
    );
  });
});
