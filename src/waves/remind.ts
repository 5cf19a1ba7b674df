import { and, eq } from 'drizzle-orm';
import { record } from '../audit/audit.service';
import type { Actor } from '../audit/chain';
import { waves } from '../db/schema';
import type { Deps } from '../deps';
import { problemError } from '../lib/errors';
import { deliverDue } from '../mail/delivery';
import { remindWave } from '../schedule/reminders';
import { MAX_REMINDERS } from '../schedule/schedule.schema';
import { getWaveRow } from './waves.service';

/** A reminder right after the invitation or another reminder would be noise: at least this long in between. */
export const MIN_REMINDER_GAP_MS = 12 * 3_600_000;
/** Mails sent before the admin's request returns; the rest go out with the next scheduler tick. */
const INLINE_BATCHES = 20;

export interface Reminded {
  /** Which reminder of the wave this was (1-based). */
  reminder: number;
  /** Reminders the wave may have in all, planned ones included. */
  max: number;
}

/**
 * "Remind now" on a running wave: a reminder due at once, counted with the planned ones against MAX_REMINDERS, and
 * never within MIN_REMINDER_GAP_MS of the invitation or the last reminder. It goes to everyone invited, or only to
 * those who have not answered when the `remindEveryone` setting is off, exactly as a planned one (schedule/reminders.ts).
 * The wave's reminder list gets the new offset by compare-and-set, so a double click reminds once. The audit entry
 * says which reminder, never how many were reminded (that is how many have not answered).
 */
export async function remindNow(deps: Deps, id: string, actor: Actor): Promise<Reminded> {
  for (let attempt = 0; ; attempt++) {
    const wave = await getWaveRow(deps, id);
    const now = deps.clock.now();
    if (wave.status !== 'open' || wave.closesAt <= now) {
      throw problemError('CONFLICT', 'wave_not_running', 'only a running wave can be reminded');
    }
    const offsets = JSON.parse(wave.reminders) as number[];
    if (offsets.length >= MAX_REMINDERS) {
      throw problemError('CONFLICT', 'reminder_limit', `the wave already has ${MAX_REMINDERS} reminders, planned ones included`, { max: MAX_REMINDERS });
    }
    const last = Math.max(0, ...offsets.filter((o) => wave.openedAt + o <= now));
    if (now - (wave.openedAt + last) < MIN_REMINDER_GAP_MS) {
      throw problemError('CONFLICT', 'reminder_too_soon', `the last mail of this wave went out less than ${MIN_REMINDER_GAP_MS / 3_600_000} hours ago`, {
        hours: MIN_REMINDER_GAP_MS / 3_600_000,
      });
    }
    const next = [...offsets, now - wave.openedAt].sort((a, b) => a - b);
    const [claimed] = await deps.db
      .update(waves)
      .set({ reminders: JSON.stringify(next) })
      .where(and(eq(waves.id, id), eq(waves.status, 'open'), eq(waves.reminders, wave.reminders)))
      .returning({ id: waves.id });
    if (!claimed) {
      if (attempt < 2) continue;
      throw problemError('CONFLICT', 'wave_busy', 'the wave changed meanwhile; try again');
    }
    const reminder = next.filter((o) => wave.openedAt + o <= now).length;
    await remindWave(deps, id, reminder);
    await record(deps, { actor, action: 'wave.reminded', target: id, details: { reminder, manual: true } });
    await deliverDue(deps, { maxBatches: INLINE_BATCHES });
    return { reminder, max: MAX_REMINDERS };
  }
}
