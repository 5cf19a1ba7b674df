import { and, asc, desc, eq, inArray, isNull, lt, sql, type SQL } from 'drizzle-orm';
import { jsonChunks, runBatch, type Statement } from '../db/client';
import { fromJsonRows } from '../db/json-rows';
import { FINDINGS_COLUMNS, findings, teams, viewResults, waves } from '../db/schema';
import type { Deps } from '../deps';
import type { TeamRef } from '../teams/tree';
import type { StoredMeasures, ViewRow } from '../results/view-results';
import { byImportance, computeFindings, type Finding, type FindingsInput, type ViewStats } from './findings';

/**
 * Earlier waves a change is measured against: a measure is compared with the last of these in which the team's view
 * was published and had it. Seven waves cover a quarter at a two-week cadence, so the quarterly module's measures
 * find the last retrospective.
 */
export const LOOKBACK = 7;

type WaveRef = { id: string; closedAt: number | null };

/** The team views (all roles) of the closed waves before this one, newest first: published measures only. */
async function earlierViews(deps: Deps, wave: WaveRef): Promise<FindingsInput['earlier']> {
  const before = await deps.db
    .select({ id: waves.id })
    .from(waves)
    .where(and(eq(waves.status, 'closed'), lt(waves.closedAt, wave.closedAt ?? 0)))
    .orderBy(desc(waves.closedAt), desc(waves.id))
    .limit(LOOKBACK);
  if (before.length === 0) return [];
  const rows = await deps.db
    .select({ waveId: viewResults.waveId, teamId: viewResults.teamId, measures: viewResults.measures })
    .from(viewResults)
    .where(and(inArray(viewResults.waveId, before.map((w) => w.id)), eq(viewResults.role, ''), eq(viewResults.published, true)));
  const byWave = new Map(before.map((w) => [w.id, new Map<string, ViewStats>()]));
  for (const r of rows) if (r.measures) byWave.get(r.waveId)!.set(r.teamId, { published: true, measures: JSON.parse(r.measures) as StoredMeasures });
  return before.map((w) => ({ waveId: w.id, views: byWave.get(w.id)! }));
}

/** A finding as a row tuple in the table's column order; `rank` is its place among its team's findings. */
function rowsOf(waveId: string, found: Finding[]): unknown[][] {
  const rank = new Map<string, number>();
  return [...found].sort(byImportance).map((f) => {
    const r = rank.get(f.teamId) ?? 0;
    rank.set(f.teamId, r + 1);
    return [
      waveId,
      f.teamId,
      r,
      f.kind,
      JSON.stringify(f.measures),
      f.direction,
      f.tone,
      f.effect,
      f.low,
      f.high,
      f.value,
      f.compared,
      f.since ?? null,
      f.other ? JSON.stringify(f.other) : null,
      JSON.stringify(f.actions),
    ];
  });
}

/**
 * The findings of a wave being decided, as inserts for the decision's batches (under its claim, `condition`): from
 * the views the decision publishes and the stored views of earlier waves. The caller also sets `findings_at`.
 */
export async function findingsStatements(deps: Deps, wave: WaveRef, views: readonly ViewRow[], teamRows: readonly TeamRef[], condition: SQL): Promise<Statement[]> {
  const current = new Map(
    views.filter((v) => v.role === '').map((v): [string, ViewStats] => [v.teamId, { published: v.published, measures: v.measures ? (JSON.parse(v.measures) as StoredMeasures) : null }]),
  );
  const found = computeFindings({ teams: teamRows, current, earlier: await earlierViews(deps, wave) });
  const rows = rowsOf(wave.id, found);
  if (rows.length > 0 && rows[0].length !== FINDINGS_COLUMNS) throw new Error('findings row does not match the table');
  return jsonChunks(rows).map((json) => deps.db.insert(findings).select(fromJsonRows(FINDINGS_COLUMNS, json, condition)) as Statement);
}

/**
 * Writes the findings of one closed wave that has none yet (closed before findings existed), oldest first; false when
 * every closed wave has its findings. Bounded (one wave) and safe to repeat: delete and insert in one batch.
 */
export async function backfillFindingsStep(deps: Deps): Promise<boolean> {
  const [wave] = await deps.db
    .select({ id: waves.id, closedAt: waves.closedAt })
    .from(waves)
    .where(and(eq(waves.status, 'closed'), isNull(waves.findingsAt)))
    .orderBy(asc(waves.closedAt))
    .limit(1);
  if (!wave) return false;
  const teamRows = await deps.db.select({ id: teams.id, parentId: teams.parentId }).from(teams);
  const stored = await deps.db.select().from(viewResults).where(and(eq(viewResults.waveId, wave.id), eq(viewResults.role, '')));
  const known = new Set(teamRows.map((t) => t.id));
  const views = stored.filter((v) => known.has(v.teamId)) as ViewRow[];
  const inserts = teamRows.length > 0 ? await findingsStatements(deps, wave, views, teamRows, sql`true`) : [];
  await runBatch(deps.db, [
    deps.db.delete(findings).where(eq(findings.waveId, wave.id)),
    ...inserts,
    deps.db.update(waves).set({ findingsAt: deps.clock.now() }).where(eq(waves.id, wave.id)),
  ]);
  return true;
}
