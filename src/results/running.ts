import { desc, eq } from 'drizzle-orm';
import { waves } from '../db/schema';
import type { Deps } from '../deps';
import { respondedCount } from '../waves/waves.service';

/**
 * The running wave's company-wide response rate for admins. Published only once at least k people answered
 * (rule 6: participation only where the view itself could be published); below that it is marked, not zero.
 */
export async function runningWave(deps: Deps) {
  const [wave] = await deps.db
    .select()
    .from(waves)
    .where(eq(waves.status, 'open'))
    .orderBy(desc(waves.openedAt))
    .limit(1);
  if (!wave) return null;
  const responded = await respondedCount(deps, wave.id);
  const base = { waveId: wave.id, title: wave.title, closesAt: new Date(wave.closesAt).toISOString(), invited: wave.invited, k: wave.k };
  if (responded < wave.k) return { ...base, published: false as const, reason: 'too-few' as const };
  return { ...base, published: true as const, responded, responseRate: wave.invited ? responded / wave.invited : 0 };
}

