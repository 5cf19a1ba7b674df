import { buildTree, type TeamRef } from '../teams/tree';

/**
 * What a team's view is in one wave (DESIGN, anonymity rules 3 and 8): the union of the blocks anchored in the team's
 * subtree. Every view is a union of whole blocks by construction, so any difference of published numbers is again a
 * union of blocks — at least k people or nobody — whatever views a reader combines. A view is published when it holds
 * at least one block; a suppressed view says why and is never shown as zero.
 */

/**
 * - `too-few`: fewer than k answers in the team and its sub-teams. The same reason whether nobody or k−1 answered,
 *   so a suppressed cell never tells whether anyone in a small group took part.
 * - `history`: enough answered, but publishing the block would let a reader single out people who joined, left or
 *   moved by comparing with earlier waves (exposure.ts); the answers count in the unit above.
 * - `no-data`: nobody in the team was invited (or the team did not exist yet).
 * - `split`: a comparison inside the company's view (roles, adopters against non-users) that could be subtracted
 *   down to fewer than k people in this wave (splits.ts).
 * - `company-only`: comparisons by role or use are offered for the whole company only; never stored.
 * - `subtraction`: legacy (waves closed before 0.2, whose views had to be unions of whole blocks); no longer produced.
 */
export type SuppressReason = 'too-few' | 'history' | 'no-data' | 'split' | 'company-only' | 'subtraction';

export type WaveResult =
  | { published: true; blockIds: string[]; respondents: number }
  | { published: false; reason: SuppressReason };

/** A block of a wave as views need it: its id, anchor team and size. */
export interface AnchoredBlock {
  id: string;
  teamId: string;
  respondents: number;
}

export interface TeamViewsInput {
  blocks: readonly AnchoredBlock[];
  teams: readonly TeamRef[];
  /** Invitations per team (own members), to tell `no-data` from `too-few`. */
  invitedByTeam?: ReadonlyMap<string, number>;
  /** Teams whose pool was refused for the sake of earlier waves (partition.ts). */
  refused?: readonly string[];
}

/** Every team's view of one wave, in one pass: each block counts towards its anchor and the anchor's ancestors. */
export function resolveTeamViews({ blocks, teams, invitedByTeam = new Map(), refused = [] }: TeamViewsInput): Map<string, WaveResult> {
  const tree = buildTree(teams);
  const up = (teamId: string, visit: (t: string) => void) => {
    for (let t: string | null = teamId; t !== null && tree.parent.has(t); t = tree.parent.get(t)!) visit(t);
  };
  const byId = new Map(blocks.map((b) => [b.id, b]));
  const inside = new Map([...blocksPerTeam(blocks, teams)].map(([t, ids]) => [t, ids.map((id) => byId.get(id)!)]));
  const invited = new Map<string, number>();
  for (const [teamId, n] of invitedByTeam) if (n > 0) up(teamId, (t) => invited.set(t, (invited.get(t) ?? 0) + n));
  const history = new Set<string>();
  for (const teamId of refused) up(teamId, (t) => history.add(t));

  const out = new Map<string, WaveResult>();
  for (const teamId of tree.parent.keys()) {
    const mine = inside.get(teamId);
    if (mine) {
      out.set(teamId, { published: true, blockIds: mine.map((b) => b.id).sort(), respondents: mine.reduce((s, b) => s + b.respondents, 0) });
    } else {
      const reason: SuppressReason = history.has(teamId) ? 'history' : invited.has(teamId) || invitedByTeam.size === 0 ? 'too-few' : 'no-data';
      out.set(teamId, { published: false, reason });
    }
  }
  return out;
}

/** The key of a view in maps: `<teamId>/<role>` or `<teamId>/*` for all roles. */
export const viewKey = (teamId: string, role: string | null) => `${teamId}/${role || '*'}`;

/** The blocks of each team's view: those anchored in its subtree (block ids per team id). */
export function blocksPerTeam(blocks: readonly AnchoredBlock[], teams: readonly TeamRef[]): Map<string, string[]> {
  const tree = buildTree(teams);
  const out = new Map<string, string[]>();
  for (const b of blocks) {
    for (let t: string | null = b.teamId; t !== null && tree.parent.has(t); t = tree.parent.get(t)!) out.set(t, [...(out.get(t) ?? []), b.id]);
  }
  return out;
}

/** Rule 6: open text only for a published view with at least `kComments` respondents. */
export function commentsAllowed(respondents: number, kComments: number): boolean {
  return respondents >= kComments;
}
