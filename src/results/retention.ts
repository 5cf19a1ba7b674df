import { eq } from 'drizzle-orm';
import { runBatch, type Statement } from '../db/client';
import { blocks, comments, findings, viewResults } from '../db/schema';
import type { Deps } from '../deps';

/**
 * Every table that holds a closed wave's results, each with a `wave_id`. Retention (src/retention) deletes a wave's
 * results from exactly these: a new result table goes into this list, or it is kept for ever.
 *
 * Not here, on purpose: `wave_exposure`, the sealed record of which groups a reader could know (results/history.ts).
 * Whoever read a wave's numbers may have kept them after they are deleted here, so later waves must still be checked
 * against them.
 */
export const RESULT_TABLES = [blocks, comments, viewResults, findings] as const;

/** The deletes of a wave's results, for a batch (retention puts its audit entry into the same one). */
export function waveResultDeletes(deps: Deps, waveId: string): Statement[] {
  return RESULT_TABLES.map((table) => deps.db.delete(table).where(eq(table.waveId, waveId)));
}

/** Deletes everything a closed wave published or kept, in one batch. The wave row itself stays (title, dates, k). */
export async function deleteWaveResults(deps: Deps, waveId: string): Promise<void> {
  await runBatch(deps.db, waveResultDeletes(deps, waveId));
}
