import type { Viewer } from '../lib/context';
import { problemError } from '../lib/errors';
import { subtreeIds, type TeamRef } from '../staff/teams';

/**
 * What a reader may see of the org tree: admins everything, a leader their team and every team below it, the works
 * council the company as a whole (the root) and no team. Pure policy over the tree, so results, pages and the API
 * apply the same rule. A leader without a team (or with a team that no longer exists) sees nothing.
 */
export function canSee(viewer: Viewer, teamId: string, teams: readonly TeamRef[]): boolean {
  if (viewer.role === 'admin') return true;
  if (viewer.role === 'council') return teams.some((t) => t.id === teamId && t.parentId === null);
  if (viewer.teamId === null) return false;
  return subtreeIds(teams, viewer.teamId).includes(teamId);
}

/** Like canSee, but throws AppError FORBIDDEN (403), which the app renders as JSON or a page. */
export function assertCanSee(viewer: Viewer, teamId: string, teams: readonly TeamRef[]): void {
  if (!canSee(viewer, teamId, teams)) throw problemError('FORBIDDEN', 'outside_your_teams', 'this team is outside what you may see');
}

/** Every team the reader may see, in the order of `teams` (admins) or the leader's team first (leaders). */
export function visibleTeamIds(viewer: Viewer, teams: readonly TeamRef[]): string[] {
  if (viewer.role === 'admin') return teams.map((t) => t.id);
  if (viewer.role === 'council') return teams.filter((t) => t.parentId === null).map((t) => t.id);
  return viewer.teamId === null ? [] : subtreeIds(teams, viewer.teamId);
}
