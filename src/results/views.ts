import { ROLES, type Role } from '../db/schema/org';
import type { Origin } from './partition';
import { buildTree, subtree, type TeamNode } from './tree';

/**
 * What may be published (DESIGN, anonymity rules 3–5). A view is published in a wave only when the people it selects
 * are exactly a union of whole blocks; then the difference of any two published numbers is again a union of whole
 * blocks, ≥ k or empty, whatever views a reader combines. Suppressed views say why and are never shown as zero.
 */

/** A team's subtree, optionally one role, over one or more waves (a quarter is several). */
export interface View {
  teamId: string;
  role: Role | null;
  waveIds: readonly string[];
}

/** A stored block as views need it: its id, size and the (team, role) pairs its members come from. */
export interface WaveBlock {
  id: string;
  respondents: number;
  origins: readonly Origin[];
}

/**
 * - `too-few`: all of the view's people sit in one block together with people outside the view — they were merged
 *   upward because they were too few on their own.
 * - `subtraction`: the view cuts across blocks in another way; publishing it would let a reader subtract down to a
 *   group under k.
 * - `no-data`: no block has anyone in the view (nobody answered, or the wave is unknown).
 */
export type SuppressReason = 'too-few' | 'subtraction' | 'no-data';

export type WaveResult =
  | { published: true; blockIds: string[]; respondents: number }
  | { published: false; reason: SuppressReason };

export interface ViewResult {
  waves: Record<string, WaveResult>;
  /** Sum over the published waves only. */
  respondents: number;
  /** `partial` when some but not all waves of the view are published: the reader must be told. */
  coverage: 'full' | 'partial' | 'none';
}

/**
 * Origins are judged against `teams`; pass the tree the blocks were made with (or a later one that still holds every
 * team named in an origin), since an origin whose team is unknown counts as outside every view.
 */
export function resolveView(
  view: View,
  blocksByWave: Readonly<Record<string, readonly WaveBlock[]>>,
  teams: readonly TeamNode[],
  k: number,
): ViewResult {
  const inTeams = subtree(buildTree(teams), view.teamId);
  const inside = (o: Origin) => inTeams.has(o.teamId) && (view.role === null || o.role === view.role);
  const waves: Record<string, WaveResult> = {};
  let respondents = 0;
  let published = 0;
  for (const waveId of view.waveIds) {
    const result = resolveWave(blocksByWave[waveId] ?? [], inside, k);
    waves[waveId] = result;
    if (result.published) {
      respondents += result.respondents;
      published++;
    }
  }
  const coverage = published === 0 ? 'none' : published === view.waveIds.length ? 'full' : 'partial';
  return { waves, respondents, coverage };
}

function resolveWave(blocks: readonly WaveBlock[], inside: (o: Origin) => boolean, k: number): WaveResult {
  const meets = new Meets();
  for (const b of blocks) {
    const n = b.origins.filter(inside).length;
    if (n > 0) meets.add(b, n);
  }
  return meets.decide(k);
}

/** How the blocks of a wave meet one view: the whole blocks inside it and how many blocks it touches or cuts. */
class Meets {
  whole: WaveBlock[] = [];
  touched = 0;
  cut = 0;
  add(b: WaveBlock, originsInside: number) {
    this.touched++;
    if (originsInside === b.origins.length) this.whole.push(b);
    else this.cut++;
  }
  decide(k: number): WaveResult {
    if (this.touched === 0) return { published: false, reason: 'no-data' };
    if (this.cut > 0) return { published: false, reason: this.touched === 1 ? 'too-few' : 'subtraction' };
    const respondents = this.whole.reduce((s, b) => s + b.respondents, 0);
    // Blocks hold ≥ k each, so this holds by construction; checked so a bad block can never leak.
    if (respondents < k) return { published: false, reason: 'too-few' };
    return { published: true, blockIds: this.whole.map((b) => b.id).sort(), respondents };
  }
}

/** The key of a single-wave view in `resolveAllViews`: `<teamId>/<role>` or `<teamId>/*` for all roles. */
export const viewKey = (teamId: string, role: Role | null) => `${teamId}/${role ?? '*'}`;

/**
 * Every view the product offers for one wave — each team's subtree, all roles or one — with the same answers as
 * `resolveView`, in one pass: each origin counts towards the views of its team's ancestors. That is Σ origins × depth
 * instead of views × blocks × origins, which matters when a large org's wave closes.
 */
export function resolveAllViews(blocks: readonly WaveBlock[], teams: readonly TeamNode[], k: number) {
  const tree = buildTree(teams);
  const meets = new Map<string, Meets>();
  for (const b of blocks) {
    const inside = new Map<string, number>();
    const count = (key: string) => inside.set(key, (inside.get(key) ?? 0) + 1);
    for (const o of b.origins) {
      if (!tree.parent.has(o.teamId)) continue;
      for (let t: string | null = o.teamId; t !== null; t = tree.parent.get(t)!) {
        count(viewKey(t, null));
        count(viewKey(t, o.role));
      }
    }
    for (const [key, n] of inside) {
      if (!meets.has(key)) meets.set(key, new Meets());
      meets.get(key)!.add(b, n);
    }
  }
  const out = new Map<string, WaveResult>();
  for (const teamId of tree.parent.keys()) {
    for (const role of [null, ...ROLES]) {
      const key = viewKey(teamId, role);
      out.set(key, (meets.get(key) ?? new Meets()).decide(k));
    }
  }
  return out;
}

/**
 * Rule 4, within one published view: a split (adopters / others, one answer / another) is shown only when every
 * part has ≥ k people. A part of 0 is allowed: it says something about all of the view's ≥ k people at once (that
 * nobody chose it), which a mean of 0 or 100 says as well; a part of 1..k-1 singles out a few people. At least one
 * part must be non-empty. Note: this alone does not survive subtraction across nested views — see `splitSafe`.
 */
export function splitAllowed(partCounts: readonly number[], k: number): boolean {
  return partCounts.some((c) => c > 0) && partCounts.every((c) => c === 0 || c >= k);
}

/**
 * A split checked per block: when every part of every block of a view is 0 or ≥ k, every part of every union of blocks
 * — and every difference of two published views — is a sum of block parts each 0 or ≥ k. The per-view rule does not
 * give that: parent 10/10 and child 6/5 are both allowed, yet their difference shows 4/5 about five people. The same
 * holds for a measure of an optional item (parts: answered per block).
 */
export function splitSafe(partCountsPerBlock: readonly (readonly number[])[], k: number): boolean {
  const ok = (c: number) => c === 0 || c >= k;
  return partCountsPerBlock.some((parts) => parts.some((c) => c > 0)) && partCountsPerBlock.every((p) => p.every(ok));
}

/** Rule 5: open text only for a published view with at least `kComments` respondents. */
export function commentsAllowed(respondents: number, kComments: number): boolean {
  return respondents >= kComments;
}
