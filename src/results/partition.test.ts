import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbOrg, orgFacts, SMALL_TREE } from '../../test/support/org';
import { partition, type Block } from './partition';

const teams = SMALL_TREE;
const counts = (entries: Record<string, number>) => new Map(Object.entries(entries));
const summary = (blocks: Block[]) => blocks.map((b) => `${b.teamId}:${b.respondents}[${b.teams.join(',')}]`);

describe('partition', () => {
  it('merges a small team into its parent and keeps pools of ≥ k where they are', () => {
    const { blocks, leftOut } = partition(counts({ a1: 3, a: 4, b: 6 }), teams, 5);
    expect(summary(blocks)).toEqual(['a:7[a,a1]', 'b:6[b]']);
    expect(leftOut).toEqual({ teams: [], respondents: 0 });
  });

  it("gives a child of ≥ k its own block and never cuts the parent's view with it", () => {
    // a2 has its own block; a's own two people and a1's one go up together with nothing to join: left out at the root
    // unless more arrive there.
    const { blocks, leftOut } = partition(counts({ a2: 6, a: 2, a1: 1, b: 5 }), teams, 5);
    expect(summary(blocks)).toEqual(['a2:6[a2]', 'b:5[b]']);
    expect(leftOut).toEqual({ teams: ['a', 'a1'], respondents: 3 });
  });

  it('leaves a root leftover of fewer than k out instead of merging it into any block', () => {
    const { blocks, leftOut } = partition(counts({ root: 2, a: 6, b: 5 }), teams, 5);
    expect(summary(blocks)).toEqual(['a:6[a]', 'b:5[b]']);
    expect(leftOut).toEqual({ teams: ['root'], respondents: 2 });
  });

  it('forms a block at the root when enough small parts reach it', () => {
    const { blocks, leftOut } = partition(counts({ root: 2, a1: 1, a2: 2, b: 1 }), teams, 5);
    expect(summary(blocks)).toEqual(['root:6[a1,a2,b,root]']);
    expect(leftOut.respondents).toBe(0);
  });

  it('passes a refused pool up, where it joins its parent, and leaves a refused root pool out', () => {
    const refuseA2 = partition(counts({ a2: 6, a: 3, b: 5 }), teams, 5, { accept: (_, anchor) => anchor !== 'a2' });
    expect(summary(refuseA2.blocks)).toEqual(['a:9[a,a2]', 'b:5[b]']);
    expect(refuseA2.refused).toEqual(['a2']);
    const refuseAll = partition(counts({ a: 6 }), teams, 5, { accept: () => false });
    expect(refuseAll.blocks).toEqual([]);
    expect(refuseAll.leftOut).toEqual({ teams: ['a'], respondents: 6 });
    expect(refuseAll.refused).toEqual(['a', 'root']);
  });

  it('groups nobody when fewer than k answered in all', () => {
    expect(partition(counts({ a: 4 }), teams, 5)).toEqual({ blocks: [], leftOut: { teams: ['a'], respondents: 4 }, refused: [] });
    expect(partition(new Map(), teams, 5).blocks).toEqual([]);
  });

  it('refuses input that would let people escape the rule', () => {
    expect(() => partition(counts({ x: 5 }), teams, 5)).toThrow(/not in the tree/);
    expect(() => partition(counts({ a: -1 }), teams, 5)).toThrow(/bad respondent count/);
    expect(() => partition(counts({ a: 5 }), teams, 0)).toThrow(/positive integer/);
    expect(() => partition(counts({ a: 5 }), [...teams, { id: 'c', parentId: null }], 5)).toThrow(/exactly one root/);
    expect(() => partition(counts({ a: 5 }), [...teams, { id: 'x', parentId: 'y' }, { id: 'y', parentId: 'x' }], 5)).toThrow();
  });

  it('follows the rule on random trees: blocks of ≥ k from their anchor, nothing lost, small leftovers only', () => {
    fc.assert(
      fc.property(arbOrg, fc.integer({ min: 0, max: 3 }), (org, refuseEvery) => {
        const { within, children, counts: own } = orgFacts(org);
        let asked = 0;
        // Refuse every n-th pool (0: none), as the history check may.
        const accept = () => refuseEvery === 0 || ++asked % (refuseEvery + 1) !== 0;
        const { blocks, leftOut, refused } = partition(own, org.teams, org.k, { accept });
        const total = org.respondents.length;
        if (total < org.k) {
          expect(blocks).toEqual([]);
          expect(leftOut.respondents).toBe(total);
          return;
        }
        const placed = new Map<string, string>();
        for (const b of blocks) {
          expect(b.respondents).toBeGreaterThanOrEqual(org.k);
          expect(b.respondents).toBe(b.teams.reduce((s, t) => s + own.get(t)!, 0));
          for (const t of b.teams) {
            expect(within(t, b.teamId)).toBe(true);
            expect(placed.has(t)).toBe(false);
            placed.set(t, b.teamId);
          }
        }
        for (const t of leftOut.teams) expect(placed.has(t)).toBe(false);
        // Every team with respondents is in exactly one block or left out; nobody is lost or counted twice.
        for (const [t, n] of own) if (n > 0) expect(placed.has(t) || leftOut.teams.includes(t)).toBe(true);
        expect(blocks.reduce((s, b) => s + b.respondents, 0) + leftOut.respondents).toBe(total);
        // What a team passes up — its subtree's respondents in no block anchored inside it — is under k, unless refused.
        for (const team of org.teams) {
          const inSubtree = org.respondents.filter((r) => within(r.teamId, team.id)).length;
          const blocked = blocks.filter((b) => within(b.teamId, team.id)).reduce((s, b) => s + b.respondents, 0);
          if (!refused.includes(team.id)) expect(inSubtree - blocked).toBeLessThan(org.k);
        }
        if (refuseEvery === 0) {
          expect(refused).toEqual([]);
          // Maximal: a team anchors no block only when its pool — own plus children's leftovers — is under k.
          for (const team of org.teams) {
            const passedUp = (t: string): number =>
              blocks.some((b) => b.teamId === t) ? 0 : (own.get(t) ?? 0) + children(t).reduce((s, c) => s + passedUp(c), 0);
            if (!blocks.some((b) => b.teamId === team.id)) expect(passedUp(team.id)).toBeLessThan(org.k);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on the order of the teams', () => {
    fc.assert(
      fc.property(arbOrg, (org) => {
        const { counts: own } = orgFacts(org);
        const reversed = [...org.teams].reverse();
        expect(partition(own, reversed, org.k)).toEqual(partition(own, org.teams, org.k));
      }),
      { numRuns: 100 },
    );
  });
});
