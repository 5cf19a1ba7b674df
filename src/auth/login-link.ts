import { and, desc, eq, gt, lte, notInArray } from 'drizzle-orm';
import { runBatch, type Statement } from '../db/client';
import { loginLinks, users } from '../db/schema';
import type { Deps } from '../deps';
import type { Viewer } from '../lib/context';
import { sha256 } from '../lib/crypto';
import { isLang, type Lang } from '../lib/i18n';
import { linkToken } from '../lib/keys';
import { newId } from '../lib/random';
import { deliverDue } from '../mail/delivery';
import { queueMessages } from '../mail/queue';

/** A sign-in link works once, for this long. The mail text says "15 minutes" too. */
export const LOGIN_LINK_MS = 15 * 60_000;
/** The link in a welcome mail (a person just given access reads it later): three days. The mail says so. */
export const WELCOME_LINK_MS = 3 * 86_400_000;
/** At most one new link per address in this time; extra requests are ignored without a word. */
export const LINK_INTERVAL_MS = 60_000;
/** Unused links alive at once per person; a new one invalidates the oldest beyond this. */
export const MAX_LIVE_LINKS = 5;
/** Groups the request sends itself; sign-in mails are due since time 0, so they go first. */
const SEND_BATCHES = 3;
/** A link token is 43 characters (HMAC-SHA-256, base64url); anything far longer is not one of ours. */
const MAX_TOKEN_LENGTH = 100;

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

/**
 * Mails a sign-in link to a known address. The route runs it after its response (lib/background.ts), so the caller
 * learns nothing, not even from the time the answer took: unknown addresses and requests over the limits get the
 * same page as a mailed link, so the answer cannot be used to find out who has an account.
 *
 * There is no creation time in `login_links`; every requested link lives exactly LOGIN_LINK_MS, so it was created at
 * `expiresAt − LOGIN_LINK_MS`, and "created in the last minute" is `expiresAt` in (now + LOGIN_LINK_MS −
 * LINK_INTERVAL_MS, now + LOGIN_LINK_MS]. A welcome link expires later than that and never counts as a recent request.
 * That check and the insert are two statements: two requests in the same instant may both pass, which the cap on
 * live links (applied in the same batch as the insert) still bounds.
 */
export async function requestLoginLink(deps: Deps, email: string): Promise<void> {
  const [user] = await deps.db.select().from(users).where(eq(users.email, normaliseEmail(email)));
  if (user) await issueLink(deps, user);
  // Also without a link: whatever else is due goes out too.
  await deliverDue(deps, { maxBatches: SEND_BATCHES });
}

async function issueLink(deps: Deps, user: typeof users.$inferSelect): Promise<void> {
  const now = deps.clock.now();
  const [recent] = await deps.db
    .select({ id: loginLinks.id })
    .from(loginLinks)
    .where(
      and(
        eq(loginLinks.userId, user.id),
        gt(loginLinks.expiresAt, now + LOGIN_LINK_MS - LINK_INTERVAL_MS),
        lte(loginLinks.expiresAt, now + LOGIN_LINK_MS),
      ),
    )
    .limit(1);
  if (recent) return;

  const id = newId(deps.random);
  const tokenHash = sha256(linkToken(deps.keys, 'login', id));
  const alive = and(eq(loginLinks.userId, user.id), eq(loginLinks.used, false), gt(loginLinks.expiresAt, now));
  const newest = deps.db
    .select({ id: loginLinks.id })
    .from(loginLinks)
    .where(alive)
    .orderBy(desc(loginLinks.expiresAt), desc(loginLinks.id))
    .limit(MAX_LIVE_LINKS);
  const language: Lang = isLang(user.language) ? user.language : 'de';
  await runBatch(deps.db, [
    deps.db.insert(loginLinks).values({ id, userId: user.id, tokenHash, expiresAt: now + LOGIN_LINK_MS, used: false }),
    // Superseded links expire now rather than count as used: their reader is told "expired, ask for a new one".
    deps.db.update(loginLinks).set({ expiresAt: now }).where(and(alive, notInArray(loginLinks.id, newest))),
    ...queueMessages(
      deps,
      [{ kind: 'login', loginId: id, recipient: user.email, language, idempotencyKey: `login/${id}` }],
      `login/${id}`,
    ),
  ]);
}

/**
 * A new person's welcome: a sign-in link valid for WELCOME_LINK_MS and its mail, as statements for the batch that gives
 * them access (users.service.ts, or the approval that does), so access and welcome are written together.
 */
export async function welcomeStatements(deps: Deps, user: { id: string; email: string; language: Lang }): Promise<Statement[]> {
  const id = newId(deps.random);
  const tokenHash = sha256(linkToken(deps.keys, 'login', id));
  return [
    deps.db.insert(loginLinks).values({ id, userId: user.id, tokenHash, expiresAt: deps.clock.now() + WELCOME_LINK_MS, used: false }),
    ...queueMessages(deps, [{ kind: 'welcome', loginId: id, recipient: user.email, language: user.language, idempotencyKey: `welcome/${id}` }], `welcome/${id}`),
  ];
}

export type LinkProblem = 'unknown' | 'used' | 'expired';
export type LinkCheck = { ok: true; language: Lang } | { ok: false; problem: LinkProblem };

/** What a link is, without using it: the confirm page must survive mail scanners that open every link. */
export async function checkLoginLink(deps: Deps, token: string): Promise<LinkCheck> {
  if (!token || token.length > MAX_TOKEN_LENGTH) return { ok: false, problem: 'unknown' };
  const [row] = await deps.db
    .select({ used: loginLinks.used, expiresAt: loginLinks.expiresAt, language: users.language })
    .from(loginLinks)
    .innerJoin(users, eq(users.id, loginLinks.userId))
    .where(eq(loginLinks.tokenHash, sha256(token)));
  if (!row) return { ok: false, problem: 'unknown' };
  if (row.used) return { ok: false, problem: 'used' };
  if (row.expiresAt <= deps.clock.now()) return { ok: false, problem: 'expired' };
  return { ok: true, language: isLang(row.language) ? row.language : 'de' };
}

export type Redemption = { ok: true; viewer: Omit<Viewer, 'csrf'> } | { ok: false; problem: LinkProblem };

/**
 * Uses a link: one conditional UPDATE marks it used, so of two simultaneous requests exactly one gets a row back.
 * The caller then starts the session. A person deleted since the link was sent gets 'unknown'.
 */
export async function redeemLoginLink(deps: Deps, token: string): Promise<Redemption> {
  if (!token || token.length > MAX_TOKEN_LENGTH) return { ok: false, problem: 'unknown' };
  const [link] = await deps.db
    .update(loginLinks)
    .set({ used: true })
    .where(
      and(
        eq(loginLinks.tokenHash, sha256(token)),
        eq(loginLinks.used, false),
        gt(loginLinks.expiresAt, deps.clock.now()),
      ),
    )
    .returning({ userId: loginLinks.userId });
  if (!link) {
    const check = await checkLoginLink(deps, token);
    return { ok: false, problem: check.ok ? 'used' : check.problem };
  }
  const [user] = await deps.db.select().from(users).where(eq(users.id, link.userId));
  if (!user) return { ok: false, problem: 'unknown' };
  return { ok: true, viewer: { role: user.role, teamId: user.role === 'leader' ? user.teamId : null, userId: user.id } };
}
