import { drizzle } from 'drizzle-orm/d1';
import { createApp } from '../app';
import { loadConfig, type Config } from '../config';
import type { Db } from '../db/client';
import * as schema from '../db/schema';
import type { Deps } from '../deps';
import { systemClock } from '../lib/clock';
import { deriveKeys, type Keys } from '../lib/keys';
import { consoleLogger } from '../lib/log';
import { withSecurityHeaders } from '../lib/security';
import { cryptoRandom } from '../lib/random';
import { mailerFromConfig } from '../mail/from-config';
import { runDue, tickFields } from '../schedule/tick';
import { countingD1 } from './d1-count';

/** What wrangler.toml and `wrangler secret put` bind. Strings are vars or secrets; see docs/cloudflare.md. */
export interface Env {
  DB: D1Database;
  /** The files of web/, served under /static (see `serveStatic`). */
  ASSETS: Fetcher;
  PULS_ADMIN_TOKEN?: string;
  RESEND_API_KEY?: string;
  PULS_SEAL_KEY?: string;
  PUBLIC_URL?: string;
  MAIL_FROM?: string;
  COMPANY_NAME?: string;
  RESEND_BASE_URL?: string;
}

/**
 * Unlike Node, a Worker has no disk to keep a generated seal key on, and no console to print a generated admin
 * token to: the three settings below must be configured, and a request fails with a message naming the missing ones.
 */
const REQUIRED = ['PULS_SEAL_KEY', 'PULS_ADMIN_TOKEN', 'PUBLIC_URL'] as const;

/**
 * A close runs in steps; one invocation takes steps for this long, then the next cron tick carries on. Well inside
 * the CPU limit of an invocation (30 s by default) and its 1,000 D1 queries (a step makes about five).
 */
const CLOSE_BUDGET_MS = 20_000;
/** A request with more D1 queries than this logs how many (the limit per invocation is 1,000). */
const MANY_QUERIES = 50;

/** Keys are derived once per isolate (HKDF is cheap, but not free on every request); a rotated secret re-derives. */
let cachedKeys: { secret: string; keys: Promise<Keys> } | null = null;

function keysFor(secret: string): Promise<Keys> {
  if (cachedKeys?.secret !== secret) {
    const keys = deriveKeys(secret);
    cachedKeys = { secret, keys };
    // A bad key must not stay cached as a rejected promise once the secret is fixed (a new deploy is a new isolate
    // anyway, but `wrangler dev` reloads in place).
    keys.catch(() => (cachedKeys = null));
  }
  return cachedKeys.keys;
}

/** The configuration from the Worker's string bindings (vars and secrets); bindings such as DB are left out. */
export function workerConfig(env: Env): Config {
  const missing = REQUIRED.filter((name) => !env[name]);
  if (missing.length > 0) {
    const how = 'set secrets with `wrangler secret put`, vars in wrangler.toml';
    throw new Error(`Puls on Workers needs ${missing.join(', ')}: ${how}`);
  }
  const strings = Object.fromEntries(Object.entries(env).filter(([, v]) => typeof v === 'string')) as Record<string, string>;
  return loadConfig(strings);
}

/**
 * Deps for one request or cron event: D1 through drizzle (same query builder and `batch` as libSQL). The client
 * address is Cloudflare's `cf-connecting-ip` (set by the edge, not by the client); work after the response is kept
 * alive with the request's `waitUntil`.
 */
export async function workerDeps(env: Env, ctx?: ExecutionContext, d1: D1Database = env.DB, queriesMade?: () => number): Promise<Deps> {
  const config = workerConfig(env);
  return {
    // The D1 and libSQL drizzle databases share the query builder and `batch`; services use nothing else.
    db: drizzle(d1, { schema }) as unknown as Db,
    mailer: mailerFromConfig(config),
    clock: systemClock,
    random: cryptoRandom,
    config,
    keys: await keysFor(config.sealKey!),
    log: consoleLogger,
    // No checkpoint: D1 manages its own storage (see docs/cloudflare.md on what that means for deleted answers).
    closeBudgetMs: CLOSE_BUDGET_MS,
    queriesMade,
    clientAddress: (c) => c.req.header('cf-connecting-ip'),
    waitUntil: ctx ? (work) => ctx.waitUntil(work) : undefined,
  };
}

/** /static/* comes from the assets binding (web/), under the same paths as on Node. */
async function serveStatic(request: Request, env: Env): Promise<Response> {
  const url = new URL(request.url);
  url.pathname = url.pathname.slice('/static'.length);
  return withSecurityHeaders(await env.ASSETS.fetch(new Request(url, request)));
}

export default {
  async fetch(request, env, ctx): Promise<Response> {
    if (new URL(request.url).pathname.startsWith('/static/')) return serveStatic(request, env);
    let deps: Deps;
    let d1: ReturnType<typeof countingD1>;
    try {
      workerConfig(env);
      d1 = countingD1(env.DB);
      deps = await workerDeps(env, ctx, d1.db, d1.count);
    } catch (err) {
      // The message names settings, never their values: safe to log and to show whoever deploys.
      const message = err instanceof Error ? err.message : 'the Worker is not configured';
      consoleLogger.error('worker.config', { message });
      return Response.json({ error: { code: 'INTERNAL', message } }, { status: 500 });
    }
    const response = await createApp(deps).fetch(request, env, ctx);
    // Requests that make many queries (an import, opening or closing a wave) say how many: no path, no person.
    if (d1.count() > MANY_QUERIES) consoleLogger.info('request.queries', { queries: d1.count(), status: response.status });
    return response;
  },

  /** The cron trigger: one scheduler tick, the same `runDue` the Node timer runs; one log line of counts. */
  async scheduled(_controller, env, ctx): Promise<void> {
    const started = Date.now();
    const tick = (async () => {
      const d1 = countingD1(env.DB);
      const s = await runDue(await workerDeps(env, ctx, d1.db, d1.count), undefined, { closeBudgetMs: CLOSE_BUDGET_MS });
      consoleLogger.info('schedule.tick', { ...tickFields(s, Date.now() - started), queries: d1.count() });
    })();
    // waitUntil keeps the invocation alive for the whole tick; awaiting it too makes a failed tick (say, a missing
    // secret) a failed cron invocation in Cloudflare's metrics instead of a silent success.
    ctx.waitUntil(tick);
    await tick;
  },
} satisfies ExportedHandler<Env>;
