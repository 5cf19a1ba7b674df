import { and, eq, inArray } from 'drizzle-orm';
import { waves } from '../db/schema';
import type { Deps } from '../deps';
import { AppError } from '../lib/errors';
import { getWaveRow, type WaveRow } from './waves.service';

/** Closes a wave now: answers stop. (The results issue turns its sealed answers into blocks here.) */
export async function closeWave(deps: Deps, id: string): Promise<WaveRow> {
  const wave = await getWaveRow(deps, id);
  if (wave.status === 'closed' || wave.status === 'closing') throw new AppError('CONFLICT', 'the wave is already closed');
  const [closed] = await deps.db
    .update(waves)
    .set({ status: 'closed', closedAt: deps.clock.now() })
    .where(and(eq(waves.id, id), inArray(waves.status, ['open', 'opening'])))
    .returning();
  if (!closed) throw new AppError('CONFLICT', 'the wave is already closed');
  return closed;
}
