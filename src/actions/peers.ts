/**
 * Which teams an action's team is compared with: teams on the same level of the org tree (so no two views overlap:
 * each is its own subtree), nearest first — siblings, then cousins — and none that did something aimed at the same
 * measure (or its construct, or a facet of it) in the same period, in itself, below itself, or above itself short of
 * what it shares with the team (an action of a common parent reaches both and cancels out). At most MAX_PEERS, so an
 * effect reads a bounded number of views even in a company of 2,000 teams. Pure.
 */

import { related } from './measures';

export const MAX_PEERS = 30;

export interface PeerTeam {
  id: string;
  parentId: string | null;
  path: string;
}

export interface AimedAction {
  teamId: string;
  targets: readonly string[];
  startsOn: string;
  endsOn: string | null;
}

/** The team and its ancestors, the team first. */
function chainOf(parent: ReadonlyMap<string, string | null>, id: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (let t: string | null | undefined = id; t && !seen.has(t); t = parent.get(t)) {
    seen.add(t);
    out.push(t);
  }
  return out;
}

/** Comparison candidates for a team, nearest first (the deeper their common ancestor, the nearer), then by path. */
export function candidatesFor(teams: readonly PeerTeam[], teamId: string): PeerTeam[] {
  const parent = new Map(teams.map((t) => [t.id, t.parentId]));
  const chain = chainOf(parent, teamId);
  const depth = chain.length;
  const ranked: { team: PeerTeam; distance: number }[] = [];
  for (const team of teams) {
    if (team.id === teamId) continue;
    const other = chainOf(parent, team.id);
    if (other.length !== depth) continue;
    // Chains have the same length, so the common ancestor sits at the same index in both.
    const distance = other.findIndex((id, i) => id === chain[i]);
    ranked.push({ team, distance: distance < 0 ? depth : distance });
  }
  ranked.sort((a, b) => a.distance - b.distance || (a.team.path < b.team.path ? -1 : 1));
  return ranked.map((r) => r.team);
}

/**
 * The comparison teams of `teamId` for one measure over the days [from, to] (ISO dates): the nearest candidates
 * untouched by an action aimed at the measure in that period.
 */
export function peersFor(
  teams: readonly PeerTeam[],
  teamId: string,
  measure: string,
  actions: readonly AimedAction[],
  period: { from: string; to: string },
): PeerTeam[] {
  const parent = new Map(teams.map((t) => [t.id, t.parentId]));
  const shared = new Set(chainOf(parent, teamId));
  const touched = new Set<string>();
  for (const a of actions) {
    if (!a.targets.some((t) => related(t, measure)) || a.startsOn > period.to || (a.endsOn !== null && a.endsOn < period.from)) continue;
    touched.add(a.teamId);
  }
  // A team with a touched team at or below it: every team on the chain of a touched team.
  const reached = new Set([...touched].flatMap((id) => chainOf(parent, id)));
  const out: PeerTeam[] = [];
  for (const team of candidatesFor(teams, teamId)) {
    if (reached.has(team.id)) continue;
    // Above it, short of the ancestors it shares with the team.
    if (chainOf(parent, team.id).some((id) => !shared.has(id) && touched.has(id))) continue;
    out.push(team);
    if (out.length === MAX_PEERS) break;
  }
  return out;
}
