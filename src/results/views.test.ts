import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbOrg, orgFacts, SMALL_TREE } from '../../test/support/org';
import { smallestIsolable } from '../../test/support/span-oracle';
import { partition } from './partition';
import { blocksPerTeam, commentsAllowed, resolveTeamViews, viewKey } from './views';

const teams = SMALL_TREE;

describe('resolveTeamViews', () => {
  const blocks = [
    { id: 'A2', teamId: 'a2', respondents: 6 },
    { id: 'A', teamId: 'a', respondents: 7 },
    { id: 'R', teamId: 'root', respondents: 5 },
  ];

  it('publishes every team with a block anchored in its subtree: the union of those blocks', () => {
    const views = resolveTeamViews({ blocks, teams, invitedByTeam: new Map([['a1', 3], ['a2', 8], ['a', 9], ['b', 4]]) });
    expect(views.get('root')).toEqual({ published: true, blockIds: ['A', 'A2', 'R'], respondents: 18 });
    expect(views.get('a')).toEqual({ published: true, blockIds: ['A', 'A2'], respondents: 13 });
    expect(views.get('a2')).toEqual({ published: true, blockIds: ['A2'], respondents: 6 });
  });

  it('gives one reason for every group under k, another where nobody was invited or a block was held back', () => {
    const invited = new Map([['a1', 3], ['a2', 8], ['a', 9]]);
    const views = resolveTeamViews({ blocks, teams, invitedByTeam: invited });
    expect(views.get('a1')).toEqual({ published: false, reason: 'too-few' });
    expect(views.get('b')).toEqual({ published: false, reason: 'no-data' });
    const held = resolveTeamViews({ blocks: blocks.filter((b) => b.id !== 'A2'), teams, invitedByTeam: invited, refused: ['a2'] });
    expect(held.get('a2')).toEqual({ published: false, reason: 'history' });
    expect(held.get('a')).toMatchObject({ published: true, blockIds: ['A'] });
  });

  it('lists the blocks of every team view, and keys views by team and role', () => {
    expect(blocksPerTeam(blocks, teams)).toEqual(new Map([['a2', ['A2']], ['a', ['A2', 'A']], ['root', ['A2', 'A', 'R']]]));
    expect([viewKey('a', null), viewKey('root', 'power')]).toEqual(['a/*', 'root/power']);
  });

  it('shows open text only from k_comments respondents', () => {
    expect(commentsAllowed(9, 10)).toBe(false);
    expect(commentsAllowed(10, 10)).toBe(true);
  });
});

describe('the adversary against one wave', () => {
  it('can never subtract published views down to fewer than k, and every team with k answers is shown', () => {
    fc.assert(
      fc.property(arbOrg, (org) => {
        const { within, children, counts } = orgFacts(org);
        const { blocks } = partition(counts, org.teams, org.k);
        const anchored = blocks.map((b, i) => ({ id: `b${i}`, teamId: b.teamId, respondents: b.respondents }));
        const views = resolveTeamViews({ blocks: anchored, teams: org.teams, invitedByTeam: counts });
        // The truth, from the generated people: a view holds the people of the teams its blocks took in.
        const peopleOf = (blockIds: string[]) =>
          new Set(org.respondents.filter((r) => blockIds.some((id) => blocks[Number(id.slice(1))].teams.includes(r.teamId))).map((r) => r.id));
        const published = new Map<string, Set<string>>();
        for (const team of org.teams) {
          const result = views.get(team.id)!;
          const inSubtree = org.respondents.filter((r) => within(r.teamId, team.id)).length;
          if (inSubtree >= org.k) expect(result.published).toBe(true);
          if (!result.published) {
            expect(result.reason).toBe(inSubtree > 0 || counts.size === 0 ? 'too-few' : 'no-data');
            continue;
          }
          const people = peopleOf(result.blockIds);
          expect(result.respondents).toBe(people.size);
          expect(people.size).toBeGreaterThanOrEqual(org.k);
          for (const id of people) expect(within(org.respondents.find((r) => r.id === id)!.teamId, team.id)).toBe(true);
          published.set(team.id, people);
        }
        // Any two published views: what one has beyond the other is nobody or at least k people.
        const sets = [...published.values()];
        for (const a of sets) {
          for (const b of sets) {
            const beyond = [...a].filter((m) => !b.has(m)).length;
            expect(beyond === 0 || beyond >= org.k).toBe(true);
          }
        }
        // A parent minus any subset of its published children.
        for (const [teamId, parent] of published) {
          const parts = children(teamId).flatMap((c) => published.get(c) ?? []).slice(0, 10);
          for (let mask = 1; mask < 1 << parts.length; mask++) {
            const rest = parent.size - parts.reduce((s, p, i) => s + (mask & (1 << i) ? p.size : 0), 0);
            expect(rest === 0 || rest >= org.k).toBe(true);
          }
        }
        // And any linear combination at all, where the org is small enough to try every group.
        if (org.respondents.length <= 24) expect(smallestIsolable(sets.map((s) => [...s]), org.k - 1)).toBeNull();
      }),
      { numRuns: 200 },
    );
  });
});
