import { teams, users } from '../db/schema';
import type { Deps } from '../deps';
import { newId } from '../lib/random';
import type { OutboxMailer } from '../mail/outbox';
import { SESSION_COOKIE, createSession, findSession } from './session';

/** Test fixtures for people who sign in; used by auth, users and the features that check what a leader may see. */

export interface TestSession {
  userId: string;
  /** The `cookie` request header. */
  cookie: string;
  csrf: string;
  /** Headers for a cookie-borne request that changes something: the cookie, the CSRF header and the Origin. */
  headers: (extra?: Record<string, string>) => Record<string, string>;
}

/** A user row and a live session for them, as a magic-link sign-in would leave behind. */
export async function signedIn(
  deps: Deps,
  who: { role: 'admin' | 'leader' | 'council'; teamId?: string | null; email?: string },
): Promise<TestSession> {
  const userId = newId(deps.random);
  const teamId = who.role === 'leader' ? (who.teamId ?? null) : null;
  await deps.db.insert(users).values({
    id: userId,
    email: who.email ?? `${who.role}-${userId.slice(0, 6).toLowerCase()}@muster.de`,
    role: who.role,
    teamId,
    language: 'de',
    createdAt: deps.clock.now(),
  });
  const token = await createSession(deps, { role: who.role, teamId, userId });
  const csrf = (await findSession(deps, token))!.csrf;
  const cookie = `${SESSION_COOKIE}=${token}`;
  // A browser sends the page's origin with every post; the tests' PUBLIC_URL is http://puls.test.
  return { userId, cookie, csrf, headers: (extra = {}) => ({ cookie, 'x-csrf-token': csrf, origin: 'http://puls.test', ...extra }) };
}

/**
 * A small org: the company, two plants, a line below the first plant.
 *   root ─┬─ nord ── montage
 *         └─ sued
 */
export const TREE = [
  { id: 'root', parentId: null, name: 'Muster GmbH', path: '' },
  { id: 'nord', parentId: 'root', name: 'Werk Nord', path: 'Werk Nord' },
  { id: 'montage', parentId: 'nord', name: 'Montage', path: 'Werk Nord/Montage' },
  { id: 'sued', parentId: 'root', name: 'Werk Süd', path: 'Werk Süd' },
];

export async function insertTree(deps: Deps): Promise<void> {
  await deps.db.insert(teams).values(TREE);
}

/** The sign-in token from the newest mailed sign-in link to this address, or undefined. */
export function mailedLoginToken(outbox: OutboxMailer, to: string, publicUrl = 'http://puls.test'): string | undefined {
  const mail = [...outbox.entries].reverse().find((m) => m.to === to);
  const prefix = `${publicUrl}/login/`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return mail ? new RegExp(`${prefix}([A-Za-z0-9_-]+)`).exec(mail.text)?.[1] : undefined;
}

/** The JSON body of a response from `app.request`, typed as the test expects it. */
export async function readJson<T = unknown>(res: Response | Promise<Response>): Promise<T> {
  return (await (await res).json()) as T;
}
