import { and, eq } from 'drizzle-orm';
import { auditBatch } from '../audit/audit.service';
import type { Actor } from '../audit/chain';
import type { Statement } from '../db/client';
import { pendingChanges, users } from '../db/schema';
import type { Deps } from '../deps';
import { AppError, notFound, problemError } from '../lib/errors';
import { valueAt } from '../settings/fields';
import { loadSettings } from '../settings/settings';
import { settingStatements } from '../settings/settings.service';
import { userInsert, userRemoval } from '../users/users.service';
import { welcomeStatements } from '../auth/login-link';
import { describeChange, pendingView, type ChangePayload, type PendingView } from './pending';

/**
 * Who may approve: a named person who signed in by link, as admin or council member, who is not the one who asked.
 * The deployment admin token counts as one person ("admin token"): it may ask for changes and refuse them, but not
 * approve, because an approval is the second pair of eyes and must name who looked (the token is usually held by
 * the same IT admin who also has a named account). A change the token asked for is approved by any named admin or
 * council member.
 */
export function assertMayApprove(actor: Actor, requestedBy: string | null): void {
  if ((actor.kind !== 'admin' && actor.kind !== 'council') || !actor.userId) {
    throw problemError('FORBIDDEN', 'approver_not_named', 'an approval needs a named admin or council member who signed in by link');
  }
  if (requestedBy !== null && requestedBy === actor.userId) {
    throw problemError('FORBIDDEN', 'approver_is_requester', 'the person who asked for a change cannot approve it: a second person must');
  }
}

async function pendingRow(deps: Deps, id: string) {
  const [row] = await deps.db.select().from(pendingChanges).where(eq(pendingChanges.id, id));
  if (!row) throw notFound('change');
  if (row.status !== 'pending') throw problemError('CONFLICT', 'change_decided', `this change was already ${row.status}`, { status: row.status });
  return row;
}

/**
 * Approves and applies a pending change, with its log entry, in one batch. What to write is read again on every
 * attempt: of two people approving at once, the second finds the change no longer pending (409). A setting that
 * moved since the request is refused (409): the approver would otherwise apply something else than they read.
 */
export async function approveChange(deps: Deps, actor: Actor, id: string): Promise<PendingView> {
  const first = await pendingRow(deps, id);
  assertMayApprove(actor, first.requestedBy);
  const change = JSON.parse(first.payload) as ChangePayload;
  const requestedBy = first.requestedByEmail ? { kind: first.requestedByKind, email: first.requestedByEmail } : { kind: first.requestedByKind };
  await auditBatch(deps, { actor, action: 'change.approved', target: id, details: { ...describeChange(change), requestedBy } }, async () => {
    await pendingRow(deps, id);
    return [...(await applying(deps, change)), decide(deps, actor, id, 'approved')];
  });
  return pendingView((await deps.db.select().from(pendingChanges).where(eq(pendingChanges.id, id)))[0], actor.userId ?? null);
}

/** Refuses a pending change (or withdraws it, when its requester does). Any admin or council member may: saying no never lowers protection. */
export async function rejectChange(deps: Deps, actor: Actor, id: string): Promise<PendingView> {
  const first = await pendingRow(deps, id);
  const change = JSON.parse(first.payload) as ChangePayload;
  await auditBatch(deps, { actor, action: 'change.rejected', target: id, details: describeChange(change) }, async () => {
    await pendingRow(deps, id);
    return [decide(deps, actor, id, 'rejected')];
  });
  return pendingView((await deps.db.select().from(pendingChanges).where(eq(pendingChanges.id, id)))[0], actor.userId ?? null);
}

const decide = (deps: Deps, actor: Actor, id: string, status: 'approved' | 'rejected') =>
  deps.db
    .update(pendingChanges)
    .set({ status, decidedBy: actor.userId ?? null, decidedByEmail: actor.email ?? null, decidedAt: deps.clock.now() })
    .where(and(eq(pendingChanges.id, id), eq(pendingChanges.status, 'pending')));

async function applying(deps: Deps, change: ChangePayload): Promise<Statement[]> {
  if (change.kind === 'settings') {
    const current = await loadSettings(deps);
    const moved = change.changes.filter((c) => valueAt(current, c.path) !== c.from);
    if (moved.length > 0) {
      throw new AppError('CONFLICT', 'a setting changed since this was asked for: refuse it and ask again', moved.map((c) => ({ code: 'setting_moved', path: c.path, now: valueAt(current, c.path), asked: c.from })));
    }
    return settingStatements(deps, change.changes);
  }
  if (change.kind === 'council-removal') {
    const [user] = await deps.db.select({ id: users.id }).from(users).where(and(eq(users.id, change.userId), eq(users.role, 'council')));
    if (!user) throw problemError('CONFLICT', 'council_member_gone', 'this council member has no access any more');
    return userRemoval(deps, change.userId);
  }
  const [existing] = await deps.db.select({ id: users.id }).from(users).where(eq(users.email, change.email));
  if (existing) throw problemError('CONFLICT', 'email_taken', 'this email address can already sign in');
  // Access and its welcome mail (with a sign-in link) take effect together.
  const { user, statement } = userInsert(deps, { email: change.email, role: change.kind, teamId: null, language: change.language });
  return [statement, ...(await welcomeStatements(deps, user))];
}
