import { and, asc, count, desc, eq, gt, gte, isNull, sql } from 'drizzle-orm';
import { record } from '../audit/audit.service';
import { SCHEDULER, SYSTEM, type Actor } from '../audit/chain';
import { invitations, staff, teams, usedLinks, viewResults, waves } from '../db/schema';
import type { Deps } from '../deps';
import { sha256 } from '../lib/crypto';
import { notFound, problemError } from '../lib/errors';
import { linkToken } from '../lib/keys';
import { newId, orderedId } from '../lib/random';
import { jsonChunks, runBatch } from '../db/client';
import { fromJsonRows } from '../db/json-rows';
import { deliverDue, queueMessages } from '../mail/delivery';
import { getQuarterlyModule, getThresholds } from '../settings/settings';
import { quarterBounds, quarterOf } from '../lib/quarter';
import { moduleFor } from './module';
import { BANK } from '../survey/questions';
import { currentTranslations } from '../survey/translations';
import { codeHash, letterCode } from '../codes/codes';

/** Invitations are written this many at a time: each chunk is one atomic batch with its messages. */
export const INVITATION_CHUNK = 1000;

export interface OpenWaveInput {
  closesAt: number;
  title?: string;
  /** Left out, the `quarterlyModule` setting decides (see `moduleFor`): the first wave of a quarter is a retrospective. */
  module?: 'pulse' | 'quarterly';
  /** The scheduler's slot key: a second tick for the same slot finds the wave instead of opening another. */
  slot?: string;
  /**
   * An admin request's Idempotency-Key: the same request sent again (a double click, a retry after a crash or a
   * timeout) finds the wave it opened, and finishes opening it if a crash left it half-written.
   */
  idempotencyKey?: string;
  /** Reminder offsets in ms after opening. */
  reminders?: number[];
  /** Who opens it, for the audit log (the scheduler, an admin; `system` when code does, e.g. the demo seed). */
  actor?: Actor;
  /**
   * Open it although another wave is running: everyone would be invited a second time, so this must be asked for
   * explicitly (a 409 `wave_running` otherwise).
   */
  allowParallel?: boolean;
}

export type WaveRow = typeof waves.$inferSelect;

/** Where a request's Idempotency-Key is kept: in the slot column, hashed (it is the client's string, of any shape). */
const requestSlot = (key: string) => `request:${sha256(key)}`;

const BUSY = 'another wave is being opened; try again in a few minutes, or resend that request with its Idempotency-Key to finish it';
const busy = () => problemError('CONFLICT', 'wave_opening', BUSY);

/**
 * Opens a wave: one invitation per active person, each with its queued mail. Written in chunks (a wave of
 * 100,000 does not fit one batch); the wave stays 'opening' until all are written, and nothing is mailed
 * before it is 'open', so a crash half-way is finished by `resumeOpening` without doubling anyone.
 *
 * Idempotent by its slot or Idempotency-Key: a repeated request gets the wave it opened (finished if need be), never
 * a second one. While any other wave is 'opening', a new one is refused with 409 (the `waves_one_opening_idx` index
 * holds that even for two requests at the same instant).
 */
export async function openWave(deps: Deps, input: OpenWaveInput): Promise<WaveRow> {
  const now = deps.clock.now();
  const slot = input.slot ?? (input.idempotencyKey !== undefined ? requestSlot(input.idempotencyKey) : undefined);
  const earlier = slot ? await findBySlot(deps, slot) : undefined;
  if (earlier) {
    if (input.idempotencyKey !== undefined && !sameRequest(earlier, input)) {
      throw problemError('UNPROCESSABLE', 'idempotency_key_reused', 'this Idempotency-Key was used for a different request; use a new key for a new wave');
    }
    return resumeOpening(deps, earlier);
  }
  const [opening] = await deps.db.select({ id: waves.id }).from(waves).where(eq(waves.status, 'opening')).limit(1);
  if (opening) throw busy();
  if (!(input.closesAt > now)) throw problemError('UNPROCESSABLE', 'closes_at_past', 'closesAt must be in the future', { path: 'closesAt' });
  if (!input.allowParallel) {
    const running = await runningWave(deps, now);
    if (running) {
      throw problemError('CONFLICT', 'wave_running', `the wave "${running.title}" is still running; close it first, or send allowParallel: true to invite everyone a second time`, {
        waveId: running.id,
        title: running.title,
      });
    }
  }
  const [{ active }] = await deps.db.select({ active: count() }).from(staff).where(eq(staff.active, true));
  if (active === 0) throw problemError('UNPROCESSABLE', 'no_active_staff', 'there is no active staff to invite: import staff first');

  const { k, kComments } = await getThresholds(deps);
  const id = newId(deps.random);
  const inserted = await deps.db
    .insert(waves)
    .values({
      id,
      title: input.title?.trim() || defaultTitle(now),
      status: 'opening',
      openedAt: now,
      closesAt: input.closesAt,
      k,
      kComments,
      bankVersion: BANK.version,
      translations: JSON.stringify(currentTranslations(BANK.version)),
      module: input.module ?? (await defaultModule(deps, now)),
      invited: 0,
      slot: slot ?? null,
      reminders: JSON.stringify(input.reminders ?? []),
    })
    .onConflictDoNothing()
    .returning();
  // Nothing inserted: a concurrent request with the same slot or key won (finish its wave), or another wave is
  // being opened (the one-opening index refused this one).
  const wave = inserted[0] ?? (slot ? await findBySlot(deps, slot) : undefined);
  if (!wave) throw busy();
  return resumeOpening(deps, wave, input.actor ?? SYSTEM);
}

