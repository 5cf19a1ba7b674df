import { and, count, eq, inArray } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { jsonChunks, runBatch, type Statement } from '../db/client';
import { fromJsonRows } from '../db/json-rows';
import {
  aggregates,
  blockOrigins,
  blocks,
  comments,
  invitations,
  itemCounts,
  responses,
  sealedAnswers,
  teams,
  viewResults,
  waves,
  type Role,
} from '../db/schema';
import type { Deps } from '../deps';
import { AppError } from '../lib/errors';
import { newId, shuffle } from '../lib/random';
import { questionsFor } from '../survey/questions';
import { unseal } from '../survey/seal';
import { getWaveRow, type WaveRow } from '../waves/waves.service';
import { buildBlocks, type BuiltBlock } from './blocks';
import { computeViews } from './view-results';

/** Statements per batch while results are written; the last batch alone flips the wave to closed. */
const STATEMENTS_PER_BATCH = 400;

/**
 * Closes a wave (DESIGN rules 2–3): opens the sealed answers, partitions the respondents into blocks of ≥ k,
 * writes each response with only its block under a new id in shuffled order, writes the per-block aggregates and
 * the per-view results, deletes the sealed rows and checkpoints the WAL.
 *
 * The wave is 'closing' while this runs, which already stops answers. Results are written in several batches
 * (a wave of 60,000 does not fit one D1 batch); a crash leaves the wave 'closing' with the sealed rows intact,
 * and running close again deletes the partial results and starts over. Only the final batch deletes the sealed
 * rows and marks the wave closed, so answers are never lost and never counted twice.
 */
export async function closeWave(deps: Deps, id: string): Promise<WaveRow> {
  const wave = await getWaveRow(deps, id);
  if (wave.status === 'closed') throw new AppError('CONFLICT', 'the wave is already closed');
  // Only the call that moves the wave to 'closing' finishes it: two overlapping finishers would write every block
  // twice. A close that crashed is taken over by the scheduler's tick, which claims it by its closedAt.
  const [claimed] = await deps.db
    .update(waves)
    .set({ status: 'closing', closedAt: deps.clock.now() })
    .where(and(eq(waves.id, id), inArray(waves.status, ['open', 'opening'])))
    .returning();
  if (!claimed) throw new AppError('CONFLICT', 'the wave is already being closed');
  await finishClosing(deps, id);
  return getWaveRow(deps, id);
}

/** Turns a 'closing' wave's sealed answers into results. Safe to run again after a crash. */
export async function finishClosing(deps: Deps, waveId: string): Promise<void> {
  const wave = await getWaveRow(deps, waveId);
  if (wave.status !== 'closing') return;
  await clearResults(deps, waveId);

  const sealed = await deps.db.select().from(sealedAnswers).where(eq(sealedAnswers.waveId, waveId));
  const payloads = await Promise.all(sealed.map((row) => unseal(deps.keys, new Uint8Array(row.payload))));
  const teamRows = await deps.db.select({ id: teams.id, parentId: teams.parentId }).from(teams);
  const questions = questionsFor(wave.module, wave.bankVersion);
  const built = buildBlocks(
    payloads.map((p) => ({ teamId: p.teamId, role: p.role as Role, answers: p.answers })),
    teamRows,
    wave.k,
    questions,
  );

  const invitedRows = await deps.db
    .select({ teamId: invitations.teamId, role: invitations.role, n: count() })
    .from(invitations)
    .where(eq(invitations.waveId, waveId))
    .groupBy(invitations.teamId, invitations.role);
  const invitedBy = new Map(invitedRows.map((r) => [`${r.teamId}/${r.role}`, r.n]));
  const views = computeViews(built, teamRows, wave.k, invitedBy).map((v) => [
    waveId, v.teamId, v.role, v.published ? 1 : 0, v.reason, v.respondents, v.invited, v.measures,
  ]);
  const statements = [...blockStatements(deps, waveId, built), ...insertRows(deps, viewResults, 8, views)];
  for (let i = 0; i < statements.length; i += STATEMENTS_PER_BATCH) {
    await runBatch(deps.db, statements.slice(i, i + STATEMENTS_PER_BATCH));
  }
  await runBatch(deps.db, [
    deps.db.delete(sealedAnswers).where(eq(sealedAnswers.waveId, waveId)),
    deps.db.update(waves).set({ status: 'closed' }).where(and(eq(waves.id, waveId), eq(waves.status, 'closing'))),
  ]);
  await deps.checkpoint?.();
}

async function clearResults(deps: Deps, waveId: string) {
  await runBatch(
    deps.db,
    [blocks, blockOrigins, responses, comments, aggregates, itemCounts, viewResults].map((table) =>
      deps.db.delete(table).where(eq(table.waveId, waveId)),
    ),
  );
}

/**
 * Rows go in through one JSON parameter per chunk (fromJsonRows), as tuples in the table's column order: a wave of
 * 60,000 answers is then a few hundred statements instead of thousands of 100-parameter VALUES lists.
 */
function insertRows(deps: Deps, table: SQLiteTable, width: number, rows: unknown[][]): Statement[] {
  return jsonChunks(rows).map((json) => deps.db.insert(table).select(fromJsonRows(width, json)) as Statement);
}

function blockStatements(deps: Deps, waveId: string, built: BuiltBlock[]): Statement[] {
  const ids = built.map(() => newId(deps.random));
  // New ids and a shuffled order: nothing about a stored response says when it arrived or whose it was.
  const responseRows = shuffle(
    deps.random,
    built.flatMap((b, i) => b.answers.map((a) => [newId(deps.random), waveId, ids[i], JSON.stringify(a)])),
  );
  const commentRows = shuffle(
    deps.random,
    built.flatMap((b, i) => b.comments.map((c) => [newId(deps.random), waveId, ids[i], c.questionId, c.text])),
  );
  return [
    ...insertRows(deps, blocks, 5, built.map((b, i) => [ids[i], waveId, b.teamId, b.role, b.respondents])),
    ...insertRows(deps, blockOrigins, 4, built.flatMap((b, i) => b.origins.map((o) => [waveId, ids[i], o.teamId, o.role]))),
    ...insertRows(deps, responses, 4, responseRows),
    ...insertRows(deps, comments, 5, commentRows),
    ...insertRows(deps, aggregates, 6, built.flatMap((b, i) => Object.entries(b.aggregates).map(([m, a]) => [waveId, ids[i], m, a.n, a.sum, a.sumSq]))),
    ...insertRows(deps, itemCounts, 5, built.flatMap((b, i) => b.itemCounts.map((c) => [waveId, ids[i], c.questionId, c.value, c.count]))),
  ];
}
