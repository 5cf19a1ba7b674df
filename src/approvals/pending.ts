import { desc, eq, ne } from 'drizzle-orm';
import { auditBatch } from '../audit/audit.service';
import type { Actor } from '../audit/chain';
import { pendingChanges } from '../db/schema';
import type { Deps } from '../deps';
import { newId } from '../lib/random';
import { changeDetails, type Change } from '../settings/fields';

/**
 * Four eyes: a change that lowers protection, or changes who may approve, is stored as pending until a second
 * person approves it (approvals.service.ts). What it would do is kept with the values before and after, so the
 * approver sees exactly what they approve.
 */

export type ChangeKind = (typeof pendingChanges.$inferSelect)['kind'];

export type ChangePayload =
  | { kind: 'settings'; changes: Change[] }
  | { kind: 'admin' | 'council'; email: string; language: 'de' | 'en' }
  | { kind: 'council-removal'; userId: string; email: string };

export interface Pending {
  pending: true;
  id: string;
}

export interface PendingView {
  id: string;
  kind: ChangeKind;
  status: 'pending' | 'approved' | 'rejected';
  change: ChangePayload;
  requestedBy: { kind: string; email?: string };
  requestedAt: string;
  decidedBy?: { kind?: string; email?: string };
  decidedAt?: string;
  /** Whether the reader asked for it (then they may withdraw it, never approve it). */
  requestedByYou: boolean;
}

/** What a pending change is, as the audit log and the API describe it (no ids of the people involved). */
export function describeChange(change: ChangePayload): Record<string, unknown> {
  if (change.kind === 'settings') return { kind: 'settings', changes: changeDetails(change.changes) };
  if (change.kind === 'council-removal') return { kind: change.kind, email: change.email };
  return { kind: change.kind, email: change.email, language: change.language };
}

/** Stores the change as pending and logs the request, in one batch. */
export async function requestChange(deps: Deps, actor: Actor, change: ChangePayload): Promise<Pending> {
  const id = newId(deps.random);
  const row = {
    id,
    kind: change.kind,
    payload: JSON.stringify(change),
    requestedBy: actor.userId ?? null,
    requestedByKind: actor.kind,
    requestedByEmail: actor.email ?? null,
    requestedAt: deps.clock.now(),
    status: 'pending' as const,
  };
  await auditBatch(deps, { actor, action: 'change.requested', target: id, details: describeChange(change) }, [
    deps.db.insert(pendingChanges).values(row),
  ]);
  return { pending: true, id };
}

/** Who reads a change: a user id, or null for the admin token. */
export type Reader = string | null;

const isRequester = (row: typeof pendingChanges.$inferSelect, reader: Reader) =>
  reader === null ? row.requestedByKind === 'admin-token' : row.requestedBy === reader;

export function pendingView(row: typeof pendingChanges.$inferSelect, reader: Reader): PendingView {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    change: JSON.parse(row.payload) as ChangePayload,
    requestedBy: row.requestedByEmail ? { kind: row.requestedByKind, email: row.requestedByEmail } : { kind: row.requestedByKind },
    requestedAt: new Date(row.requestedAt).toISOString(),
    ...(row.decidedAt !== null
      ? { decidedBy: row.decidedByEmail ? { email: row.decidedByEmail } : { kind: 'admin-token' }, decidedAt: new Date(row.decidedAt).toISOString() }
      : {}),
    requestedByYou: isRequester(row, reader),
  };
}

/** Pending changes first (oldest first), then the last decided ones (newest first). */
export async function listChanges(deps: Deps, reader: Reader, decided = 20): Promise<{ pending: PendingView[]; decided: PendingView[] }> {
  const open = await deps.db.select().from(pendingChanges).where(eq(pendingChanges.status, 'pending')).orderBy(pendingChanges.requestedAt);
  const closed = await deps.db
    .select()
    .from(pendingChanges)
    .where(ne(pendingChanges.status, 'pending'))
    .orderBy(desc(pendingChanges.decidedAt))
    .limit(decided);
  return { pending: open.map((r) => pendingView(r, reader)), decided: closed.map((r) => pendingView(r, reader)) };
}
