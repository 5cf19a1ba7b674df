import type { BatchItem } from 'drizzle-orm/batch';
import type { LibSQLDatabase } from 'drizzle-orm/libsql';
import type * as schema from './schema';

/**
 * The database handle every service takes. On Node it is drizzle over libSQL; on Workers drizzle over D1, which
 * has the same query builder and `batch`. Services use only what both share: the query builder, `.returning()`
 * (never driver-specific result fields such as rowsAffected) and `db.batch` for atomic writes.
 */
export type Db = LibSQLDatabase<typeof schema>;

/** D1 allows 100 bound parameters per statement; libSQL more. Multi-row inserts are chunked to stay under it. */
export const MAX_PARAMS = 100;

/** Splits rows so that each insert binds at most MAX_PARAMS values. */
export function chunkRows<T>(rows: T[], columnsPerRow: number): T[][] {
  const size = Math.max(1, Math.floor(MAX_PARAMS / columnsPerRow));
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/**
 * Rows per JSON parameter, and a bound on its size. For writes too large for VALUES lists under MAX_PARAMS: the rows
 * go in as one JSON text read with `json_each`. D1 takes a string of up to 2 MB as a parameter.
 */
export const JSON_CHUNK_ROWS = 1000;
const JSON_CHUNK_BYTES = 1_000_000;

/** Serialises rows into JSON arrays of at most JSON_CHUNK_ROWS rows and about JSON_CHUNK_BYTES bytes each. */
export function jsonChunks(rows: readonly unknown[]): string[] {
  const out: string[] = [];
  let parts: string[] = [];
  let size = 2;
  for (const row of rows) {
    const text = JSON.stringify(row);
    // UTF-8 takes at most three bytes per UTF-16 unit.
    const bytes = text.length * 3 + 1;
    if (parts.length > 0 && (parts.length === JSON_CHUNK_ROWS || size + bytes > JSON_CHUNK_BYTES)) {
      out.push(`[${parts.join(',')}]`);
      parts = [];
      size = 2;
    }
    parts.push(text);
    size += bytes;
  }
  if (parts.length > 0) out.push(`[${parts.join(',')}]`);
  return out;
}

export type Statement = BatchItem<'sqlite'>;

/** Runs statements as one atomic batch (D1 has no interactive transactions). An empty list is a no-op. */
export async function runBatch(db: Db, statements: Statement[]): Promise<unknown[]> {
  if (statements.length === 0) return [];
  return db.batch(statements as [Statement, ...Statement[]]);
}