/** Whether a repeated request asks for the wave it opened: the same closing time, and title and module where given. */
function sameRequest(wave: WaveRow, input: OpenWaveInput): boolean {
  return (
    wave.closesAt === input.closesAt &&
    (input.title === undefined || wave.title === input.title.trim()) &&
    (input.module === undefined || wave.module === input.module)
  );
}

/** The wave taking answers at `now`, if any (an open wave past its end is only waiting for the closer). */
export async function runningWave(deps: Deps, now: number): Promise<WaveRow | undefined> {
  const [row] = await deps.db
    .select()
    .from(waves)
    .where(and(eq(waves.status, 'open'), gt(waves.closesAt, now)))
    .orderBy(desc(waves.openedAt))
    .limit(1);
  return row;
}

async function defaultModule(deps: Deps, now: number) {
  const since = quarterBounds(quarterOf(now)).start;
  const opened = await deps.db.select({ openedAt: waves.openedAt }).from(waves).where(gte(waves.openedAt, since));
  return moduleFor(now, opened.map((w) => w.openedAt), await getQuarterlyModule(deps));
}

const defaultTitle = (now: number) => `Puls ${new Date(now).toISOString().slice(0, 10)}`;

async function findBySlot(deps: Deps, slot: string) {
  const [row] = await deps.db.select().from(waves).where(eq(waves.slot, slot));
  return row;
}

/** Mails sent before an admin's "open" returns; the rest go out with the next scheduler tick. */
const INLINE_BATCHES = 20;

/** What the API and the admin page do: open the wave, then send its first mails at once. */
export async function openWaveAndSend(deps: Deps, input: OpenWaveInput): Promise<WaveRow> {
  const wave = await openWave(deps, input);
  await deliverDue(deps, { maxBatches: INLINE_BATCHES });
  return wave;
}

/**
 * Writes the invitations a wave still lacks, then marks it open. Safe to run again after a crash. Whoever flips it
 * to 'open' logs it (so a wave is logged once even when two ticks finish it). People on the print channel get an
 * invitation with the keyed hash of their letter's code and no mail: their letters are printed from the wave page.
 */
