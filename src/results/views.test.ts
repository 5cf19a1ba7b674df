import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbOrg, orgFacts } from '../../test/support/org';
import { ROLES, type Role } from '../db/schema/org';
import { partition } from './partition';
import {
  commentsAllowed,
  resolveAllViews,
  resolveView,
  splitAllowed,
  splitSafe,
  viewKey as key,
  type WaveBlock,
} from './views';

const teams = [
  { id: 'root', parentId: null },
  { id: 'a', parentId: 'root' },
  { id: 'a1', parentId: 'a' },
  { id: 'a2', parentId: 'a' },
  { id: 'b', parentId: 'root' },
];
// a1 was too small and sits in a's block; b has a basic block and a mixed block of its own.
const w1: WaveBlock[] = [
  { id: 'A', respondents: 9, origins: [{ teamId: 'a', role: 'basic' }, { teamId: 'a1', role: 'power' }] },
  { id: 'A2', respondents: 6, origins: [{ teamId: 'a2', role: 'basic' }] },
  { id: 'Bb', respondents: 5, origins: [{ teamId: 'b', role: 'basic' }] },
  { id: 'Bx', respondents: 7, origins: [{ teamId: 'b', role: 'power' }, { teamId: 'b', role: 'champion' }] },
];
const view = (teamId: string, role: Role | null = null, waveIds = ['w1']) => ({ teamId, role, waveIds });

describe('resolveView', () => {
  const inW1 = (v: ReturnType<typeof view>) => resolveView(v, { w1 }, teams, 5).waves.w1;

  it('publishes a view that is a union of whole blocks', () => {
    expect(inW1(view('root'))).toEqual({ published: true, blockIds: ['A', 'A2', 'Bb', 'Bx'], respondents: 27 });
    expect(inW1(view('a'))).toEqual({ published: true, blockIds: ['A', 'A2'], respondents: 15 });
    expect(inW1(view('b', 'basic'))).toEqual({ published: true, blockIds: ['Bb'], respondents: 5 });
  });

  it('names why a view is suppressed', () => {
    const reason = inW1;
    expect(reason(view('a1'))).toEqual({ published: false, reason: 'too-few' });
    expect(reason(view('b', 'power'))).toEqual({ published: false, reason: 'too-few' });
    // basic people sit in A (with power people), A2 and Bb: publishing would allow subtracting A's basic part.
    expect(reason(view('root', 'basic'))).toEqual({ published: false, reason: 'subtraction' });
    expect(reason(view('a1', 'champion'))).toEqual({ published: false, reason: 'no-data' });
    expect(reason(view('nowhere'))).toEqual({ published: false, reason: 'no-data' });
  });

  it('sums a quarter over the waves where the view is published and marks partial coverage', () => {
    const origins = [{ teamId: 'a', role: 'basic' as const }, { teamId: 'b', role: 'basic' as const }];
    const w2: WaveBlock[] = [{ id: 'R', respondents: 11, origins }];
    const quarter = resolveView(view('a', null, ['w1', 'w2', 'w3']), { w1, w2 }, teams, 5);
    expect(quarter.respondents).toBe(15);
    expect(quarter.coverage).toBe('partial');
    expect(quarter.waves.w2).toEqual({ published: false, reason: 'too-few' });
    expect(quarter.waves.w3).toEqual({ published: false, reason: 'no-data' });
    const both = resolveView(view('root', null, ['w1', 'w2']), { w1, w2 }, teams, 5);
    expect(both).toMatchObject({ respondents: 38, coverage: 'full' });
    expect(resolveView(view('a2', null, ['w2']), { w1, w2 }, teams, 5).coverage).toBe('none');
  });

  it('never publishes a union under k, even from a malformed block', () => {
    const bad: WaveBlock[] = [{ id: 'X', respondents: 2, origins: [{ teamId: 'a2', role: 'basic' }] }];
    expect(resolveView(view('a2'), { w1: bad }, teams, 5).waves.w1).toEqual({ published: false, reason: 'too-few' });
  });
});

describe('resolveAllViews', () => {
  it('answers like resolveView for every view, also when an origin names a team that is gone', () => {
    const origins = [{ teamId: 'b', role: 'basic' as const }, { teamId: 'gone', role: 'basic' as const }];
    const gone: WaveBlock = { id: 'G', respondents: 5, origins };
    const wave = [...w1.filter((b) => b.id !== 'Bb'), gone];
    const all = resolveAllViews(wave, teams, 5);
    expect(all.size).toBe(teams.length * 4);
    for (const t of teams) {
      for (const role of [null, ...ROLES]) {
        expect(all.get(key(t.id, role))).toEqual(resolveView(view(t.id, role), { w1: wave }, teams, 5).waves.w1);
      }
    }
    expect(all.get('root/*')).toEqual({ published: false, reason: 'subtraction' });
    expect(all.get('a/*')).toMatchObject({ published: true, respondents: 15 });
  });
});

