import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { smallestIsolable } from '../../test/support/span-oracle';
import { ROLES, type Role } from '../db/schema/org';
import { chooseSplits, smallestIsolated, type BlockCells, type SplitChoice } from './splits';
import { cellKey, type UseGroup } from './tally';

/** A block of people, each with a role and a use group. */
type Person = { role: Role; use: UseGroup };
const cellsOf = (block: readonly Person[]): BlockCells => {
  const out: Record<string, number> = {};
  for (const p of block) out[cellKey(p.role, p.use)] = (out[cellKey(p.role, p.use)] ?? 0) + 1;
  return out;
};
const many = (n: number, role: Role, use: UseGroup): Person[] => Array.from({ length: n }, () => ({ role, use }));

/** What a reader holds: every block's sum, and each published role's and use group's sum over the company. */
function published(blocks: readonly (readonly Person[])[], choice: SplitChoice): string[][] {
  const id = (b: number, i: number) => `b${b}p${i}`;
  const everyone = blocks.flatMap((block, b) => block.map((p, i) => ({ ...p, id: id(b, i) })));
  return [
    ...blocks.map((block, b) => block.map((_, i) => id(b, i))),
    ...choice.roles.map((r) => everyone.filter((p) => p.role === r).map((p) => p.id)),
    ...choice.uses.map((u) => everyone.filter((p) => p.use === u).map((p) => p.id)),
  ];
}

describe('splits', () => {
  it('shows roles and use groups where every group is spread over many mixed blocks', () => {
    const block = [...many(3, 'basic', 'nonusers'), ...many(2, 'power', 'adopters'), ...many(1, 'champion', 'adopters'), ...many(1, 'basic', 'adopters')];
    const blocks = Array.from({ length: 6 }, () => block).map(cellsOf);
    expect(chooseSplits(blocks, 5)).toEqual({ roles: ['basic', 'power', 'champion'], uses: ['adopters', 'nonusers'] });
  });

  it('withholds the roles when the champions sit alone in three blocks, but keeps the use groups', () => {
    // Each block: one champion among basic users. Champions in all = 3 < k: the company's champion view would be
    // about three people, and basic + power views would give it away by subtraction.
    const blocks = [0, 1, 2].map(() => cellsOf([...many(5, 'basic', 'nonusers'), ...many(3, 'basic', 'adopters'), ...many(2, 'power', 'adopters'), { role: 'champion', use: 'adopters' }]));
    expect(smallestIsolated(blocks, { roles: ['basic', 'power'], uses: [] })).toBe(3);
    expect(chooseSplits(blocks, 5)).toEqual({ roles: [], uses: ['adopters', 'nonusers'] });
  });

  it('withholds a comparison that blocks would pin to a few people', () => {
    // Two blocks: adopters are 6 of block 1 and 1 of block 2. Block 2's single adopter is isolated by
    // "adopters of the company" − "block 1" (which is all adopters there) − …: one person.
    const blocks = [cellsOf(many(6, 'basic', 'adopters')), cellsOf([...many(6, 'basic', 'nonusers'), { role: 'basic', use: 'adopters' }])];
    expect(smallestIsolated(blocks, { roles: [], uses: ['adopters'] })).toBe(1);
    // Everyone is a basic user: that role view is the company's own, which tells nothing new.
    expect(chooseSplits(blocks, 5)).toEqual({ roles: ['basic'], uses: [] });
  });

  it('agrees with an independent adversary on random companies', () => {
    const person = fc.record({ role: fc.constantFrom(...ROLES), use: fc.constantFrom<UseGroup>('adopters', 'nonusers', 'occasional') });
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 4 }),
        fc.array(fc.array(person, { minLength: 4, maxLength: 7 }), { minLength: 1, maxLength: 3 }),
        (k, blocks) => {
          const cells = blocks.map(cellsOf);
          const choice = chooseSplits(cells, k);
          // What the rule publishes, the adversary cannot cut below k.
          expect(smallestIsolable(published(blocks, choice), k - 1)).toBeNull();
          // And the count of the smallest isolable group is exact, for the full choice.
          const full: SplitChoice = { roles: [...ROLES], uses: ['adopters', 'nonusers'] };
          const found = smallestIsolable(published(blocks, full), k - 1);
          const computed = smallestIsolated(cells, full);
          if (found) expect(computed).toBe(found.length);
          else expect(computed).toBeGreaterThanOrEqual(k);
        },
      ),
      { numRuns: 120 },
    );
  });
});