export async function resumeOpening(deps: Deps, wave: WaveRow, actor: Actor = SCHEDULER): Promise<WaveRow> {
  if (wave.status !== 'opening') return wave;
  let after = '';
  for (;;) {
    // Keyset order by id, so each chunk starts where the last ended instead of rescanning everyone invited so far.
    const people = await deps.db
      .select({ id: staff.id, email: staff.email, channel: staff.channel, teamId: staff.teamId, role: staff.role, language: staff.language })
      .from(staff)
      .where(
        and(
          eq(staff.active, true),
          gt(staff.id, after),
          sql`not exists (select 1 from ${invitations} where ${invitations.waveId} = ${wave.id} and ${invitations.staffId} = ${staff.id})`,
        ),
      )
      .orderBy(asc(staff.id))
      .limit(INVITATION_CHUNK);
    if (people.length === 0) break;
    after = people[people.length - 1].id;
    const rows = people.map((p) => {
      const id = orderedId(deps.random, deps.clock.now());
      const mailTo = p.channel === 'email' ? p.email : null;
      const code = mailTo ? null : codeHash(deps.keys, letterCode(deps.keys, id));
      return { person: p, id, tokenHash: sha256(linkToken(deps.keys, 'survey', id)), mailTo, code };
    });
    // Tuples in the table's column order: id, wave, staff, team, role, language, token hash, legacy used, reminders
    // sent, code hash.
    const tuples = rows.map((r) => [r.id, wave.id, r.person.id, r.person.teamId, r.person.role, r.person.language, r.tokenHash, 0, 0, r.code]);
    const inviteStatements = jsonChunks(tuples).map((json) => deps.db.insert(invitations).select(fromJsonRows(10, json)));
    const messageStatements = queueMessages(
      deps,
      rows.flatMap((r) => (r.mailTo ? [{ ...r, mailTo: r.mailTo }] : [])).map((r) => ({
        kind: 'invitation' as const,
        waveId: wave.id,
        invitationId: r.id,
        recipient: r.mailTo,
        language: r.person.language,
        idempotencyKey: `invitation/${r.id}`,
      })),
      `invitation/${wave.id}/${newId(deps.random)}`,
    );
    await runBatch(deps.db, [...inviteStatements, ...messageStatements]);
  }
  const [opened] = await deps.db
    .update(waves)
    .set({ status: 'open', invited: sql`(select count(*) from ${invitations} where ${invitations.waveId} = ${wave.id})` })
    .where(and(eq(waves.id, wave.id), eq(waves.status, 'opening')))
    .returning();
  if (opened) {
    const { title, module, k, kComments, invited } = opened;
    const closesAt = new Date(opened.closesAt).toISOString();
    await record(deps, { actor, action: 'wave.opened', target: opened.id, details: { title, module, k, kComments, closesAt, invited } });
  }
  return opened ?? (await getWaveRow(deps, wave.id));
}

export async function getWaveRow(deps: Deps, id: string): Promise<WaveRow> {
  const [row] = await deps.db.select().from(waves).where(eq(waves.id, id));
  if (!row) throw notFound('wave');
  return row;
}

/**
 * Logs that a wave closed, with the thresholds its results were published under. Called by whoever closed it (an
 * admin, the scheduler), after the close finished; nothing about who or how many answered.
 */
export async function recordClosed(deps: Deps, actor: Actor, waveId: string): Promise<void> {
  const wave = await getWaveRow(deps, waveId);
  if (wave.status !== 'closed') return;
  await record(deps, { actor, action: 'wave.closed', target: wave.id, details: { title: wave.title, k: wave.k, kComments: wave.kComments } });
}

/** How many used their link in a running wave, company-wide (a count of markers: nobody's marker says whose it is). */
export async function respondedCount(deps: Deps, waveId: string): Promise<number> {
  const [{ n }] = await deps.db.select({ n: count() }).from(usedLinks).where(eq(usedLinks.waveId, waveId));
  return n;
}

/**
 * A running wave's company-wide count as readers may see it (DESIGN rule 8): only from k answers on, so nobody learns
 * whether one of the first few colleagues answered. Null below k. A closed wave's count is its published company view.
 */
export async function visibleResponded(deps: Deps, wave: WaveRow): Promise<number | null> {
  if (wave.status !== 'open' && wave.status !== 'closing') return null;
  const n = await respondedCount(deps, wave.id);
  return n >= wave.k ? n : null;
}

async function companyRespondents(deps: Deps, waveId: string): Promise<number | null> {
  const [row] = await deps.db
    .select({ n: viewResults.respondents })
    .from(viewResults)
    .innerJoin(teams, eq(teams.id, viewResults.teamId))
    .where(and(eq(viewResults.waveId, waveId), isNull(teams.parentId), eq(viewResults.role, '')));
  return row?.n ?? null;
}

export async function listWaves(deps: Deps): Promise<WaveRow[]> {
  return deps.db.select().from(waves).orderBy(desc(waves.openedAt));
}

/**
 * The API's view of a wave. `responded` is the company-wide count of a running wave from k answers on (null below
 * k); for a closed wave it is the respondents counted in the published company view, `leftOut` those in no number.
 */
export async function describeWave(deps: Deps, wave: WaveRow) {
  return {
    id: wave.id,
    title: wave.title,
    status: wave.status,
    invited: wave.invited,
    responded: wave.status === 'closed' ? await companyRespondents(deps, wave.id) : await visibleResponded(deps, wave),
    leftOut: wave.status === 'closed' ? wave.leftOut : null,
    openedAt: new Date(wave.openedAt).toISOString(),
    closesAt: new Date(wave.closesAt).toISOString(),
    closedAt: wave.closedAt ? new Date(wave.closedAt).toISOString() : null,
    k: wave.k,
  };
}
