import { ROLES, type Role } from '../db/schema/org';
import type { BuiltBlock } from './blocks';
import { USE_GROUPS } from './blocks';
import { combine, SHARE_MEASURES, type Aggregate } from './stats';
import { buildTree, type TeamNode } from './tree';
import { resolveAllViews, splitSafe, viewKey } from './views';

export interface ViewRow {
  teamId: string;
  /** '' stands for all roles. */
  role: string;
  published: boolean;
  reason: string | null;
  respondents: number | null;
  invited: number;
  measures: string | null;
}

/** Serialised measures of a view: { [measure]: [n, sum, sumSq] }. */
export type StoredMeasures = Record<string, [number, number, number]>;

/**
 * Pure: every view the product offers for one closed wave (each team's subtree, all roles or one), published or
 * suppressed with its reason, with the summed aggregates of its blocks. Written at close so reading a trend never
 * touches responses. `invitedBy` counts invitations per `teamId/role`.
 */
export function computeViews(
  built: readonly BuiltBlock[],
  teams: readonly TeamNode[],
  k: number,
  invitedBy: ReadonlyMap<string, number> = new Map(),
): ViewRow[] {
  const resolved = resolveAllViews(
    built.map((b, i) => ({ id: String(i), respondents: b.respondents, origins: b.origins })),
    teams,
    k,
  );
  const invited = invitedPerView(teams, invitedBy);
  const rows: ViewRow[] = [];
  for (const team of teams) {
    for (const role of [null, ...ROLES] as (Role | null)[]) {
      const key = viewKey(team.id, role);
      const result = resolved.get(key)!;
      const base = { teamId: team.id, role: role ?? '', invited: invited.get(key) ?? 0 };
      if (!result.published) {
        rows.push({ ...base, published: false, reason: result.reason, respondents: null, measures: null });
        continue;
      }
      const members = result.blockIds.map((id) => built[Number(id)]);
      rows.push({
        ...base,
        published: true,
        reason: null,
        respondents: result.respondents,
        measures: JSON.stringify(storeMeasures(members, k)),
      });
    }
  }
  return rows;
}

/** Sums the blocks' aggregates; drops the subgroup measures and shares unless the split is safe in every block. */
function storeMeasures(members: readonly BuiltBlock[], k: number): StoredMeasures {
  const sum = combine(members.map((b) => b.aggregates));
  const parts = members.map((b) => USE_GROUPS.map((g) => groupSize(b.aggregates, g)));
  const splitOk = splitSafe(parts, k);
  const out: StoredMeasures = {};
  for (const [measure, a] of Object.entries(sum)) {
    // A share of adopters is a split too ("one answer vs another", rule 4): it goes with the subgroup scores.
    if ((measure.includes('|') || SHARE_MEASURES.has(measure)) && !splitOk) continue;
    out[measure] = [a.n, a.sum, a.sumSq];
  }
  return out;
}

/** A group's size in a block: every respondent of the group has an adopter flag (the use item is required). */
function groupSize(aggregates: Record<string, Aggregate>, group: string): number {
  return aggregates[`${group}|adopter`]?.n ?? 0;
}

function invitedPerView(teams: readonly TeamNode[], invitedBy: ReadonlyMap<string, number>) {
  const tree = buildTree(teams);
  const out = new Map<string, number>();
  const add = (key: string, n: number) => out.set(key, (out.get(key) ?? 0) + n);
  for (const [key, n] of invitedBy) {
    const [teamId, role] = key.split('/');
    for (let t: string | null = teamId; t !== null && tree.parent.has(t); t = tree.parent.get(t)!) {
      add(viewKey(t, null), n);
      add(viewKey(t, role as Role), n);
    }
  }
  return out;
}
