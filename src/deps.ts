import type { Config } from './config';
import type { Db } from './db/client';
import type { ClientAddress } from './lib/client';
import type { Clock } from './lib/clock';
import type { Keys } from './lib/keys';
import type { NextTurn } from './lib/gather';
import type { Logger } from './lib/log';
import type { Random } from './lib/random';
import type { Mailer } from './mail/mailer';

/** Everything the app needs from the outside world, built once by an entry point and passed in. */
export interface Deps {
  db: Db;
  mailer: Mailer;
  clock: Clock;
  random: Random;
  config: Config;
  keys: Keys;
  log: Logger;
  /** libSQL only: flush the WAL after answers are deleted. D1 manages its own storage. */
  checkpoint?: () => Promise<void>;
  /** Who is calling, for counting failed attempts (see lib/client.ts). Without it everyone shares one count. */
  clientAddress?: ClientAddress;
  /**
   * Keeps work alive after the response went out: `ctx.waitUntil` on Workers; on Node the promise simply runs on.
   * Used where the time a request takes must not tell anything (the sign-in mail). See lib/background.ts.
   */
  waitUntil?: (work: Promise<unknown>) => void;
  /**
   * Workers only: how long one request or cron tick may spend closing a wave before it leaves the rest to the next
   * tick (a close runs in steps, results/close.service.ts). Unset on Node: a close runs to the end.
   */
  closeBudgetMs?: number;
  /**
   * Workers only: the D1 queries this invocation has made so far. Long work (closing, sending) stops well before the
   * 1,000 queries D1 allows one invocation; the next tick goes on.
   */
  queriesMade?: () => number;
  /**
   * Node only (`setImmediate`): lets the lookups and writes of concurrent answers made in one turn of the event loop
   * go to the database together (lib/gather.ts, survey/group-commit.ts). Unset, each goes alone, at once.
   */
  nextTurn?: NextTurn;
}
