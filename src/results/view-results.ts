import { ROLES, type Role } from '../db/schema/org';
import { cellSum, type BuiltWave } from './blocks';
import { SCALE, type Tally } from './tally';
import { buildTree, type TeamRef } from '../teams/tree';
import { resolveTeamViews, type SuppressReason } from './views';

export interface ViewRow {
  teamId: string;
  /** '' stands for all roles; role rows exist for the company root only (splits.ts). */
  role: string;
  published: boolean;
  reason: SuppressReason | null;
  respondents: number | null;
  invited: number;
  /** JSON StoredMeasures; null when suppressed. */
  measures: string | null;
  /** JSON { questionId: { value: count } }; null when suppressed. */
  counts: string | null;
}

/** Serialised measures of a view: { [measure]: [n, sum, sumSq] }. Subgroup measures carry a prefix ('adopters|trust'). */
export type StoredMeasures = Record<string, [number, number, number]>;

export interface Invited {
  /** Invitations per team (the team's own members). */
  byTeam: ReadonlyMap<string, number>;
  /** Invitations per role, company-wide. */
  byRole: ReadonlyMap<Role, number>;
}

/**
 * Pure: every view the product offers for one closed wave — each team's subtree, and the company's roles — published
 * or suppressed with its reason, with the sufficient statistics of its blocks. Written at close, so reading a trend
 * never touches answers, and nothing is stored for a suppressed view.
 */
export function computeViews(built: BuiltWave, teams: readonly TeamRef[], invited: Invited): ViewRow[] {
  const tree = buildTree(teams);
  const resolved = resolveTeamViews({
    blocks: built.blocks.map((b, i) => ({ id: String(i), teamId: b.teamId, respondents: b.respondents })),
    teams,
    invitedByTeam: invited.byTeam,
    refused: built.refused,
  });
  const invitedIn = new Map<string, number>();
  for (const [teamId, n] of invited.byTeam) {
    for (let t: string | null = teamId; t !== null && tree.parent.has(t); t = tree.parent.get(t)!) invitedIn.set(t, (invitedIn.get(t) ?? 0) + n);
  }

  const rows: ViewRow[] = [];
  for (const team of teams) {
    const result = resolved.get(team.id)!;
    const base = { teamId: team.id, role: '', invited: invitedIn.get(team.id) ?? 0 };
    if (!result.published) {
      rows.push({ ...base, ...suppressed(result.reason) });
      continue;
    }
    const blocks = result.blockIds.map((id) => built.blocks[Number(id)]);
    const tally = blocks.map((b) => b.tally);
    const measures = storeMeasures(tally);
    if (team.id === tree.root) {
      for (const use of built.splits.uses) Object.assign(measures, storeMeasures([cellSum(blocks, { use })], `${use}|`));
    }
    rows.push({ ...base, ...published(tally, measures) });
  }

  const company = resolved.get(tree.root)!;
  for (const role of ROLES) {
    const base = { teamId: tree.root, role, invited: invited.byRole.get(role) ?? 0 };
    if (!company.published) rows.push({ ...base, ...suppressed(company.reason) });
    else if (!built.splits.roles.includes(role)) rows.push({ ...base, ...suppressed('split') });
    else {
      const tally = [cellSum(built.blocks, { role })];
      rows.push({ ...base, ...published(tally, storeMeasures(tally)) });
    }
  }
  return rows;
}

function suppressed(reason: SuppressReason) {
  return { published: false, reason, respondents: null, measures: null, counts: null };
}

function published(tallies: readonly Tally[], measures: StoredMeasures) {
  const counts: Record<string, Record<string, number>> = {};
  let n = 0;
  for (const t of tallies) {
    n += t.n;
    for (const [q, byValue] of Object.entries(t.counts)) {
      const into = (counts[q] ??= {});
      for (const [v, c] of Object.entries(byValue)) into[v] = (into[v] ?? 0) + c;
    }
  }
  return {
    published: true,
    reason: null,
    respondents: n,
    measures: JSON.stringify(sorted(measures)),
    counts: JSON.stringify(sorted(Object.fromEntries(Object.entries(counts).map(([q, byValue]) => [q, sorted(byValue)])))),
  };
}

/** Keys in one order, so the stored JSON is the same however the tallies were added up (a close in steps). */
const sorted = <T,>(record: Record<string, T>): Record<string, T> =>
  Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/** Sums the tallies' exact scaled sums, then divides once (tally.ts, SCALE). */
function storeMeasures(tallies: readonly Tally[], prefix = ''): StoredMeasures {
  const out: StoredMeasures = {};
  for (const t of tallies) {
    for (const [m, a] of Object.entries(t.measures)) {
      const key = prefix + m;
      const prev = out[key] ?? [0, 0, 0];
      out[key] = [prev[0] + a.n, prev[1] + a.sum, prev[2] + a.sumSq];
    }
  }
  for (const key of Object.keys(out)) out[key] = [out[key][0], out[key][1] / SCALE, out[key][2] / (SCALE * SCALE)];
  return out;
}
