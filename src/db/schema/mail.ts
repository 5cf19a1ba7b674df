import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * The delivery outbox. A row says which mail is due; its text is rendered when it is sent, so the personal link
 * (derived from the invitation id and a deployment secret) is never stored. The idempotency key is derived from
 * the invitation, so a retried send is deduplicated by Resend.
 */
export const messages = sqliteTable(
  'messages',
  {
    id: text('id').primaryKey(),
    kind: text('kind', { enum: ['invitation', 'reminder', 'login', 'welcome', 'digest'] }).notNull(),
    waveId: text('wave_id'),
    invitationId: text('invitation_id'),
    loginId: text('login_id'),
    recipient: text('recipient').notNull(),
    language: text('language').notNull(),
    /** This message's own idempotency key, used when it is sent on its own. */
    idempotencyKey: text('idempotency_key').notNull().unique(),
    /**
     * Messages are grouped into Resend batches of at most 100 when they are written, and a group is always sent
     * whole with the group key as its idempotency key: a retried batch is then byte-for-byte the same request.
     */
    batchKey: text('batch_key').notNull(),
    status: text('status', { enum: ['pending', 'sent', 'failed'] }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: integer('next_attempt_at').notNull(),
    /** A sender claims rows for a while; a crashed sender's claim simply runs out. */
    leaseUntil: integer('lease_until').notNull().default(0),
    lastError: text('last_error'),
    providerId: text('provider_id'),
    createdAt: integer('created_at').notNull(),
    sentAt: integer('sent_at'),
    /** A digest's reader (src/insights/digest.ts): what it says is read for that user when it is sent. */
    userId: text('user_id'),
  },
  (t) => [
    index('messages_due_idx').on(t.status, t.nextAttemptAt),
    index('messages_wave_idx').on(t.waveId, t.status),
    // batch key first and with the status, so claiming a group never walks the due index over every pending row
    index('messages_batch_idx').on(t.batchKey, t.status),
  ],
);
