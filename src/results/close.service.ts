import { and, asc, eq, gt, inArray, sql, type SQL } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { jsonChunks, runBatch, type Statement } from '../db/client';
import { fromJsonRows, inJson } from '../db/json-rows';
import { blocks, closeStaging, comments, findings, invitations, sealedAnswers, teamCodeBatches, teamCodes, teams, usedCodes, usedLinks, viewResults, waveExposure, waves, type Role } from '../db/schema';
import type { Deps } from '../deps';
import { fromBase64, toBase64Url } from '../lib/crypto';
import { problemError } from '../lib/errors';
import { digestStatements } from '../insights/digest';
import { findingsStatements } from '../insights/write';
import { keyedId } from '../lib/keys';
import { newId, shuffle } from '../lib/random';
import { questionsFor } from '../survey/questions';
import { decrypt, encrypt, unseal } from '../survey/seal';
import { getWaveRow, type WaveRow } from '../waves/waves.service';
import { mergeAnswers, type BuiltWave, type TeamAnswers } from './blocks';
import { decideWave, type InvitedPeople } from './decide';
import { Exposure } from './exposure';
import { loadKnownSets, sealKnownSets } from './history';
import { scoreResponse } from './stats';
import { addScores, cellKey, emptyTally, useGroupOf } from './tally';

/**
 * Closing a wave (DESIGN rules 2–8) in bounded, resumable steps, the same on Node and on Workers:
 *
 * 1. *Tally*: a step opens one page of sealed answers (in id order) and adds them to their teams' tallies, kept sealed
 *    in `close_staging` under keyed ids. It moves `waves.close_cursor` by compare-and-set in the same batch as its
 *    writes, which are conditional on that move: a retried or concurrent step never counts a page twice.
 * 2. *Decide*: when no page is left, one step claims the decision (a lease in the cursor), reads the teams' tallies
 *    and writes what `decideWave` publishes: blocks, comments, per-view statistics, the sealed history, and the
 *    findings those views support (src/insights). Its writes carry the claim as a condition; a crashed decision is
 *    taken over after the lease and starts the writes anew.
 * 3. *Finish*: steps delete the sealed answers in chunks, then one batch deletes the tallies and the used markers,
 *    marks the wave closed and queues the leaders' digests.
 * Nothing is readable before the last batch: every reader selects closed waves only. No step holds more than one
 * page of answers (or, deciding, one tally per team) in memory. The tallies add exactly (tally.ts), so the result is
 * the same whatever the page size.
 */
/**
 * Answers per tally step. D1 hands a BLOB back as a JSON array of numbers (characters of transport and a JS number per
 * byte), so a page takes several times its stored size (~4.6 KB an answer) in the isolate, besides the tallies of the
 * teams it touches. With 500, a close of 60,000 answers of 100,000 invited kept the isolate's live heap below 100 MB
 * under `wrangler dev` (bench/worker.bench.ts; Workers allow 128 MB); pages of 250 saved little and took more steps.
 */
export const CLOSE_PAGE = 500;
const DELETE_CHUNK = 5000;
const DECIDE_LEASE_MS = 2 * 60_000;
/** Statements per batch while results are written. */
const STATEMENTS_PER_BATCH = 400;

export type CloseStep = 'more' | 'busy' | 'closed' | 'idle';

/**
 * Closes a wave now (the API, the admin page, the scheduler): moves it to 'closing' and runs steps until it is closed
 * or `deadline` (a `performance.now()` time) has passed — on Workers the cron tick carries on from there. A wave that
 * a crash left 'closing' is carried on at once.
 */
