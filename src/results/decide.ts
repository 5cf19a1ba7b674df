import { ROLES, type Role } from '../db/schema/org';
import { buildWave, respondentsOf, type BuiltWave, type TeamAnswers } from './blocks';
import type { Exposure } from './exposure';
import type { TeamRef } from '../teams/tree';
import { computeViews, type ViewRow } from './view-results';

/** Who was invited to a wave: staff ids per team (own members) and per role. */
export interface InvitedPeople {
  byTeam: ReadonlyMap<string, readonly string[]>;
  byRole: ReadonlyMap<Role, readonly string[]>;
}

export interface WaveDecision {
  built: BuiltWave;
  views: ViewRow[];
  /** The groups of this wave a reader could know (everyone in them answered), admitted to the history. */
  known: string[][];
}

/**
 * Pure: everything a closing wave publishes (DESIGN rules 3–8), from each team's tallied answers, who was invited,
 * and the history of known sets of earlier waves. The close writes this; the bench and the adversary tests run it on
 * simulated companies, so they judge the very rule the product applies.
 *
 * Rule 4: a block whose members a reader could know — every team in it answered in full, so its members are exactly
 * the invited people of those teams — must isolate nobody new against the history; otherwise the partition passes it
 * up (partition.ts). `exposure` is updated with what this wave adds.
 */
export function decideWave(input: {
  teams: readonly TeamRef[];
  k: number;
  own: ReadonlyMap<string, TeamAnswers>;
  invited: InvitedPeople;
  exposure: Exposure;
}): WaveDecision {
  const { teams, k, own, invited, exposure } = input;
  const known: string[][] = [];
  const answered = (teamId: string) => (own.get(teamId) ? respondentsOf(own.get(teamId)!) : 0);
  const full = (teamId: string) => (invited.byTeam.get(teamId)?.length ?? 0) === answered(teamId);
  const built = buildWave({
    teams,
    k,
    own,
    accept: (pool) => {
      if (!pool.teams.every(full)) return true;
      const members = pool.teams.flatMap((t) => invited.byTeam.get(t) ?? []);
      if (!exposure.tryAdd(members)) return false;
      known.push(members);
      return true;
    },
  });
  checkRoleViews(built, invited, exposure, known, [...invited.byTeam.keys()].every(full));
  const views = computeViews(built, teams, {
    byTeam: new Map([...invited.byTeam].map(([t, ids]) => [t, ids.length])),
    byRole: new Map(ROLES.map((r) => [r, invited.byRole.get(r)?.length ?? 0])),
  });
  return { built, views, known };
}

/**
 * The company's role views are known sets too when everyone answered and nobody was left out: each role's members
 * are then all invited people of that role. If any of them would isolate someone across waves, no role view.
 */
function checkRoleViews(built: BuiltWave, invited: InvitedPeople, exposure: Exposure, known: string[][], everyone: boolean) {
  if (built.splits.roles.length === 0 || built.leftOut > 0 || !everyone) return;
  const added: string[][] = [];
  for (const role of built.splits.roles) {
    const members = [...(invited.byRole.get(role) ?? [])];
    if (!exposure.tryAdd(members)) {
      // Sets admitted before this one stay in the in-memory exposure (only stricter for the rest of this close), but
      // are not stored: nothing of them is published.
      built.splits = { ...built.splits, roles: [] };
      return;
    }
    added.push(members);
  }
  known.push(...added);
}
