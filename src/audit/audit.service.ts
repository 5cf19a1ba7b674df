import { asc, desc, eq, gt, lt, sql, type SQL } from 'drizzle-orm';
import { runBatch, type Statement } from '../db/client';
import { auditLog, users } from '../db/schema';
import type { Deps } from '../deps';
import type { Viewer } from '../lib/context';
import { uniform } from '../lib/random';
import { continueChain, emptyChain, entryHash, GENESIS, type Actor, type ChainState } from './chain';

/**
 * Writing and reading the audit log. What goes in: who (kind and email of a signed-in person, "admin-token",
 * "scheduler" or "system"), when, what (a short action name, see audit.text.ts), on what (a wave id, an email, a
 * quarter) and details such as counts or a setting's old and new value. Never answers, tokens, comments, or anything
 * that says who answered or did not: counts of reminded people are left out for that reason.
 */

export type Details = Record<string, unknown>;

export interface AuditInput {
  actor: Actor;
  action: string;
  target?: string;
  details?: Details;
}

/**
 * A batch that lost the race for the next seq is tried again this often before the error goes up, after a short
 * random wait that grows with each attempt, so writers that keep colliding spread out.
 */
const MAX_ATTEMPTS = 50;
const backoff = (deps: Deps, attempt: number) =>
  new Promise((resolve) => setTimeout(resolve, uniform(deps.random) * Math.min(50, 2 * attempt)));

/**
 * The statement that appends one entry at the current head of the chain. Put it into the `db.batch` that makes the
 * change itself (`db.batch([...changes, ...(await audit(…))])`), so the change and its entry are one atomic write.
 * If another writer appends between this read and the batch, the batch fails on the seq key and nothing of it is
 * written: `auditBatch` does exactly this and retries.
 *
 * It resolves to a one-element array, not the statement itself: a drizzle query is thenable, and a promise that
 * resolved to it would run it on the spot instead of handing it over.
 */
export async function audit(deps: Deps, actor: Actor, action: string, target = '', details: Details = {}, when?: SQL): Promise<[Statement]> {
  const [head] = await deps.db
    .select({ seq: auditLog.seq, hash: auditLog.hash })
    .from(auditLog)
    .orderBy(desc(auditLog.seq))
    .limit(1);
  const entry = {
    seq: (head?.seq ?? 0) + 1,
    at: deps.clock.now(),
    actorKind: actor.kind,
    actorEmail: actor.email ?? null,
    action,
    target,
    details: JSON.stringify(details),
    prevHash: head?.hash ?? GENESIS,
  };
  const row = { ...entry, hash: entryHash(entry) };
  if (!when) return [deps.db.insert(auditLog).values(row)];
  // Only when the change happened: the condition is read in the same batch, after the changes ran.
  const { seq, at, actorKind, actorEmail, target: on, details: text, prevHash, hash } = row;
  return [
    deps.db
      .insert(auditLog)
      .select(sql`select ${seq}, ${at}, ${actorKind}, ${actorEmail}, ${action}, ${on}, ${text}, ${prevHash}, ${hash} where ${when}`),
  ];
}

/**
 * Runs `changes` and the entry as one batch and returns the changes' results (in their order). When another writer
 * took the seq first, the whole batch was rolled back; `changes` is then built again (pass a function when what to
 * write depends on what is read, e.g. "still pending?") and the batch retried at the new head. `when` makes the entry
 * conditional: a change whose own statements are conditional (a wave discarded only while it has no answers) is
 * logged only if it took place, decided in the same batch.
 */
export async function auditBatch(
  deps: Deps,
  entry: AuditInput,
  changes: Statement[] | (() => Promise<Statement[]>) = [],
  options: { when?: SQL } = {},
): Promise<unknown[]> {
  for (let attempt = 1; ; attempt++) {
    const statements = typeof changes === 'function' ? await changes() : changes;
    const append = await audit(deps, entry.actor, entry.action, entry.target, entry.details, options.when);
    try {
      const results = await runBatch(deps.db, [...statements, ...append]);
      return results.slice(0, statements.length);
    } catch (err) {
      if (attempt >= MAX_ATTEMPTS || !isChainConflict(err)) throw err;
      await backoff(deps, attempt);
    }
  }
}

/** Appends one entry on its own (for what has no write of its own: a sign-in, a download). */
export async function record(deps: Deps, entry: AuditInput): Promise<void> {
  await auditBatch(deps, entry);
}

/** The error SQLite (libSQL and D1 alike) gives when two writers appended the same seq. */
function isChainConflict(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if (/audit_log\.seq/.test(e.message)) return true;
  }
  return false;
}

/** The actor behind a request: a signed-in person with their email, or the deployment's admin token. */
export async function actorOf(deps: Deps, viewer: Viewer): Promise<Actor> {
  if (viewer.userId === null) return { kind: 'admin-token', userId: null };
  const [user] = await deps.db.select({ email: users.email }).from(users).where(eq(users.id, viewer.userId));
  return { kind: viewer.role, email: user?.email, userId: viewer.userId };
}

export interface AuditView {
  id: number;
  at: string;
  actor: { kind: string; email?: string };
  action: string;
  target: string;
  details: Details;
  hash: string;
}

/** Newest first; `before` is an id (exclusive) to page further back. */
export async function listAudit(deps: Deps, query: { limit: number; before?: number }): Promise<AuditView[]> {
  const rows = await deps.db
    .select()
    .from(auditLog)
    .where(query.before === undefined ? undefined : lt(auditLog.seq, query.before))
    .orderBy(desc(auditLog.seq))
    .limit(query.limit);
  return rows.map((r) => ({
    id: r.seq,
    at: new Date(r.at).toISOString(),
    actor: r.actorEmail ? { kind: r.actorKind, email: r.actorEmail } : { kind: r.actorKind },
    action: r.action,
    target: r.target,
    details: parseDetails(r.details),
    hash: r.hash,
  }));
}

function parseDetails(text: string): Details {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Details) : { value };
  } catch {
    // A row edited by hand into something that is not JSON: shown as it is; verification reports the break.
    return { text };
  }
}

/** Rows read per step while verifying, so a log of millions is checked in bounded memory. */
const VERIFY_PAGE = 1000;

export interface Verification {
  ok: boolean;
  entries: number;
  /** The newest entry's hash: compare with an earlier copy (the printed annex) to see that nothing was cut off. */
  head: string;
  brokenAt: number | null;
}

/** Recomputes the whole chain from the first entry. */
export async function verifyAudit(deps: Deps): Promise<Verification> {
  let state: ChainState = emptyChain();
  let after = 0;
  for (;;) {
    const page = await deps.db.select().from(auditLog).where(gt(auditLog.seq, after)).orderBy(asc(auditLog.seq)).limit(VERIFY_PAGE);
    if (page.length === 0) break;
    state = continueChain(state, page);
    after = page[page.length - 1].seq;
  }
  return { ok: state.brokenAt === null, entries: state.entries, head: state.head, brokenAt: state.brokenAt };
}
