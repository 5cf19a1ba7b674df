import { and, asc, count, eq, gt, inArray, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import { messages, waves } from '../db/schema';
import type { Deps } from '../deps';
import { uniform } from '../lib/random';
import { composeGroup, type MessageRow } from './compose';
import type { Mail, SendOutcome } from './mailer';

export { deliveryProgress, queueMessages, type DeliveryProgress, type QueueItem } from './queue';

/** How long a sender owns a claimed group. Longer than a request may take (the Resend mailer gives up at 30 s). */
export const LEASE_MS = 60_000;
/** After this many attempts a group's messages are marked failed. */
export const MAX_ATTEMPTS = 12;
const MAX_BACKOFF_MS = 10 * 60_000;
/** Batch keys of messages that are sent on their own after their batch was rejected. */
const SINGLE = 'single/';

export interface DeliveryResult {
  sent: number;
  failed: number;
  retried: number;
  /** Messages still pending afterwards: due later, waiting for their wave to open, or beyond maxBatches. */
  remaining: number;
}

/**
 * Drains the delivery outbox: picks a due group, claims it with one conditional UPDATE (so two overlapping
 * senders never both send it, and a crashed sender's claim runs out), renders it, and sends it whole under its
 * batch key. Stops when nothing is due, after `maxBatches` requests, or at the first retryable failure: the
 * provider is then unwell or asked us to wait, and the next run continues.
 *
 * Idempotency: every retry of a group is byte-for-byte the same request under the same key, so Resend answers
 * a batch it already accepted without sending it again. A batch rejected as invalid is split into single
 * messages, each sent under its own key; a rejected single is failed with the provider's reason.
 */
export async function deliverDue(
  deps: Deps,
  options: { maxBatches?: number; now?: number; inFlight?: number } = {},
): Promise<DeliveryResult> {
  const at = () => options.now ?? deps.clock.now();
  const maxBatches = options.maxBatches ?? 1000;
  const result: DeliveryResult = { sent: 0, failed: 0, retried: 0, remaining: 0 };
  result.failed += await expireClosedWaves(deps, at());

  // With `inFlight` > 1 the next group is claimed and rendered while a batch is on the wire. Claims are atomic, so
  // senders never share a group; a retryable failure stops them all (the provider is struggling).
  const pass = { requests: 0, misses: 0, stop: false };
  const sender = async () => {
    while (!pass.stop && pass.requests < maxBatches && pass.misses < 100) {
      pass.requests++; // reserved before the claim, so maxBatches holds with several senders
      const sent = await sendOneGroup(deps, result, at);
      if (sent !== 'sent') pass.requests--;
      if (sent === 'none') return;
      if (sent === 'missed') pass.misses++; // another sender took it between our pick and our claim
      if (sent === 'stop') pass.stop = true;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.inFlight ?? 1) }, sender));

  const [{ n }] = await deps.db.select({ n: count() }).from(messages).where(eq(messages.status, 'pending'));
  result.remaining = n;
  return result;
}

/** Picks, claims, renders and sends one due group. */
async function sendOneGroup(
  deps: Deps,
  result: DeliveryResult,
  at: () => number,
): Promise<'none' | 'missed' | 'empty' | 'sent' | 'stop'> {
  const now = at();
  const batchKey = await pickDueGroup(deps, now);
  if (!batchKey) return 'none';
  const lease = now + LEASE_MS;
  const rows = await claim(deps, batchKey, now, lease);
  if (rows.length === 0) return 'missed';
  const group = await composeGroup(deps, rows, { firstAttempt: rows.every((r) => r.attempts === 1), now });
  const setAside = [
    ...group.moot.map((row) => deps.db.delete(messages).where(eq(messages.id, row.id))),
    ...group.broken.map(({ row, reason }) => fail(deps, row.id, reason)),
  ];
  // Persisted before sending, so a retry of this group can never include them again.
  await runAll(deps, setAside);
  result.failed += group.broken.length;
  if (group.ready.length === 0) return 'empty';
  const ready = group.ready.map((r) => r.row);
  const key = batchKey.startsWith(SINGLE) ? ready[0].idempotencyKey : batchKey;
  const outcome = await send(deps, group.ready.map((r) => r.mail), key);
  const stop = await settle(deps, result, { batchKey, lease, ready, outcome, now: at() });
  return stop ? 'stop' : 'sent';
}

