import { and, eq, gt } from 'drizzle-orm';
import { sessions } from '../db/schema';
import type { Config } from '../config';
import type { Deps } from '../deps';
import { sha256, toBase64Url } from '../lib/crypto';
import type { Viewer } from '../lib/context';

export const SESSION_COOKIE = 'puls_session';
export const SESSION_MS = 12 * 60 * 60 * 1000;

/** HttpOnly so scripts never read it, Secure whenever the app is served over https, Lax so links into the app work. */
export const sessionCookieOptions = (config: Config) => ({
  httpOnly: true,
  secure: config.publicUrl.startsWith('https:'),
  sameSite: 'Lax' as const,
  path: '/',
  maxAge: SESSION_MS / 1000,
});

/** Starts a session; returns the cookie value. Only its hash is stored. */
export async function createSession(deps: Deps, viewer: Omit<Viewer, 'csrf'>): Promise<string> {
  const token = toBase64Url(deps.random.bytes(32));
  await deps.db.insert(sessions).values({
    idHash: await sha256(token),
    userId: viewer.userId,
    role: viewer.role,
    teamId: viewer.teamId,
    csrf: toBase64Url(deps.random.bytes(16)),
    expiresAt: deps.clock.now() + SESSION_MS,
  });
  return token;
}

export async function findSession(deps: Deps, token: string): Promise<Viewer | null> {
  if (!token || token.length > 100) return null;
  const [row] = await deps.db
    .select()
    .from(sessions)
    .where(and(eq(sessions.idHash, await sha256(token)), gt(sessions.expiresAt, deps.clock.now())));
  return row ? { role: row.role, teamId: row.teamId, userId: row.userId, csrf: row.csrf } : null;
}

export async function endSession(deps: Deps, token: string): Promise<void> {
  await deps.db.delete(sessions).where(eq(sessions.idHash, await sha256(token)));
}

/** Ends every session of one person (they were removed, or their access changed). */
export const endUserSessions = (deps: Deps, userId: string) => deps.db.delete(sessions).where(eq(sessions.userId, userId));
