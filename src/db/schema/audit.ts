import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * The audit log: append-only, each entry carrying the hash of the one before (see src/audit/chain.ts). `seq` is the
 * chain position and the primary key, so two writers that read the same head cannot both append: the second batch
 * fails on the key and is retried against the new head. Never answers, tokens, or anything about who answered.
 */
export const auditLog = sqliteTable('audit_log', {
  seq: integer('seq').primaryKey(),
  at: integer('at').notNull(),
  actorKind: text('actor_kind').notNull(),
  actorEmail: text('actor_email'),
  action: text('action').notNull(),
  target: text('target').notNull(),
  /** JSON object. */
  details: text('details').notNull(),
  prevHash: text('prev_hash').notNull(),
  hash: text('hash').notNull(),
});

/**
 * A change that lowers protection (or changes who may approve), waiting for a second person (four eyes). `payload`
 * is JSON and holds the values before and after, so an approval applies exactly what was read and refuses when the
 * setting moved meanwhile. `requestedBy` is the user id; null for the deployment admin token.
 */
export const pendingChanges = sqliteTable('pending_changes', {
  id: text('id').primaryKey(),
  kind: text('kind', { enum: ['settings', 'admin', 'council', 'council-removal'] }).notNull(),
  payload: text('payload').notNull(),
  requestedBy: text('requested_by'),
  requestedByKind: text('requested_by_kind').notNull(),
  requestedByEmail: text('requested_by_email'),
  requestedAt: integer('requested_at').notNull(),
  status: text('status', { enum: ['pending', 'approved', 'rejected'] }).notNull(),
  decidedBy: text('decided_by'),
  decidedByEmail: text('decided_by_email'),
  decidedAt: integer('decided_at'),
});
