import type { Context, MiddlewareHandler } from 'hono';
import type { Deps } from '../deps';
import { addressBucket } from '../lib/client';
import { TooManyRequests } from '../lib/errors';
import { countAttempt, retryAfter, type ThrottleScope, type ThrottleSubject } from './throttle';

/** The caller's address bucket (lib/client.ts); only ever hashed. */
export const clientOf = (deps: Deps, c: Context): string => addressBucket(deps.clientAddress?.(c));

/** Throws 429 with Retry-After while the subject is over a limit of the scope; checked before anything is compared. */
export async function refuseWhileThrottled(deps: Deps, scope: ThrottleScope, subject: ThrottleSubject): Promise<void> {
  const wait = await retryAfter(deps, scope, subject);
  if (wait > 0) throw new TooManyRequests(Math.ceil(wait / 1000));
}

/**
 * For routes that take a link token in their path: refused while the address is throttled, and an answer of 404
 * (no such link) counts as a failed guess. Used, expired and closed links are real links, not guesses.
 */
export function linkThrottle(deps: Deps, scope: 'login-link' | 'survey-link'): MiddlewareHandler {
  return async (c, next) => {
    const subject = { address: clientOf(deps, c) };
    await refuseWhileThrottled(deps, scope, subject);
    await next();
    if (c.res.status === 404) await countAttempt(deps, scope, subject);
  };
}