describe('splits and comments', () => {
  it('allows a split only when every part is empty or ≥ k', () => {
    expect(splitAllowed([5, 7], 5)).toBe(true);
    expect(splitAllowed([12, 0, 0], 5)).toBe(true);
    expect(splitAllowed([8, 4], 5)).toBe(false);
    expect(splitAllowed([11, 1, 5], 5)).toBe(false);
    expect(splitAllowed([0, 0], 5)).toBe(false);
  });

  it('checks splits per block so that subtraction cannot undo rule 4', () => {
    // Parent 10/10 and child 6/5 both pass per view; their difference is 4/5 about five people.
    expect(splitAllowed([10, 10], 5) && splitAllowed([6, 5], 5)).toBe(true);
    expect(splitSafe([[6, 5], [4, 5]], 5)).toBe(false);
    expect(splitSafe([[6, 0], [0, 5], [5, 5]], 5)).toBe(true);
    expect(splitSafe([[0, 0]], 5)).toBe(false);
  });

  it('shows open text only from k_comments respondents', () => {
    expect(commentsAllowed(9, 10)).toBe(false);
    expect(commentsAllowed(10, 10)).toBe(true);
  });
});

describe('the adversary', () => {
  it('can never subtract published views down to fewer than k', () => {
    fc.assert(
      fc.property(arbOrg, (org) => {
        const { teams, respondents, k, splitByRole } = org;
        const { select, children } = orgFacts(org);
        const { blocks } = partition(respondents, teams, k, { splitByRole });
        const w = blocks.map((b, i): WaveBlock => ({ id: `b${i}`, respondents: b.members.length, origins: b.origins }));
        const published = new Map<string, Set<string>>();
        const all = resolveAllViews(w, teams, k);

        for (const t of teams) {
          for (const role of [null, ...ROLES]) {
            const result = resolveView({ teamId: t.id, role, waveIds: ['w'] }, { w }, teams, k).waves.w;
            expect(all.get(key(t.id, role))).toEqual(result);
            // The truth, from the generated people: who the view selects and how each block meets it.
            const truth = select(t.id, role);
            const meets = blocks.map((b) => b.members.filter((m) => truth.has(m)).length);
            const whole = blocks.flatMap((b, i) => (meets[i] === b.members.length ? [`b${i}`] : []));
            const touched = meets.filter((n) => n > 0).length;
            const cut = blocks.some((b, i) => meets[i] > 0 && meets[i] < b.members.length);
            if (touched === 0) expect(result).toEqual({ published: false, reason: 'no-data' });
            else if (cut) {
              expect(result).toEqual({ published: false, reason: touched === 1 ? 'too-few' : 'subtraction' });
            } else {
              expect(result).toEqual({ published: true, blockIds: whole.sort(), respondents: truth.size });
              expect(truth.size).toBeGreaterThanOrEqual(k);
              published.set(key(t.id, role), truth);
            }
          }
        }
        if (respondents.length >= k) expect(published.has(key(org.teams[0].id, null))).toBe(true);

        // Any two published views: what one has beyond the other is nobody or at least k people.
        const sets = [...published.values()];
        for (const a of sets) {
          for (const b of sets) {
            let beyond = 0;
            for (const m of a) if (!b.has(m)) beyond++;
            expect(beyond === 0 || beyond >= k).toBe(true);
            if (beyond === 0) expect(b.size - a.size === 0 || b.size - a.size >= k).toBe(true);
          }
        }
        // A parent minus any subset of its published children (same role), or a team minus any of its roles.
        for (const t of teams) {
          for (const role of [null, ...ROLES]) {
            const parent = published.get(key(t.id, role));
            if (!parent) continue;
            const parts = children(t.id).flatMap((c) => published.get(key(c, role)) ?? []).slice(0, 10);
            const families = [parts];
            if (role === null) families.push(ROLES.flatMap((r) => published.get(key(t.id, r)) ?? []));
            for (const family of families) {
              for (let mask = 1; mask < 1 << family.length; mask++) {
                const rest = parent.size - family.reduce((s, p, i) => s + (mask & (1 << i) ? p.size : 0), 0);
                expect(rest === 0 || rest >= k).toBe(true);
              }
            }
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
