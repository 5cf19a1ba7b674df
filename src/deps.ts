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
}
