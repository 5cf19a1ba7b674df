import { and, asc, count, eq, inArray, type SQL } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import { jsonChunks } from '../db/client';
import { fromJsonRows } from '../db/json-rows';
import { messages } from '../db/schema';
import type { Deps } from '../deps';
import type { StaffLang } from '../lib/i18n';
import { orderedId } from '../lib/random';
import { MAX_BATCH } from './mailer';

export interface QueueItem {
  kind: 'invitation' | 'reminder' | 'login' | 'welcome' | 'digest';
  waveId?: string;
  invitationId?: string;
  loginId?: string;
  userId?: string;
  recipient: string;
  language: StaffLang;
  /** This message's own key, e.g. `invitation/<invitationId>`, `reminder-1/<invitationId>`, `login/<loginId>`. */
  idempotencyKey: string;
}

/**
 * The insert statements that queue these messages, for the caller's own `db.batch` (so an invitation and its
 * mail are written together or not at all). Consecutive groups of at most 100 share the batch key
 * `${batchPrefix}/${n}` (n from 1) and are later sent as one Resend batch; the prefix must be new for each call,
 * or two calls' groups would merge. A message whose idempotency key is already queued is skipped, so queueing
 * the same reminder twice mails it once. Sign-in mails jump the queue (due since time 0): someone is waiting.
 * `condition` makes the inserts conditional (a close's digests: only while that close is finishing).
 */
export function queueMessages(deps: Deps, items: QueueItem[], batchPrefix: string, condition?: SQL): BatchItem<'sqlite'>[] {
  const now = deps.clock.now();
  // Tuples in the table's column order: id, kind, wave, invitation, login, recipient, language, idempotency key,
  // batch key, status, attempts, next attempt, lease, last error, provider id, created, sent, user.
  const rows = items.map((item, i) => [
    orderedId(deps.random, now),
    item.kind,
    item.waveId ?? null,
    item.invitationId ?? null,
    item.loginId ?? null,
    item.recipient,
    item.language,
    item.idempotencyKey,
    `${batchPrefix}/${Math.floor(i / MAX_BATCH) + 1}`,
    'pending',
    0,
    item.kind === 'login' || item.kind === 'welcome' ? 0 : now,
    0,
    null,
    null,
    now,
    null,
    item.userId ?? null,
  ]);
  return jsonChunks(rows).map((json) =>
    deps.db.insert(messages).select(fromJsonRows(18, json, condition)).onConflictDoNothing({ target: messages.idempotencyKey }),
  );
}

export interface DeliveryProgress {
  sent: number;
  failed: number;
  pending: number;
  /** The first failures by recipient, with the provider's reason; at most FAILURES_SHOWN. */
  failures: { recipient: string; reason: string }[];
}

export const FAILURES_SHOWN = 200;

/** How a wave's invitations and reminders are doing, for the admin's wave page. */
export async function deliveryProgress(deps: Deps, waveId: string): Promise<DeliveryProgress> {
  const ofWave = and(eq(messages.waveId, waveId), inArray(messages.kind, ['invitation', 'reminder']));
  const counts = await deps.db
    .select({ status: messages.status, n: count() })
    .from(messages)
    .where(ofWave)
    .groupBy(messages.status);
  const by = (status: string) => counts.find((c) => c.status === status)?.n ?? 0;
  const failures = await deps.db
    .select({ recipient: messages.recipient, reason: messages.lastError })
    .from(messages)
    .where(and(ofWave, eq(messages.status, 'failed')))
    .orderBy(asc(messages.recipient), asc(messages.kind))
    .limit(FAILURES_SHOWN);
  return {
    sent: by('sent'),
    failed: by('failed'),
    pending: by('pending'),
    failures: failures.map((f) => ({ recipient: f.recipient, reason: f.reason ?? 'unknown' })),
  };
}
