import { and, eq, inArray, ne } from 'drizzle-orm';
import { runBatch } from '../db/client';
import { aggregates, blockOrigins, blocks, invitations, itemCounts, responses, settings, teams, usedLinks, viewResults, waveExposure, waves } from '../db/schema';
import type { Deps } from '../deps';
import { usedMarker } from '../lib/keys';
import { sealKnownSets } from './history';
import { buildTree } from '../teams/tree';
import type { StoredMeasures } from './view-results';

/**
 * Moves a database of release 0.1 to what this release keeps (DESIGN rules 1 and 7), in bounded steps that are safe
 * to repeat after a crash: Node runs it to the end at start, Workers a step per cron tick.
 *
 * - Running waves: each used link becomes its keyed marker in `used_links`; the readable flag is cleared.
 * - Closed waves: what was published stays exactly as it was (no view is re-decided: two partitions of one wave
 *   could be subtracted from each other). Each published view gains its answer counts, summed over its blocks, and
 *   the plain shares (a share is a mean, rule 5). The groups a reader could know — blocks whose (team, role) origins
 *   all answered in full — become the wave's sealed history for the check across waves (exposure.ts). Then the answer
 *   sheets, per-block statistics, block origins and used flags are deleted.
 * Release 0.3 drops the emptied tables and the flag's column.
 */
export const UPGRADE_KEY = 'upgraded-0.2';
const MARKERS_PER_STEP = 500;

/** One bounded step; returns false once nothing is left to do. */
export async function upgradeStep(deps: Deps): Promise<boolean> {
  const [done] = await deps.db.select().from(settings).where(eq(settings.key, UPGRADE_KEY));
  if (done) return false;

  const used = await deps.db
    .select({ id: invitations.id, waveId: invitations.waveId, status: waves.status })
    .from(invitations)
    .innerJoin(waves, eq(waves.id, invitations.waveId))
    .where(and(eq(invitations.legacyUsed, true), ne(waves.status, 'closed')))
    .limit(MARKERS_PER_STEP);
  if (used.length > 0) {
    await runBatch(deps.db, [
      ...used.map((u) => deps.db.insert(usedLinks).values({ marker: usedMarker(deps.keys, u.id), waveId: u.waveId }).onConflictDoNothing()),
      deps.db.update(invitations).set({ legacyUsed: false }).where(inArray(invitations.id, used.map((u) => u.id))),
    ]);
    return true;
  }

  const [legacy] = await deps.db
    .select({ waveId: blocks.waveId })
    .from(blocks)
    .innerJoin(blockOrigins, eq(blockOrigins.blockId, blocks.id))
    .limit(1);
  if (legacy) {
    await upgradeClosedWave(deps, legacy.waveId);
    return true;
  }
  // Flags left on closed waves without blocks (nobody published): cleared, they said who answered.
  const [flag] = await deps.db.select({ id: invitations.id }).from(invitations).where(eq(invitations.legacyUsed, true)).limit(1);
  if (flag || (await deps.db.select({ id: responses.id }).from(responses).limit(1)).length > 0) {
    await runBatch(deps.db, [
      deps.db.update(invitations).set({ legacyUsed: false }).where(eq(invitations.legacyUsed, true)),
      ...[responses, aggregates, itemCounts].map((t) => deps.db.delete(t)),
    ]);
    return true;
  }
  await deps.db.insert(settings).values({ key: UPGRADE_KEY, value: String(deps.clock.now()) }).onConflictDoNothing();
  await deps.checkpoint?.();
  return false;
}

/** Runs every step (Node start). */
export async function upgradeLegacy(deps: Deps): Promise<number> {
  let steps = 0;
  while (await upgradeStep(deps)) steps++;
  return steps;
}