export async function closeWave(
  deps: Deps,
  id: string,
  options: { deadline?: number; pageSize?: number } = {},
): Promise<WaveRow & { closedNow: boolean }> {
  const wave = await getWaveRow(deps, id);
  if (wave.status === 'closed') throw problemError('CONFLICT', 'wave_closed', 'the wave is already closed');
  if (wave.status !== 'closing') {
    const [claimed] = await deps.db
      .update(waves)
      .set({ status: 'closing', closedAt: deps.clock.now() })
      .where(and(eq(waves.id, id), inArray(waves.status, ['open', 'opening'])))
      .returning();
    if (!claimed && (await getWaveRow(deps, id)).status === 'closed') throw problemError('CONFLICT', 'wave_closed', 'the wave is already closed');
  }
  const deadline = options.deadline ?? (deps.closeBudgetMs === undefined ? undefined : performance.now() + deps.closeBudgetMs);
  const closedNow = await runCloseSteps(deps, id, { ...options, deadline });
  return { ...(await getWaveRow(deps, id)), closedNow };
}

/**
 * Runs steps until the wave is closed, another step holds it, or the deadline passed. True only for the call whose
 * step closed it, so whoever gets true records the close (once).
 *
 * Without a deadline (Node) the pages are tallied in memory, one page at a time, and not written to the staging table
 * between them: that table is for invocations that must stop (Workers). A crash then starts the tally over from the
 * sealed answers (or from where a stepped close left its staging); the decision and the clean-up are the same steps.
 */
export async function runCloseSteps(deps: Deps, waveId: string, options: { deadline?: number; pageSize?: number } = {}): Promise<boolean> {
  if (options.deadline === undefined) await tallyInMemory(deps, waveId, options.pageSize ?? IN_MEMORY_PAGE);
  for (;;) {
    const result = await closeStep(deps, waveId, options.pageSize);
    if (result !== 'more') return result === 'closed';
    if (options.deadline !== undefined && performance.now() > options.deadline) return false;
    if (deps.queriesMade !== undefined && deps.queriesMade() > CLOSE_QUERIES) return false;
  }
}

/**
 * Workers: a close stops taking steps once its invocation has made this many D1 queries (of the 1,000 allowed), so
 * the step it is in, and the tick's sending after it, stay below the limit. A step makes at most a few dozen.
 */
export const CLOSE_QUERIES = 500;

/** Pages read at once when a close runs to the end in one process. */
const IN_MEMORY_PAGE = 10_000;

/** Tallies every page left in memory and makes the decision (if the wave is still at its tally). */
async function tallyInMemory(deps: Deps, waveId: string, pageSize: number): Promise<void> {
  const [wave] = await deps.db.select().from(waves).where(eq(waves.id, waveId));
  if (!wave || wave.status !== 'closing' || !(wave.closeCursor === null || wave.closeCursor.startsWith('tally:'))) return;
  const own = await loadStaging(deps, waveId);
  const questions = questionsFor(wave.module, wave.bankVersion);
  const textIds = new Set(questions.filter((q) => q.kind === 'text').map((q) => q.id));
  let last = wave.closeCursor?.split(':')[1] ?? '';
  for (;;) {
    const page = await deps.db
      .select()
      .from(sealedAnswers)
      .where(and(eq(sealedAnswers.waveId, waveId), gt(sealedAnswers.id, last)))
      .orderBy(asc(sealedAnswers.id))
      .limit(pageSize);
    if (page.length === 0) break;
    last = page[page.length - 1].id;
    for (const row of page) {
      const { teamId, role, answers } = await unseal(deps.keys, new Uint8Array(row.payload));
      addRespondent(own, teamId, role as Role, answers, questions, textIds);
    }
  }
  await claimDecision(deps, wave, wave.closeCursor, own);
}

/** One bounded step of a closing wave: 'closed' only for the step that closed it, 'idle' when there is nothing to do. */
export async function closeStep(deps: Deps, waveId: string, pageSize = CLOSE_PAGE): Promise<CloseStep> {
  const [wave] = await deps.db.select().from(waves).where(eq(waves.id, waveId));
  if (!wave || wave.status !== 'closing') return 'idle';
  const cursor = wave.closeCursor;
  if (cursor === 'decided') return finishStep(deps, waveId);
  if (cursor?.startsWith('deciding:')) {
    const since = Number(cursor.split(':')[2]);
    if (deps.clock.now() - since < DECIDE_LEASE_MS) return 'busy';
    return (await claimDecision(deps, wave, cursor, await loadStaging(deps, waveId))) ? 'more' : 'busy';
  }
  return tallyStep(deps, wave, pageSize);
}

