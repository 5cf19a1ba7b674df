import { inArray, lte, sql } from 'drizzle-orm';
import { chunkRows, runBatch } from '../db/client';
import { throttles } from '../db/schema';
import type { Deps } from '../deps';
import { gatheredPerDatabase } from '../lib/gather';
import { fingerprint } from '../lib/keys';

/**
 * Throttling of guesses, kept in the database so it holds on Node and on Workers (where every isolate has its own
 * memory). What is counted, per fixed window:
 * - `admin`: wrong admin tokens (sign-in form and Bearer), per client address and for the deployment as a whole;
 * - `signin`: requests for a sign-in mail, per address and per requested email — every request, known address or
 *   not, so that the limit itself cannot tell which addresses have an account;
 * - `login-link` and `survey-link`: links that do not exist, per address. A guessed link names a different target
 *   every time, so there is no per-target count; used and expired links are not guesses and are not counted.
 * Rows hold only a keyed hash of scope and subject (never an IP address, token or email), a count and the window's
 * end. Successful answers are never recorded: that would say who answered.
 */
export type ThrottleScope = 'admin' | 'signin' | 'login-link' | 'survey-link';

export interface ThrottleRule {
  windowMs: number;
  perAddress: number;
  /** For scopes with one target per attempt (the deployment's admin token, an email address). */
  perTarget?: number;
}

const MINUTE = 60_000;

export const THROTTLE_RULES: Readonly<Record<ThrottleScope, ThrottleRule>> = {
  // A 128-bit token is not guessed at any rate; the global count bounds a weak one, and only delays sign-in by
  // token (sessions and emailed sign-in links are not affected) when someone floods the server with wrong tokens.
  admin: { windowMs: 15 * MINUTE, perAddress: 10, perTarget: 100 },
  signin: { windowMs: 15 * MINUTE, perAddress: 10, perTarget: 10 },
  'login-link': { windowMs: 15 * MINUTE, perAddress: 20 },
  // Offices share one public address: a few mangled links a day must not lock a whole site out.
  'survey-link': { windowMs: 15 * MINUTE, perAddress: 30 },
};

/** Who tries (a client address, see lib/client.ts) and, where the scope has one, at what. */
export interface ThrottleSubject {
  address: string;
  target?: string;
}

interface Counted {
  key: string;
  limit: number;
}

function counted(deps: Deps, scope: ThrottleScope, subject: ThrottleSubject): Counted[] {
  const rule = THROTTLE_RULES[scope];
  const out: Counted[] = [{ key: fingerprint(deps.keys, `throttle/${scope}/address`, subject.address), limit: rule.perAddress }];
  if (rule.perTarget !== undefined && subject.target !== undefined) {
    out.push({ key: fingerprint(deps.keys, `throttle/${scope}/target`, subject.target), limit: rule.perTarget });
  }
  return out;
}

type ThrottleRow = typeof throttles.$inferSelect;

/**
 * The stored counts of keys: one query for all the keys asked for in one turn (every survey answer checks its
 * address first; under load the answers of a turn share the query, lib/gather.ts).
 */
const readCounts = gatheredPerDatabase(async (deps: Deps, asked: string[][]): Promise<ThrottleRow[][]> => {
  const wanted = [...new Set(asked.flat())];
  const rows = (await Promise.all(chunkRows(wanted, 1).map((keys) => deps.db.select().from(throttles).where(inArray(throttles.key, keys))))).flat();
  return asked.map((keys) => rows.filter((r) => keys.includes(r.key)));
});

/** Milliseconds until the subject may try again, or 0 when it may now. */
export async function retryAfter(deps: Deps, scope: ThrottleScope, subject: ThrottleSubject, now = deps.clock.now()): Promise<number> {
  const keys = counted(deps, scope, subject);
  const rows = await readCounts(deps, keys.map((k) => k.key));
  let wait = 0;
  for (const row of rows) {
    const limit = keys.find((k) => k.key === row.key)!.limit;
    if (row.resetAt > now && row.failures >= limit) wait = Math.max(wait, row.resetAt - now);
  }
  return wait;
}

/**
 * Counts one failed attempt (or, for `signin`, one request) against the address and the target. A window starts
 * with the first attempt and ends `windowMs` later; expired rows are deleted in the same batch.
 */
export async function countAttempt(deps: Deps, scope: ThrottleScope, subject: ThrottleSubject, now = deps.clock.now()): Promise<void> {
  const resetAt = now + THROTTLE_RULES[scope].windowMs;
  const expired = sql`${throttles.resetAt} <= ${now}`;
  await runBatch(deps.db, [
    deps.db.delete(throttles).where(lte(throttles.resetAt, now)),
    ...counted(deps, scope, subject).map(({ key }) =>
      deps.db
        .insert(throttles)
        .values({ key, failures: 1, resetAt })
        .onConflictDoUpdate({
          target: throttles.key,
          set: {
            failures: sql`case when ${expired} then 1 else ${throttles.failures} + 1 end`,
            resetAt: sql`case when ${expired} then ${resetAt} else ${throttles.resetAt} end`,
          },
        }),
    ),
  ]);
}