async function upgradeClosedWave(deps: Deps, waveId: string): Promise<void> {
  const [blockRows, originRows, aggregateRows, countRows, views, invited, teamRows] = await Promise.all([
    deps.db.select().from(blocks).where(eq(blocks.waveId, waveId)),
    deps.db.select().from(blockOrigins).where(eq(blockOrigins.waveId, waveId)),
    deps.db.select().from(aggregates).where(eq(aggregates.waveId, waveId)),
    deps.db.select().from(itemCounts).where(eq(itemCounts.waveId, waveId)),
    deps.db.select().from(viewResults).where(eq(viewResults.waveId, waveId)),
    deps.db.select({ staffId: invitations.staffId, teamId: invitations.teamId, role: invitations.role, used: invitations.legacyUsed }).from(invitations).where(eq(invitations.waveId, waveId)),
    deps.db.select({ id: teams.id, parentId: teams.parentId }).from(teams),
  ]);
  const tree = buildTree(teamRows);
  const originsOf = new Map<string, { teamId: string; role: string }[]>();
  for (const o of originRows) originsOf.set(o.blockId, [...(originsOf.get(o.blockId) ?? []), o]);
  const inSubtree = (teamId: string, anchor: string) => {
    for (let t: string | null = teamId; t !== null && tree.parent.has(t); t = tree.parent.get(t)!) if (t === anchor) return true;
    return false;
  };

  // The blocks of each published view under 0.1's rule: exactly the blocks whose origins lie inside the view.
  const updates = views
    .filter((v) => v.published && v.measures)
    .map((v) => {
      const inside = (o: { teamId: string; role: string }) => inSubtree(o.teamId, v.teamId) && (v.role === '' || o.role === v.role);
      const ids = new Set(blockRows.filter((b) => (originsOf.get(b.id) ?? []).every(inside)).map((b) => b.id));
      const counts: Record<string, Record<string, number>> = {};
      for (const c of countRows) if (ids.has(c.blockId)) (counts[c.questionId] ??= {})[c.value] = (counts[c.questionId]?.[c.value] ?? 0) + c.count;
      const measures = JSON.parse(v.measures!) as StoredMeasures;
      for (const share of ['adopter', 'nonuser']) {
        if (measures[share]) continue;
        const parts = aggregateRows.filter((a) => ids.has(a.blockId) && a.measure === share);
        if (parts.length > 0) measures[share] = [parts.reduce((s, a) => s + a.n, 0), parts.reduce((s, a) => s + a.sum, 0), parts.reduce((s, a) => s + a.sumSq, 0)];
      }
      return deps.db
        .update(viewResults)
        .set({ counts: JSON.stringify(counts), measures: JSON.stringify(measures) })
        .where(and(eq(viewResults.waveId, waveId), eq(viewResults.teamId, v.teamId), eq(viewResults.role, v.role)));
    });

  // Known groups: blocks all of whose (team, role) origins answered in full; their members are those invitees.
  const byOrigin = new Map<string, { staffId: string; used: boolean }[]>();
  for (const i of invited) byOrigin.set(`${i.teamId}/${i.role}`, [...(byOrigin.get(`${i.teamId}/${i.role}`) ?? []), i]);
  const known = blockRows.flatMap((b) => {
    const origins = (originsOf.get(b.id) ?? []).map((o) => byOrigin.get(`${o.teamId}/${o.role}`) ?? []);
    return origins.length > 0 && origins.every((people) => people.length > 0 && people.every((p) => p.used)) ? [origins.flat().map((p) => p.staffId)] : [];
  });

  await runBatch(deps.db, [
    ...updates,
    ...(known.length > 0 ? [deps.db.insert(waveExposure).values({ waveId, payload: await sealKnownSets(deps, known) }).onConflictDoNothing()] : []),
    ...[responses, aggregates, itemCounts, blockOrigins].map((t) => deps.db.delete(t).where(eq(t.waveId, waveId))),
    deps.db.update(invitations).set({ legacyUsed: false }).where(eq(invitations.waveId, waveId)),
  ]);
}