/** The cursor as a condition: null-safe equality. */
const cursorIs = (value: string | null): SQL => (value === null ? sql`${waves.closeCursor} is null` : sql`${waves.closeCursor} = ${value}`);
const cursorNow = (waveId: string, value: string): SQL => sql`(select ${waves.closeCursor} from ${waves} where ${waves.id} = ${waveId}) = ${value}`;

async function tallyStep(deps: Deps, wave: WaveRow, pageSize: number): Promise<CloseStep> {
  const cursor = wave.closeCursor;
  const last = cursor?.startsWith('tally:') ? cursor.split(':')[1] : '';
  const page = await deps.db
    .select()
    .from(sealedAnswers)
    .where(and(eq(sealedAnswers.waveId, wave.id), gt(sealedAnswers.id, last)))
    .orderBy(asc(sealedAnswers.id))
    .limit(pageSize);
  if (page.length === 0) return (await claimDecision(deps, wave, cursor, await loadStaging(deps, wave.id))) ? 'more' : 'busy';

  const questions = questionsFor(wave.module, wave.bankVersion);
  const textIds = new Set(questions.filter((q) => q.kind === 'text').map((q) => q.id));
  const pageTeams = new Map<string, TeamAnswers>();
  for (const row of page) {
    const { teamId, role, answers } = await unseal(deps.keys, new Uint8Array(row.payload));
    addRespondent(pageTeams, teamId, role as Role, answers, questions, textIds);
  }
  const ids = new Map([...pageTeams.keys()].map((teamId) => [keyedId(deps.keys, `close/${wave.id}`, teamId), teamId]));
  const stored = await deps.db
    .select()
    .from(closeStaging)
    .where(inJson(closeStaging.id, [...ids.keys()]));
  for (const row of stored) mergeAnswers(pageTeams.get(ids.get(row.id)!)!, (await openStaging(deps, row.payload)).answers);

  const next = `tally:${page[page.length - 1].id}:${newId(deps.random)}`;
  const rows: string[][] = [];
  for (const [id, teamId] of ids) rows.push([id, wave.id, await sealStaging(deps, teamId, pageTeams.get(teamId)!)]);
  const [moved] = await runBatch(deps.db, [
    deps.db
      .update(waves)
      .set({ closeCursor: next })
      .where(and(eq(waves.id, wave.id), eq(waves.status, 'closing'), cursorIs(cursor)))
      .returning({ id: waves.id }),
    ...jsonChunks(rows).map((json) =>
      deps.db
        .insert(closeStaging)
        .select(fromJsonRows(3, json, cursorNow(wave.id, next)))
        .onConflictDoUpdate({ target: closeStaging.id, set: { payload: sql`excluded.payload` } }),
    ),
  ]);
  return (moved as unknown[]).length === 1 ? 'more' : 'busy';
}

/**
 * Takes the decision (from the last tally cursor, or from a decider whose lease ran out) and makes it, from every
 * team's complete tally.
 */
async function claimDecision(deps: Deps, wave: WaveRow, from: string | null, own: Map<string, TeamAnswers>): Promise<boolean> {
  const claim = `deciding:${newId(deps.random)}:${deps.clock.now()}`;
  const [won] = await deps.db
    .update(waves)
    .set({ closeCursor: claim })
    .where(and(eq(waves.id, wave.id), eq(waves.status, 'closing'), cursorIs(from)))
    .returning({ id: waves.id });
  if (!won) return false;
  await decide(deps, wave, claim, own);
  return true;
}

/** The staged tallies of a close in steps, per team (empty when none were staged). */
async function loadStaging(deps: Deps, waveId: string): Promise<Map<string, TeamAnswers>> {
  const own = new Map<string, TeamAnswers>();
  let after = '';
  for (;;) {
    const rows = await deps.db
      .select()
      .from(closeStaging)
      .where(and(eq(closeStaging.waveId, waveId), gt(closeStaging.id, after)))
      .orderBy(asc(closeStaging.id))
      .limit(500);
    if (rows.length === 0) return own;
    after = rows[rows.length - 1].id;
    for (const row of rows) {
      const { teamId, answers } = await openStaging(deps, row.payload);
      own.set(teamId, answers);
    }
  }
}

