import { createClient } from '@libsql/client';
import { drizzle } from 'drizzle-orm/libsql';
import { migrate } from 'drizzle-orm/libsql/migrator';
import * as schema from './schema';
import type { Db } from './client';

export interface LibsqlHandle {
  db: Db;
  /** Copies the WAL into the main file and truncates it, so deleted rows leave no copy behind. */
  checkpoint(): Promise<void>;
  close(): void;
}

/**
 * Opens a libSQL database (a file or `:memory:`), turns on secure_delete so deleted rows are zeroed in place,
 * and applies the drizzle migrations.
 */
export async function openLibsql(url: string, migrationsFolder = 'drizzle'): Promise<LibsqlHandle> {
  // One connection: PRAGMAs such as secure_delete hold per connection, and a pool would open new ones without
  // them (a test reads the file's bytes to prove deleted answers are gone). SQLite serialises writes anyway.
  const client = createClient({ url, concurrency: 1 });
  const db = drizzle(client, { schema });
  await migrate(db, { migrationsFolder });
  await client.execute('PRAGMA secure_delete = ON');
  if (url.startsWith('file:') && !url.includes(':memory:')) {
    await client.execute('PRAGMA journal_mode = WAL');
    // In WAL mode NORMAL is still crash-safe (a power cut may lose the last commits, never corrupt); FULL would
    // sync on every commit of a wave's 100,000 invitations.
    await client.execute('PRAGMA synchronous = NORMAL');
    await client.execute('PRAGMA busy_timeout = 5000');
  }
  // 64 MB of page cache: ids and token hashes are random, so large writes touch B-tree pages all over the file.
  await client.execute('PRAGMA cache_size = -65536');
  return {
    db,
    checkpoint: async () => {
      await client.execute('PRAGMA wal_checkpoint(TRUNCATE)');
    },
    close: () => client.close(),
  };
}
