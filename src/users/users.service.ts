import { and, asc, eq } from 'drizzle-orm';
import { endUserSessions } from '../auth/session';
import { normaliseEmail } from '../auth/login-link';
import { runBatch } from '../db/client';
import { loginLinks, teams, users } from '../db/schema';
import type { Deps } from '../deps';
import { AppError, notFound } from '../lib/errors';
import type { Lang } from '../lib/i18n';
import { newId } from '../lib/random';

export type UserRole = 'admin' | 'leader';

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
 */
export async function addUser(deps: Deps, input: NewUser): Promise<User> {
  const teamId = input.role === 'leader' ? (input.teamId ?? null) : null;
  if (input.role === 'leader') {
    if (!teamId) throw new AppError('UNPROCESSABLE', 'a leader needs a team', [{ path: 'teamId', message: 'required' }]);
    const [team] = await deps.db.select({ id: teams.id }).from(teams).where(eq(teams.id, teamId));
    if (!team) throw notFound('team');
  }
  const row = {
    id: newId(deps.random),
    email: normaliseEmail(input.email),
    role: input.role,
    teamId,
    language: input.language ?? 'de',
    createdAt: deps.clock.now(),
  };
  const inserted = await deps.db.insert(users).values(row).onConflictDoNothing({ target: users.email }).returning();
  if (inserted.length === 0) throw new AppError('CONFLICT', 'this email address can already sign in');
  return { id: row.id, email: row.email, role: row.role, teamId, language: row.language };
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

/** Removes a person (of that role, when given) with their links and ends their sessions, all in one batch. */
export async function removeUser(deps: Deps, id: string, role?: UserRole): Promise<void> {
  const [user] = await deps.db
    .select({ id: users.id })
    .from(users)
    .where(role ? and(eq(users.id, id), eq(users.role, role)) : eq(users.id, id));
  if (!user) throw notFound(role ?? 'user');
  await runBatch(deps.db, [
    endUserSessions(deps, id),
    deps.db.delete(loginLinks).where(eq(loginLinks.userId, id)),
    deps.db.delete(users).where(eq(users.id, id)),
  ]);
}