/** Decides what the wave publishes and writes it; only under the claim. */
async function decide(deps: Deps, wave: WaveRow, claim: string, own: Map<string, TeamAnswers>): Promise<void> {
  const held = cursorNow(wave.id, claim);
  await runBatch(
    deps.db,
    [blocks, comments, viewResults, waveExposure, findings].map((table) => deps.db.delete(table).where(and(eq(table.waveId, wave.id), held))),
  );
  const teamRows = await deps.db.select({ id: teams.id, parentId: teams.parentId }).from(teams);
  const exposure = new Exposure(wave.k, await loadKnownSets(deps, wave.id));
  const { built, views, known } = decideWave({ teams: teamRows, k: wave.k, own, invited: await invitedPeople(deps, wave.id), exposure });

  const rows = views.map((v) => [wave.id, v.teamId, v.role, v.published ? 1 : 0, v.reason, v.respondents, v.invited, v.measures, v.counts]);
  const statements = [
    ...blockStatements(deps, wave.id, built, held),
    ...insertRows(deps, viewResults, 9, rows, held),
    ...(await findingsStatements(deps, wave, views, teamRows, held)),
  ];
  if (known.length > 0) {
    const payload = await sealKnownSets(deps, known);
    statements.push(deps.db.insert(waveExposure).select(sql`select ${wave.id}, ${payload} where ${held}`) as Statement);
  }
  for (let i = 0; i < statements.length; i += STATEMENTS_PER_BATCH) {
    await runBatch(deps.db, statements.slice(i, i + STATEMENTS_PER_BATCH));
  }
  await deps.db
    .update(waves)
    .set({ closeCursor: 'decided', leftOut: built.leftOut, findingsAt: deps.clock.now() })
    .where(and(eq(waves.id, wave.id), eq(waves.status, 'closing'), cursorIs(claim)));
}

/** Deletes the sealed answers a chunk at a time, then the tallies and markers, and marks the wave closed. */
async function finishStep(deps: Deps, waveId: string): Promise<CloseStep> {
  const chunk = await deps.db.select({ id: sealedAnswers.id }).from(sealedAnswers).where(eq(sealedAnswers.waveId, waveId)).limit(DELETE_CHUNK);
  if (chunk.length > 0) {
    await deps.db.delete(sealedAnswers).where(inJson(sealedAnswers.id, chunk.map((c) => c.id)));
    return 'more';
  }
  const finishing = sql`exists (select 1 from ${waves} where ${waves.id} = ${waveId} and ${waves.status} = 'closing' and ${waves.closeCursor} = 'decided')`;
  const digests = await digestStatements(deps, waveId, finishing);
  const results = await runBatch(deps.db, [
    deps.db.delete(closeStaging).where(eq(closeStaging.waveId, waveId)),
    deps.db.delete(usedLinks).where(eq(usedLinks.waveId, waveId)),
    deps.db.delete(usedCodes).where(eq(usedCodes.waveId, waveId)),
    deps.db.delete(teamCodes).where(eq(teamCodes.waveId, waveId)),
    // The leaders' and admins' digests (insights/digest.ts), queued with the close that makes their numbers readable:
    // before the wave is marked closed, since they are written only while it is finishing.
    ...digests,
    deps.db
      .update(waves)
      .set({ status: 'closed', closeCursor: null })
      .where(and(eq(waves.id, waveId), eq(waves.status, 'closing'), cursorIs('decided')))
      .returning({ id: waves.id }),
  ]);
  const done = results[results.length - 1];
  await deps.checkpoint?.();
  return (done as unknown[]).length === 1 ? 'closed' : 'idle';
}

