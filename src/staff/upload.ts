import { asc, eq, lt } from 'drizzle-orm';
import { runBatch } from '../db/client';
import { staffUploads } from '../db/schema';
import type { Deps } from '../deps';
import { newId } from '../lib/random';

/** A previewed file waits this long for its confirmation; then it is deleted and has to be uploaded again. */
export const UPLOAD_TTL_MS = 60 * 60_000;
/** Characters per stored part: at most 4 bytes each in UTF-8, well under D1's 2 MB per row. */
const PART_CHARS = 400_000;

/** Keeps a decoded staff file for its confirmation, and deletes every upload that has expired. Returns its id. */
export async function keepUpload(deps: Deps, text: string): Promise<string> {
  const id = newId(deps.random);
  const now = deps.clock.now();
  const parts = [];
  for (let i = 0, part = 0; i < Math.max(1, text.length); i += PART_CHARS, part++) {
    parts.push(deps.db.insert(staffUploads).values({ id, part, text: text.slice(i, i + PART_CHARS), createdAt: now }));
  }
  await runBatch(deps.db, [deleteExpired(deps, now), ...parts]);
  return id;
}

/** The file as uploaded, or null when it expired or was used. */
export async function readUpload(deps: Deps, id: string): Promise<string | null> {
  const rows = await deps.db.select().from(staffUploads).where(eq(staffUploads.id, id)).orderBy(asc(staffUploads.part));
  if (rows.length === 0 || rows[0].createdAt <= deps.clock.now() - UPLOAD_TTL_MS) return null;
  return rows.map((r) => r.text).join('');
}

export const dropUpload = (deps: Deps, id: string) => deps.db.delete(staffUploads).where(eq(staffUploads.id, id));

/** Uploads nobody confirmed in time: they hold names and addresses, so they do not linger (the tick calls this too). */
export const deleteExpired = (deps: Deps, now: number) => deps.db.delete(staffUploads).where(lt(staffUploads.createdAt, now - UPLOAD_TTL_MS));