/** Records what the provider answered. Returns true when the pass should stop. */
async function settle(
  deps: Deps,
  result: DeliveryResult,
  s: { batchKey: string; lease: number; ready: MessageRow[]; outcome: SendOutcome; now: number },
): Promise<boolean> {
  const { batchKey, lease, ready, outcome, now } = s;
  const ours = and(eq(messages.batchKey, batchKey), eq(messages.status, 'pending'), eq(messages.leaseUntil, lease));
  if (outcome.ok) {
    // One statement for the whole group: the provider's ids travel as one JSON parameter (D1 binds ≤ 100 values).
    const ids = JSON.stringify(Object.fromEntries(ready.map((row, i) => [row.id, outcome.providerIds[i] ?? null])));
    await deps.db
      .update(messages)
      .set({ status: 'sent', sentAt: now, providerId: sql`json_extract(${ids}, '$."' || ${messages.id} || '"')`, leaseUntil: 0, lastError: null })
      .where(ours);
    result.sent += ready.length;
    return false;
  }

  deps.log.error('mail.send_failed', {
    messages: ready.length,
    code: outcome.error.split(':')[0],
    retryable: outcome.retryable,
  });
  const attempts = Math.max(...ready.map((r) => r.attempts));
  if (outcome.retryable && attempts < MAX_ATTEMPTS) {
    const backoff = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** attempts);
    const delay = Math.max(outcome.retryAfterMs ?? 0, backoff);
    const jitter = Math.floor(uniform(deps.random) * Math.min(1000, delay / 10));
    await deps.db
      .update(messages)
      .set({ nextAttemptAt: now + delay + jitter, leaseUntil: 0, lastError: outcome.error })
      .where(ours);
    result.retried += ready.length;
    return true;
  }
  if (!outcome.retryable && !outcome.conflict && ready.length > 1) {
    // Strict batch validation rejected the whole batch and sent nothing: each message goes again on its own.
    await deps.db
      .update(messages)
      .set({ batchKey: sql`${SINGLE} || ${messages.idempotencyKey}`, attempts: 0, leaseUntil: 0, lastError: outcome.error })
      .where(ours);
    return false;
  }
  const reason = outcome.retryable
    ? `gave up after ${attempts} attempts: ${outcome.error}`
    : outcome.conflict
      ? `${outcome.error} (an earlier request under this key may have been delivered; not resent)`
      : outcome.error;
  const failed = await deps.db
    .update(messages)
    .set({ status: 'failed', leaseUntil: 0, lastError: reason })
    .where(ours)
    .returning({ id: messages.id });
  result.failed += failed.length;
  return outcome.retryable;
}

async function send(deps: Deps, mails: Mail[], key: string): Promise<SendOutcome> {
  try {
    return await deps.mailer.send(mails, key);
  } catch (err) {
    return { ok: false, retryable: true, error: `mailer error: ${err instanceof Error ? err.name : 'unknown'}` };
  }
}

/** The oldest due group whose wave is open (nothing is mailed while a wave is still being opened). */
async function pickDueGroup(deps: Deps, now: number): Promise<string | undefined> {
  const [due] = await deps.db
    .select({ batchKey: messages.batchKey })
    .from(messages)
    .leftJoin(waves, eq(waves.id, messages.waveId))
    .where(
      and(
        eq(messages.status, 'pending'),
        lte(messages.nextAttemptAt, now),
        lt(messages.leaseUntil, now),
        // Survey mail only while its wave takes answers; a digest is about a closed wave.
        or(isNull(messages.waveId), eq(messages.kind, 'digest'), and(eq(waves.status, 'open'), gt(waves.closesAt, now))),
      ),
    )
    .orderBy(asc(messages.nextAttemptAt))
    .limit(1);
  return due?.batchKey;
}

/** One conditional UPDATE: whoever's statement runs first gets the rows; the other gets none. Counts the attempt. */
async function claim(deps: Deps, batchKey: string, now: number, lease: number): Promise<MessageRow[]> {
  return deps.db
    .update(messages)
    .set({ leaseUntil: lease, attempts: sql`${messages.attempts} + 1` })
    .where(
      and(
        eq(messages.batchKey, batchKey),
        eq(messages.status, 'pending'),
        lt(messages.leaseUntil, now),
        // Unary + keeps SQLite off the due index (status, next attempt), which would walk every pending message
        // of a 100,000-mail wave for each claim; the batch index finds the group's ≤ 100 rows directly.
        sql`+${messages.nextAttemptAt} <= ${now}`,
      ),
    )
    .returning({
      id: messages.id,
      kind: messages.kind,
      waveId: messages.waveId,
      invitationId: messages.invitationId,
      loginId: messages.loginId,
      userId: messages.userId,
      recipient: messages.recipient,
      language: messages.language,
      idempotencyKey: messages.idempotencyKey,
      attempts: messages.attempts,
    });
}

/**
 * Survey mail for a wave that has closed would carry a dead link: such messages fail with a reason admins can read.
 * A digest belongs to a closed wave: it stays.
 */
async function expireClosedWaves(deps: Deps, now: number): Promise<number> {
  const closed = deps.db
    .select({ id: waves.id })
    .from(waves)
    .where(or(lte(waves.closesAt, now), eq(waves.status, 'closed')));
  const expired = await deps.db
    .update(messages)
    .set({
      status: 'failed',
      lastError: sql`case when ${messages.attempts} = 0 then 'not sent: the survey closed first' else 'not confirmed before the survey closed' end`,
    })
    .where(and(eq(messages.status, 'pending'), lt(messages.leaseUntil, now), inArray(messages.kind, ['invitation', 'reminder']), inArray(messages.waveId, closed)))
    .returning({ id: messages.id });
  return expired.length;
}

function fail(deps: Deps, id: string, reason: string) {
  return deps.db.update(messages).set({ status: 'failed', leaseUntil: 0, lastError: reason }).where(eq(messages.id, id));
}

async function runAll(deps: Deps, statements: BatchItem<'sqlite'>[]): Promise<void> {
  if (statements.length > 0) await deps.db.batch(statements as [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]]);
}
