import type { Viewer } from '../lib/context';
import { problemError } from '../lib/errors';
import { ancestry, subtreeIds, type TeamRef } from '../teams/tree';

/**
 * What a reader may see of the org tree: admins everything, a leader their team and every team below it, the works
 * council the company as a whole (the root) and no team. The one rule, over a team and the teams above it (the team
 * first, as `ancestry` gives it or a query reads it): a leader may read a team when their own team is among them.
 * A leader without a team (or with a team that no longer exists) sees nothing.
 */
export function mayRead(viewer: Viewer, chain: readonly TeamRef[]): boolean {
  if (viewer.role === 'admin') return true;
  if (chain.length === 0) return false;
  if (viewer.role === 'council') return chain[0].parentId === null;
  return viewer.teamId !== null && chain.some((t) => t.id === viewer.teamId);
}

/** `mayRead` for a team of a loaded tree. */
export const canSee = (viewer: Viewer, teamId: string, teams: readonly TeamRef[]): boolean => mayRead(viewer, ancestry(teams, teamId));

/** Like canSee, but throws AppError FORBIDDEN (403), which the app renders as JSON or a page. */
export function assertCanSee(viewer: Viewer, teamId: string, teams: readonly TeamRef[]): void {
  if (!canSee(viewer, teamId, teams)) throw problemError('FORBIDDEN', 'outside_your_teams', 'this team is outside what you may see');
}

/**
 * The teams a page about `teamId` draws on (after `canSee`): the team and its subtree, or for the works council the
 * company alone — its numbers, not the teams below.
 */
export const pageScope = (viewer: Viewer, teamId: string, teams: readonly TeamRef[]): string[] =>
  viewer.role === 'council' ? [teamId] : subtreeIds(teams, teamId);

/** Every team the reader may see, in the order of `teams` (admins) or the leader's team first (leaders). */
export function visibleTeamIds(viewer: Viewer, teams: readonly TeamRef[]): string[] {
  if (viewer.role === 'admin') return teams.map((t) => t.id);
  if (viewer.role === 'council') return teams.filter((t) => t.parentId === null).map((t) => t.id);
  return viewer.teamId === null ? [] : subtreeIds(teams, viewer.teamId);
}
