import { and, eq, gt } from 'drizzle-orm';
import { sessions } from '../db/schema';
import type { Config } from '../config';
import type { Deps } from '../deps';
import { safeEqual, sha256, toBase64Url } from '../lib/crypto';
import type { Viewer } from '../lib/context';
import { fingerprint } from '../lib/keys';

export const SESSION_COOKIE = 'puls_session';
/** The absolute limit: a session ends this long after sign-in, however busy. */
export const SESSION_MS = 12 * 60 * 60 * 1000;
/** The idle limit: a session not used for this long ends; every use moves it forward (up to the absolute limit). */
export const IDLE_MS = 2 * 60 * 60 * 1000;
/** Moving the idle end is a write: done at most once a minute per session, not on every request. */
const SLIDE_STEP_MS = 60_000;

/** HttpOnly so scripts never read it, Secure whenever the app is served over https, Lax so links into the app work. */
export const sessionCookieOptions = (config: Config) => ({
  httpOnly: true,
  secure: config.publicUrl.startsWith('https:'),
  sameSite: 'Lax' as const,
  path: '/',
  maxAge: SESSION_MS / 1000,
});

/** Which admin token a session was started with, as a keyed hash: sessions of an old token end when it changes. */
const adminTokenFingerprint = (deps: Deps): string | null =>
  deps.config.adminToken ? fingerprint(deps.keys, 'session/admin-token', deps.config.adminToken) : null;

/**
 * Starts a session; returns the cookie value. Only its hash is stored. `byAdminToken` marks a session started with
 * the deployment admin token, which then lasts only as long as that token is configured.
 */
export async function createSession(deps: Deps, viewer: Omit<Viewer, 'csrf'>, options: { byAdminToken?: boolean } = {}): Promise<string> {
  const token = toBase64Url(deps.random.bytes(32));
  const now = deps.clock.now();
  await deps.db.insert(sessions).values({
    idHash: sha256(token),
    userId: viewer.userId,
    role: viewer.role,
    teamId: viewer.teamId,
    csrf: toBase64Url(deps.random.bytes(16)),
    expiresAt: now + SESSION_MS,
    idleUntil: now + IDLE_MS,
    adminToken: options.byAdminToken ? adminTokenFingerprint(deps) : null,
  });
  return token;
}

/** The viewer of a live session: not past its absolute or idle end, and its admin token (if any) still current. */
export async function findSession(deps: Deps, token: string): Promise<Viewer | null> {
  if (!token || token.length > 100) return null;
  const now = deps.clock.now();
  const idHash = sha256(token);
  const [row] = await deps.db
    .select()
    .from(sessions)
    .where(and(eq(sessions.idHash, idHash), gt(sessions.expiresAt, now), gt(sessions.idleUntil, now)));
  if (!row) return null;
  if (row.adminToken !== null) {
    const current = adminTokenFingerprint(deps);
    if (!current || !safeEqual(row.adminToken, current)) {
      await deps.db.delete(sessions).where(eq(sessions.idHash, idHash));
      return null;
    }
  }
  const idleUntil = Math.min(now + IDLE_MS, row.expiresAt);
  if (idleUntil - row.idleUntil >= SLIDE_STEP_MS) {
    await deps.db.update(sessions).set({ idleUntil }).where(eq(sessions.idHash, idHash));
  }
  return { role: row.role, teamId: row.teamId, userId: row.userId, csrf: row.csrf };
}

export async function endSession(deps: Deps, token: string): Promise<void> {
  await deps.db.delete(sessions).where(eq(sessions.idHash, sha256(token)));
}

/** Ends every session of one person (they were removed, or their access changed). */
export const endUserSessions = (deps: Deps, userId: string) => deps.db.delete(sessions).where(eq(sessions.userId, userId));
