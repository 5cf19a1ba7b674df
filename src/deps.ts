import type { Config } from './config';
import type { Db } from './db/client';
import type { Clock } from './lib/clock';
import type { Keys } from './lib/keys';
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
  /**
   * Workers only: how long one request or cron tick may spend closing a wave before it leaves the rest to the next
   * tick (a close runs in steps, results/close.service.ts). Unset on Node: a close runs to the end.
   */
  closeBudgetMs?: number;
}
