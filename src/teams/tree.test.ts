import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planTeams } from '../staff/teams';
import { buildTree, nestTeams, subtree, subtreeIds, type TeamRef } from './tree';

describe('subtreeIds and nestTeams', () => {
  const teams: (TeamRef & { name: string })[] = [
    { id: 'r', parentId: null, name: 'Firma' },
    { id: 'b', parentId: 'r', name: 'Werk Süd' },
    { id: 'a', parentId: 'r', name: 'Werk Nord' },
    { id: 'a1', parentId: 'a', name: 'Montage' },
    { id: 'a11', parentId: 'a1', name: 'Linie 2' },
  ];

  it('returns the team first, then everything below it', () => {
    expect(subtreeIds(teams, 'a')).toEqual(['a', 'a1', 'a11']);
    expect(subtreeIds(teams, 'r').sort()).toEqual(['a', 'a1', 'a11', 'b', 'r']);
    expect(subtreeIds(teams, 'b')).toEqual(['b']);
    expect(subtreeIds(teams, 'nope')).toEqual([]);
  });

  it('nests teams sorted by name', () => {
    const [root] = nestTeams(teams);
    expect(root.team.id).toBe('r');
    expect(root.children.map((c) => c.team.name)).toEqual(['Werk Nord', 'Werk Süd']);
    expect(root.children[0].children[0].children[0].team.id).toBe('a11');
  });

  it('agrees with path prefixes for any tree made from paths', () => {
    const segment = fc.constantFrom('A', 'B', 'C');
    const paths = fc.array(fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => s.join('/')), { maxLength: 30 });
    fc.assert(
      fc.property(paths, (list) => {
        let n = 0;
        const plan = planTeams([], list, () => `id${n++}`, 'Firma');
        const refs = plan.create.map(({ id, parentId }) => ({ id, parentId }));
        for (const team of plan.create) {
          const below = plan.create.filter((t) => t.path === team.path || team.path === '' || t.path.startsWith(team.path + '/'));
          expect(new Set(subtreeIds(refs, team.id))).toEqual(new Set(below.map((t) => t.id)));
        }
      }),
    );
  });
});

describe('odd stored data: every walker agrees', () => {
  const named = (teams: TeamRef[]) => teams.map((t) => ({ ...t, name: t.id }));
  const flat = <T extends { team: { id: string }; children: T[] }>(nodes: T[]): string[] => nodes.flatMap((n) => [n.team.id, ...flat(n.children)]);
  // r ← a ← a1; x ↔ y a cycle beside the tree; o's parent does not exist.
  const odd: TeamRef[] = [
    { id: 'r', parentId: null },
    { id: 'a', parentId: 'r' },
    { id: 'a1', parentId: 'a' },
    { id: 'x', parentId: 'y' },
    { id: 'y', parentId: 'x' },
    { id: 'o', parentId: 'gone' },
  ];

  it('refuses to build the results tree from it, naming why', () => {
    expect(() => buildTree(odd)).toThrow('unknown parent');
    expect(() => buildTree(odd.filter((t) => t.id !== 'o'))).toThrow('cycle');
    expect(() => buildTree([...odd.slice(0, 3), { id: 's', parentId: null }])).toThrow('exactly one root, found 2');
  });

  it('visits each team of a cycle once, and never reaches the cycle from the tree', () => {
    expect(subtreeIds(odd, 'x')).toEqual(['x', 'y']);
    expect(subtreeIds(odd, 'r')).toEqual(['r', 'a', 'a1']);
    expect(subtreeIds(odd, 'o')).toEqual(['o']);
  });

  it('nests every team exactly once: orphans and the first team of a cycle at the top', () => {
    const nested = nestTeams(named(odd));
    expect(nested.map((n) => n.team.id).sort()).toEqual(['o', 'r', 'x']);
    expect(flat(nested).sort()).toEqual(odd.map((t) => t.id).sort());
  });

  it('builds the same subtrees as subtreeIds for any tree made from paths', () => {
    const paths = fc.array(fc.array(fc.constantFrom('A', 'B', 'C'), { minLength: 1, maxLength: 4 }).map((s) => s.join('/')), { maxLength: 30 });
    fc.assert(
      fc.property(paths, (list) => {
        let n = 0;
        const refs = planTeams([], list, () => `id${n++}`, 'Firma').create.map(({ id, parentId }) => ({ id, parentId }));
        const tree = buildTree(refs);
        for (const t of refs) expect(subtree(tree, t.id)).toEqual(new Set(subtreeIds(refs, t.id)));
        expect(flat(nestTeams(named(refs))).sort()).toEqual(refs.map((t) => t.id).sort());
      }),
    );
  });
});
