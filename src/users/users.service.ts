import { and, asc, eq } from 'drizzle-orm';
import { requestChange, type Pending } from '../approvals/pending';
import { auditBatch } from '../audit/audit.service';
import { SYSTEM, type Actor } from '../audit/chain';
import { endUserSessions } from '../auth/session';
import { normaliseEmail, welcomeStatements } from '../auth/login-link';
import type { Statement } from '../db/client';
import { loginLinks, teams, users } from '../db/schema';
import type { Deps } from '../deps';
import { notFound, problemError } from '../lib/errors';
import type { Lang } from '../lib/i18n';
import { newId } from '../lib/random';

export type UserRole = 'admin' | 'leader' | 'council';

/** A person who signs in by link, as the API shows them. Leaders carry their team; admins have none. */
export interface User {
  id: string;
  email: string;
  role: UserRole;
  teamId: string | null;
  language: Lang;
}

export interface UserListing extends User {
  /** The team's path ('' is the root, the whole company) and name; null for admins. */
  team: { path: string; name: string } | null;
  createdAt: string;
}

export interface NewUser {
  email: string;
  role: UserRole;
  teamId?: string | null;
  language?: Lang;
}

/**
 * Adds a person who may sign in. An address that is already a user is a conflict, not an update: moving a leader
 * to another team would silently change what their live sessions show, so it is remove-then-add, which also ends
 * those sessions.
 *
 * Four eyes: a new admin, and a new council member once there is one, change who may approve and wait for a second
 * person (the first council member applies at once: nobody could approve it yet). Leaders apply at once. Everything
 * is logged with who did it. Whoever gets access gets a welcome mail with a sign-in link when it takes effect.
 */
export async function addUser(deps: Deps, input: NewUser, actor: Actor = SYSTEM): Promise<User | Pending> {
  const teamId = input.role === 'leader' ? (input.teamId ?? null) : null;
  if (input.role === 'leader') {
    if (!teamId) throw problemError('UNPROCESSABLE', 'team_required', 'a leader needs a team', { path: 'teamId', message: 'required' });
    const [team] = await deps.db.select({ id: teams.id }).from(teams).where(eq(teams.id, teamId));
    if (!team) throw notFound('team');
  }
  const email = normaliseEmail(input.email);
  const language = input.language ?? 'de';
  const [existing] = await deps.db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (existing) throw alreadyUser();
  if (actor.kind !== 'system' && (input.role === 'admin' || (input.role === 'council' && (await hasCouncil(deps))))) {
    return requestChange(deps, actor, { kind: input.role, email, language });
  }
  const { user, statement } = userInsert(deps, { email, role: input.role, teamId, language });
  // The welcome mail with a sign-in link goes into the same batch: access and welcome are written together.
  const welcome = await welcomeStatements(deps, user);
  try {
    await auditBatch(deps, { actor, action: 'user.added', target: email, details: { role: user.role, ...(teamId ? { teamId } : {}) } }, [statement, ...welcome]);
  } catch (err) {
    // Added by someone else between the check and the write: the unique email refused the whole batch.
    if (err instanceof Error && /users\.email/.test(`${err.message} ${err.cause instanceof Error ? err.cause.message : ''}`)) throw alreadyUser();
    throw err;
  }
  return user;
}

const alreadyUser = () => problemError('CONFLICT', 'email_taken', 'this email address can already sign in');

export async function hasCouncil(deps: Deps): Promise<boolean> {
  const [row] = await deps.db.select({ id: users.id }).from(users).where(eq(users.role, 'council')).limit(1);
  return row !== undefined;
}

/** The insert of a new user, for a batch (here and when an approval adds one). */
export function userInsert(deps: Deps, input: { email: string; role: UserRole; teamId: string | null; language: Lang }) {
  const row = { id: newId(deps.random), ...input, createdAt: deps.clock.now() };
  const user: User = { id: row.id, email: row.email, role: row.role, teamId: row.teamId, language: row.language };
  return { user, statement: deps.db.insert(users).values(row) as Statement };
}

export async function listUsers(deps: Deps, role: UserRole): Promise<UserListing[]> {
  const rows = await deps.db
    .select({ user: users, path: teams.path, name: teams.name })
    .from(users)
    .leftJoin(teams, eq(teams.id, users.teamId))
    .where(eq(users.role, role))
    .orderBy(asc(users.email));
  return rows.map(({ user, path, name }) => ({
    id: user.id,
    email: user.email,
    role: user.role,
    teamId: user.teamId,
    language: user.language === 'en' ? 'en' : 'de',
    team: path !== null && name !== null ? { path, name } : null,
    createdAt: new Date(user.createdAt).toISOString(),
  }));
}

/**
 * Removes a person (of that role, when given) with their links and ends their sessions, all in one batch with the
 * log entry. Removing a council member takes one of the people who approve away, so it waits for a second person.
 */
export async function removeUser(deps: Deps, id: string, role?: UserRole, actor: Actor = SYSTEM): Promise<Pending | null> {
  const [user] = await deps.db
    .select({ id: users.id, email: users.email, role: users.role })
    .from(users)
    .where(role ? and(eq(users.id, id), eq(users.role, role)) : eq(users.id, id));
  if (!user) throw notFound(role ?? 'user');
  if (user.role === 'council' && actor.kind !== 'system') {
    return requestChange(deps, actor, { kind: 'council-removal', userId: user.id, email: user.email });
  }
  await auditBatch(deps, { actor, action: 'user.removed', target: user.email, details: { role: user.role } }, userRemoval(deps, id));
  return null;
}

/** Ends a person's sessions and deletes their links and their user row. */
export function userRemoval(deps: Deps, id: string): Statement[] {
  return [endUserSessions(deps, id), deps.db.delete(loginLinks).where(eq(loginLinks.userId, id)), deps.db.delete(users).where(eq(users.id, id))];
}