/** One respondent into their team's tally for their cell (role × use group); comments apart. */
function addRespondent(
  own: Map<string, TeamAnswers>,
  teamId: string,
  role: Role,
  answers: Record<string, unknown>,
  questions: ReturnType<typeof questionsFor>,
  textIds: ReadonlySet<string>,
) {
  let team = own.get(teamId);
  if (!team) own.set(teamId, (team = { cells: {}, comments: [] }));
  const closed: Record<string, unknown> = {};
  for (const [questionId, value] of Object.entries(answers)) {
    if (!textIds.has(questionId)) closed[questionId] = value;
    else if (typeof value === 'string' && value.trim()) team.comments.push({ questionId, text: value.trim() });
  }
  // Straight into the tally of the person's cell: their own numbers exist only inside this function.
  const scores = scoreResponse(questions, closed);
  addScores((team.cells[cellKey(role, useGroupOf(scores))] ??= emptyTally()), scores, questions, closed);
}

const STAGING = new TextEncoder().encode('puls/close-staging/v1');

async function sealStaging(deps: Deps, teamId: string, answers: TeamAnswers): Promise<string> {
  return toBase64Url(await encrypt(deps.keys, deps.random, new TextEncoder().encode(JSON.stringify({ teamId, answers })), STAGING));
}

async function openStaging(deps: Deps, payload: string): Promise<{ teamId: string; answers: TeamAnswers }> {
  return JSON.parse(new TextDecoder().decode(await decrypt(deps.keys, fromBase64(payload), STAGING)));
}

/**
 * Who was invited, per team (own members) and per role: the memberships of known sets. A team code is nobody's, so
 * each stands for a place `code:<team>:<n>` — the n-th code the team got in this wave, counted over its sheets in the
 * order they were printed. The places are the same in every wave, as if the same people took the codes each time:
 * the strongest reader (the one who handed them out) gets no more than with people, and rule 4 checks it the same.
 * A team whose people and codes all answered is full, like one whose people all did.
 */
async function invitedPeople(deps: Deps, waveId: string): Promise<InvitedPeople> {
  const people = await deps.db
    .select({ staffId: invitations.staffId, teamId: invitations.teamId, role: invitations.role })
    .from(invitations)
    .where(eq(invitations.waveId, waveId));
  const sheets = await deps.db
    .select({ teamId: teamCodeBatches.teamId, role: teamCodeBatches.role, count: teamCodeBatches.count })
    .from(teamCodeBatches)
    .where(eq(teamCodeBatches.waveId, waveId))
    .orderBy(asc(teamCodeBatches.createdAt), asc(teamCodeBatches.id));
  const places = new Map<string, number>();
  const rows = [...people];
  for (const sheet of sheets) {
    for (let i = 0; i < sheet.count; i++) {
      const n = (places.get(sheet.teamId) ?? 0) + 1;
      places.set(sheet.teamId, n);
      rows.push({ staffId: `code:${sheet.teamId}:${n}`, teamId: sheet.teamId, role: sheet.role });
    }
  }
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

/**
 * Rows go in through one JSON parameter per chunk (fromJsonRows), as tuples in the table's column order, and only
 * while the condition holds (the decision's claim).
 */
function insertRows(deps: Deps, table: SQLiteTable, width: number, rows: unknown[][], condition: SQL): Statement[] {
  return jsonChunks(rows).map((json) => deps.db.insert(table).select(fromJsonRows(width, json, condition)) as Statement);
}

function blockStatements(deps: Deps, waveId: string, built: BuiltWave, condition: SQL): Statement[] {
  const ids = built.blocks.map(() => newId(deps.random));
  // New ids and a shuffled order: nothing about a stored comment says when it arrived or whose it was.
  const commentRows = shuffle(
    deps.random,
    built.blocks.flatMap((b, i) => b.comments.map((c) => [newId(deps.random), waveId, ids[i], c.questionId, c.text])),
  );
  return [
    ...insertRows(deps, blocks, 5, built.blocks.map((b, i) => [ids[i], waveId, b.teamId, null, b.respondents]), condition),
    ...insertRows(deps, comments, 5, commentRows, condition),
  ];
}
