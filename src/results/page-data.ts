import { canSee } from '../auth/access';
import { ROLES, type Role } from '../db/schema';
import type { Deps } from '../deps';
import type { Viewer } from '../lib/context';
import { getThresholds } from '../settings/settings';
import { nestTeams, type NestedTeam } from '../teams/tree';
import { assertVisible, closedWaves, trend, visibleTeams, waveViews, type Score, type TeamRef, type WaveOutcome } from './results.service';
import { runningWave } from './running';

/** A heatmap with thousands of rows helps nobody: beyond this, only the upper levels are listed. */
export const MAX_HEATMAP_ROWS = 300;

export interface HeatRow {
  team: TeamRef;
  depth: number;
  outcome: WaveOutcome;
}

export interface RoleRow {
  role: Role;
  outcome: WaveOutcome;
}

export type ResultsPageData = Awaited<ReturnType<typeof resultsPageData>>;

/**
 * Everything the leader's home shows for one team's subtree, read from the stored per-view results: the trend over
 * every closed wave, the teams below it and the roles at the latest closed wave, and (admins only) the running wave.
 * Visibility is checked here, once, before any team id reaches `waveViews` (which does not check it).
 */
export async function resultsPageData(deps: Deps, viewer: Viewer, teamId?: string) {
  const scope = await visibleTeams(deps, viewer);
  const id = teamId ?? scope.homeId;
  assertVisible(scope, viewer, id);
  const team = scope.byId.get(id)!;
  const history = await trend(deps, viewer, { teamId: id });
  const waves = await closedWaves(deps);
  const latest = waves.at(-1) ?? null;

  // The works council sees the root's row only (auth/access.ts): no team of the heatmap.
  const rows = subtreeRows(scope.all, id).filter((r) => canSee(viewer, r.team.id, scope.all));
  const shown = truncate(rows, MAX_HEATMAP_ROWS);
  let heat: HeatRow[] = [];
  let roles: RoleRow[] = [];
  if (latest) {
    const views = await waveViews(deps, latest.id, shown.map((r) => ({ teamId: r.team.id, role: '' })));
    const byTeam = new Map(views.map((v) => [v.teamId, v]));
    heat = shown.map((r) => ({ ...r, outcome: byTeam.get(r.team.id) ?? noData(latest) }));
    if (team.parentId === null) {
      const roleViews = await waveViews(deps, latest.id, ROLES.map((role) => ({ teamId: id, role })));
      roles = ROLES.map((role) => ({ role, outcome: roleViews.find((v) => v.role === role) ?? noData(latest) }));
    }
  }

  const published = history.waves.filter((w) => w.published);
  return {
    team,
    /** Roles and adopters against non-users are compared for the whole company only (splits.ts). */
    isCompany: team.parentId === null,
    /** From the viewer's home down to this team: the way back up. */
    trail: trail(scope.byId, scope.homeId, id),
    waves: history.waves,
    latest: latest ? (history.waves.find((w) => w.waveId === latest.id) ?? noData(latest)) : null,
    latestPublished: published.at(-1) ?? null,
    heat,
    heatTotal: rows.length,
    roles,
    running: viewer.role === 'admin' ? { wave: await runningWave(deps) } : null,
    k: latest?.k ?? (await getThresholds(deps)).k,
  };
}

/** A view with no stored row (e.g. a team created after the wave closed): suppressed, never empty. */
function noData(wave: { id: string; title: string; closedAt: number | null; k: number }): WaveOutcome {
  return { waveId: wave.id, title: wave.title, closedAt: new Date(wave.closedAt ?? 0).toISOString(), k: wave.k, published: false, reason: 'no-data' };
}

/** The team and its subtree, depth-first with children by name; depth counted from the team. */
export function subtreeRows(all: readonly TeamRef[], teamId: string): { team: TeamRef; depth: number }[] {
  const node = find(nestTeams(all), teamId);
  const out: { team: TeamRef; depth: number }[] = [];
  const walk = (n: NestedTeam<TeamRef>, depth: number) => {
    out.push({ team: n.team, depth });
    for (const child of n.children) walk(child, depth + 1);
  };
  if (node) walk(node, 0);
  return out;
}

function find(nodes: NestedTeam<TeamRef>[], id: string): NestedTeam<TeamRef> | undefined {
  for (const n of nodes) {
    if (n.team.id === id) return n;
    const hit = find(n.children, id);
    if (hit) return hit;
  }
  return undefined;
}

/** Keeps whole levels from the top while they fit, so a cut never hides a parent and shows its child. */
function truncate<T extends { depth: number }>(rows: T[], max: number): T[] {
  if (rows.length <= max) return rows;
  let depth = 0;
  while (rows.filter((r) => r.depth <= depth + 1).length <= max) depth++;
  return rows.filter((r) => r.depth <= depth);
}

function trail(byId: Map<string, TeamRef>, homeId: string, id: string): TeamRef[] {
  const out: TeamRef[] = [];
  for (let t = byId.get(id); t; t = t.parentId && t.id !== homeId ? byId.get(t.parentId) : undefined) out.unshift(t);
  return out;
}

/** The adoption share is the mean of a 0/1 answer (DESIGN rule 5): it is there wherever the view is published. */
export function adoption(outcome: WaveOutcome): Score | undefined {
  return outcome.published ? outcome.scores?.adopter : undefined;
}
