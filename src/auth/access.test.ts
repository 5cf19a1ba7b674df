import { describe, expect, it } from 'vitest';
import type { Viewer } from '../lib/context';
import { AppError } from '../lib/errors';
import { ancestry } from '../teams/tree';
import { assertCanSee, canSee, mayRead, pageScope, visibleTeamIds } from './access';
import { TREE } from './testing';

const admin: Viewer = { role: 'admin', teamId: null, userId: 'a1', csrf: 'x' };
const leader = (teamId: string | null): Viewer => ({ role: 'leader', teamId, userId: 'l1', csrf: 'x' });

describe('canSee', () => {
  it('lets an admin see every team, even one not in the tree', () => {
    expect(TREE.map((t) => canSee(admin, t.id, TREE))).toEqual([true, true, true, true]);
    expect(canSee(admin, 'anything', TREE)).toBe(true);
  });

  it("lets a leader see their team's subtree and nothing else", () => {
    const nord = leader('nord');
    expect(Object.fromEntries(TREE.map((t) => [t.id, canSee(nord, t.id, TREE)]))).toEqual({
      root: false,
      nord: true,
      montage: true,
      sued: false,
    });
    expect(TREE.filter((t) => canSee(leader('montage'), t.id, TREE)).map((t) => t.id)).toEqual(['montage']);
    expect(TREE.filter((t) => canSee(leader('root'), t.id, TREE)).map((t) => t.id)).toEqual(['root', 'nord', 'montage', 'sued']);
  });

  it('shows nothing to a leader without a team or whose team is gone', () => {
    expect(TREE.some((t) => canSee(leader(null), t.id, TREE))).toBe(false);
    expect(TREE.some((t) => canSee(leader('deleted'), t.id, TREE))).toBe(false);
  });

  it('assertCanSee throws FORBIDDEN (403) outside the subtree and passes inside', () => {
    expect(() => assertCanSee(leader('nord'), 'montage', TREE)).not.toThrow();
    let caught: unknown;
    try {
      assertCanSee(leader('nord'), 'sued', TREE);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect(caught).toMatchObject({ code: 'FORBIDDEN', status: 403, message: 'this team is outside what you may see' });
  });

  it('lists the visible teams', () => {
    expect(visibleTeamIds(admin, TREE)).toEqual(['root', 'nord', 'montage', 'sued']);
    expect(visibleTeamIds(leader('nord'), TREE)).toEqual(['nord', 'montage']);
    expect(visibleTeamIds(leader(null), TREE)).toEqual([]);
  });

  it('is one rule for a loaded tree and for a chain read from the database, also on broken data', () => {
    const council: Viewer = { role: 'council', teamId: null, userId: 'c1', csrf: 'x' };
    // A cycle beside the tree and an orphan: nobody but an admin reads them, and nothing loops.
    const broken = [...TREE, { id: 'x', parentId: 'y' }, { id: 'y', parentId: 'x' }, { id: 'o', parentId: 'gone' }];
    for (const viewer of [admin, council, leader('nord'), leader('root'), leader('x'), leader(null)]) {
      for (const team of broken) expect(canSee(viewer, team.id, broken)).toBe(mayRead(viewer, ancestry(broken, team.id)));
    }
    expect(ancestry(broken, 'x').map((t) => t.id)).toEqual(['x', 'y']);
    expect(canSee(leader('root'), 'x', broken)).toBe(false);
    expect(canSee(council, 'o', broken)).toBe(false);
    expect(canSee(council, 'root', broken)).toBe(true);
    expect(pageScope(council, 'root', TREE)).toEqual(['root']);
    expect(pageScope(leader('root'), 'nord', TREE)).toEqual(['nord', 'montage']);
  });
});
