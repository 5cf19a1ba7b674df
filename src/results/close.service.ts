import { and, eq, inArray } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { jsonChunks, runBatch, type Statement } from '../db/client';
import { fromJsonRows } from '../db/json-rows';
import { blocks, comments, invitations, sealedAnswers, teams, usedLinks, viewResults, waveExposure, waves, type Role } from '../db/schema';
import type { Deps } from '../deps';
import { AppError } from '../lib/errors';
import { newId, shuffle } from '../lib/random';
import { questionsFor } from '../survey/questions';
import { unseal } from '../survey/seal';
import { getWaveRow, type WaveRow } from '../waves/waves.service';
import type { BuiltWave, TeamAnswers } from './blocks';
import { decideWave, type InvitedPeople } from './decide';
import { Exposure } from './exposure';
import { loadKnownSets, sealKnownSets } from './history';
import { addTally, cellKey, emptyTally, tallyAnswers } from './tally';

/** Statements per batch while results are written; the last batch alone flips the wave to closed. */
const STATEMENTS_PER_BATCH = 400;

/**
 * Closes a wave (DESIGN rules 2–8): opens the sealed answers, tallies each team's own respondents, partitions the wave
 * into blocks of ≥ k checked against the history of earlier waves, and writes per published view only its sufficient
 * statistics — no answer sheet of anyone survives the close. Then deletes the sealed rows and the used markers and
 * checkpoints the WAL.
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

  const own = await tallySealed(deps, wave);
  const teamRows = await deps.db.select({ id: teams.id, parentId: teams.parentId }).from(teams);
  const invited = await invitedPeople(deps, waveId);

  const exposure = new Exposure(wave.k, await loadKnownSets(deps, waveId));
  const { built, views, known } = decideWave({ teams: teamRows, k: wave.k, own, invited, exposure });
  const rows = views.map((v) => [waveId, v.teamId, v.role, v.published ? 1 : 0, v.reason, v.respondents, v.invited, v.measures, v.counts]);
  const statements = [...blockStatements(deps, waveId, built), ...insertRows(deps, viewResults, 9, rows)];
  if (known.length > 0) statements.push(deps.db.insert(waveExposure).values({ waveId, payload: await sealKnownSets(deps, known) }));
  for (let i = 0; i < statements.length; i += STATEMENTS_PER_BATCH) {
    await runBatch(deps.db, statements.slice(i, i + STATEMENTS_PER_BATCH));
  }
  await runBatch(deps.db, [
    deps.db.delete(sealedAnswers).where(eq(sealedAnswers.waveId, waveId)),
    deps.db.delete(usedLinks).where(eq(usedLinks.waveId, waveId)),
    deps.db.update(waves).set({ status: 'closed', leftOut: built.leftOut }).where(and(eq(waves.id, waveId), eq(waves.status, 'closing'))),
  ]);
  await deps.checkpoint?.();
}

/** Every sealed answer of the wave, opened and added to its team's tally (by role and use group) and comments. */
async function tallySealed(deps: Deps, wave: WaveRow): Promise<Map<string, TeamAnswers>> {
  const questions = questionsFor(wave.module, wave.bankVersion);
  const textIds = new Set(questions.filter((q) => q.kind === 'text').map((q) => q.id));
  const sealed = await deps.db.select().from(sealedAnswers).where(eq(sealedAnswers.waveId, wave.id));
  const own = new Map<string, TeamAnswers>();
  for (const row of sealed) {
    const { teamId, role, answers } = await unseal(deps.keys, new Uint8Array(row.payload));
    let team = own.get(teamId);
    if (!team) own.set(teamId, (team = { cells: {}, comments: [] }));
    const closed: Record<string, unknown> = {};
    for (const [questionId, value] of Object.entries(answers)) {
      if (!textIds.has(questionId)) closed[questionId] = value;
      else if (typeof value === 'string' && value.trim()) team.comments.push({ questionId, text: value.trim() });
    }
    // One respondent's tally, added into the cell: the person's own numbers exist only inside this loop.
    const tally = emptyTally();
    const group = tallyAnswers(tally, questions, closed);
    addTally((team.cells[cellKey(role as Role, group)] ??= emptyTally()), tally);
  }
  return own;
}

/** Who was invited, per team (own members) and per role: the memberships of known sets. */
async function invitedPeople(deps: Deps, waveId: string): Promise<InvitedPeople> {
  const rows = await deps.db
    .select({ staffId: invitations.staffId, teamId: invitations.teamId, role: invitations.role })
    .from(invitations)
    .where(eq(invitations.waveId, waveId));
  const byTeam = new Map<string, string[]>();
  const byRole = new Map<Role, string[]>();
  for (const r of rows) {
    const team = byTeam.get(r.teamId);
    if (team) team.push(r.staffId);
    else byTeam.set(r.teamId, [r.staffId]);
    const role = byRole.get(r.role);
    if (role) role.push(r.staffId);
    else byRole.set(r.role, [r.staffId]);
  }
  return { byTeam, byRole };
}

async function clearResults(deps: Deps, waveId: string) {
  await runBatch(
    deps.db,
    [blocks, comments, viewResults, waveExposure].map((table) => deps.db.delete(table).where(eq(table.waveId, waveId))),
  );
}

/**
 * Rows go in through one JSON parameter per chunk (fromJsonRows), as tuples in the table's column order: a large
 * wave's comments are then a few statements instead of thousands of 100-parameter VALUES lists.
 */
function insertRows(deps: Deps, table: SQLiteTable, width: number, rows: unknown[][]): Statement[] {
  return jsonChunks(rows).map((json) => deps.db.insert(table).select(fromJsonRows(width, json)) as Statement);
}

function blockStatements(deps: Deps, waveId: string, built: BuiltWave): Statement[] {
  const ids = built.blocks.map(() => newId(deps.random));
  // New ids and a shuffled order: nothing about a stored comment says when it arrived or whose it was.
  const commentRows = shuffle(
    deps.random,
    built.blocks.flatMap((b, i) => b.comments.map((c) => [newId(deps.random), waveId, ids[i], c.questionId, c.text])),
  );
  return [
    ...insertRows(deps, blocks, 5, built.blocks.map((b, i) => [ids[i], waveId, b.teamId, null, b.respondents])),
    ...insertRows(deps, comments, 5, commentRows),
  ];
}
