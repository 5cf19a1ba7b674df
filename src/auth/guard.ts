import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Deps } from '../deps';
import type { AppEnv, Viewer } from '../lib/context';
import { safeEqual } from '../lib/crypto';
import { problemError } from '../lib/errors';
import { SESSION_COOKIE, findSession } from './session';
import { countAttempt } from './throttle';
import { clientOf, refuseWhileThrottled } from './throttle.guard';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Who is asking: the deployment admin token as a bearer, or a session cookie. A cookie-borne request that changes
 * something must also carry the session's CSRF token (form field `_csrf` or header `x-csrf-token`), because a
 * cookie alone is sent by any site the reader visits.
 */
export async function resolveViewer(deps: Deps, c: Context): Promise<Viewer | null> {
  const auth = c.req.header('authorization');
  if (auth !== undefined) {
    const token = /^Bearer\s+(.+)$/i.exec(auth)?.[1]?.trim() ?? '';
    return (await checkAdminToken(deps, c, token)) ? { role: 'admin', teamId: null, userId: null, csrf: '' } : null;
  }
  const cookie = getCookie(c, SESSION_COOKIE);
  if (!cookie) return null;
  const viewer = await findSession(deps, cookie);
  if (!viewer) return null;
  if (UNSAFE.has(c.req.method)) {
    const sent = c.req.header('x-csrf-token') ?? (await formField(c, '_csrf'));
    if (!sent || !safeEqual(sent, viewer.csrf)) throw problemError('FORBIDDEN', 'csrf', 'missing or wrong CSRF token');
  }
  return viewer;
}

/**
 * Compares a presented admin token (Bearer or the sign-in form) with the configured one. Throttled per client
 * address and for the deployment: refused with 429 while over the limit, before the token is even compared, and
 * every wrong token counts.
 */
export async function checkAdminToken(deps: Deps, c: Context, token: string): Promise<boolean> {
  const subject = { address: clientOf(deps, c), target: 'admin' };
  await refuseWhileThrottled(deps, 'admin', subject);
  const expected = deps.config.adminToken;
  if (expected && safeEqual(token, expected)) return true;
  await countAttempt(deps, 'admin', subject);
  return false;
}

async function formField(c: Context, name: string): Promise<string | undefined> {
  const type = c.req.header('content-type') ?? '';
  if (!type.includes('form')) return undefined;
  const body = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
  const value = body[name];
  return typeof value === 'string' ? value : undefined;
}

/** API guard: 401 without valid credentials, 403 when the role is not enough. */
export function requireViewer(deps: Deps, roles: Viewer['role'][] = ['admin']): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const viewer = await resolveViewer(deps, c);
    if (!viewer) throw problemError('UNAUTHORIZED', 'sign_in', 'sign in or send Authorization: Bearer <admin token>');
    if (!roles.includes(viewer.role)) throw problemError('FORBIDDEN', 'admin_only', 'this needs an admin');
    c.set('viewer', viewer);
    await next();
  };
}

/** Page guard: like requireViewer, but sends people without a session to the sign-in page. */
export function requirePageViewer(deps: Deps, roles: Viewer['role'][] = ['admin']): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const viewer = await resolveViewer(deps, c);
    if (!viewer) return c.redirect(`/login?next=${encodeURIComponent(new URL(c.req.url).pathname)}`, 303);
    if (!roles.includes(viewer.role)) throw problemError('FORBIDDEN', 'admin_only', 'this page needs an admin');
    c.set('viewer', viewer);
    await next();
  };
}
