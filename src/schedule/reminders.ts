import { and, eq, gt, inArray, lt } from 'drizzle-orm';
import { runBatch, type Statement } from '../db/client';
import { invitations, staff, waves } from '../db/schema';
import type { Deps } from '../deps';
import { newId } from '../lib/random';
import { record } from '../audit/audit.service';
import { SCHEDULER } from '../audit/chain';
import { queueMessages } from '../mail/delivery';

/** Invitations reminded per batch. */
export const REMINDER_CHUNK = 500;
/** Ids per UPDATE: D1 binds at most 100 parameters per statement, and the update binds three besides the ids. */
const IDS_PER_UPDATE = 90;

/**
 * Queues the reminders that are due for every open wave and returns how many people were reminded.
 *
 * A wave's reminders are ms offsets after its opening. When reminder n is due, every unused invitation that has
 * had fewer than n reminders gets the message `reminder-n/<invitationId>` and its `remindersSent` becomes n, in
 * the same batch. So a second run finds nobody left, and two overlapping runs cannot mail anyone twice: the
 * messages' unique idempotency key swallows a repeat insert, and the update counts only rows it still changed.
 * When several reminders are due at once (the scheduler was down), only the latest is sent: nobody gets a burst.
 * A reminder is a personal mail like the invitation; it says nothing about who else has or has not answered,
 * and one to someone who answers before it goes out is dropped by the sender.
 */
export async function sendDueReminders(deps: Deps, now: number): Promise<number> {
  const open = await deps.db
    .select({ id: waves.id, openedAt: waves.openedAt, reminders: waves.reminders })
    .from(waves)
    .where(and(eq(waves.status, 'open'), gt(waves.closesAt, now)));
  let reminded = 0;
  for (const wave of open) {
    const offsets = JSON.parse(wave.reminders) as number[];
    const due = offsets.filter((offset) => wave.openedAt + offset <= now).length;
    if (due === 0) continue;
    const n = await remind(deps, wave.id, due);
    // Logged without the count: how many were reminded is how many have not answered.
    if (n > 0) await record(deps, { actor: SCHEDULER, action: 'wave.reminded', target: wave.id, details: { reminder: due } });
    reminded += n;
  }
  return reminded;
}

async function remind(deps: Deps, waveId: string, n: number): Promise<number> {
  let reminded = 0;
  const pending = and(eq(invitations.waveId, waveId), eq(invitations.used, false), lt(invitations.remindersSent, n));
  for (;;) {
    const rows = await deps.db
      .select({ id: invitations.id, language: invitations.language, email: staff.email })
      .from(invitations)
      .innerJoin(staff, eq(staff.id, invitations.staffId))
      .where(and(pending, eq(staff.active, true)))
      .limit(REMINDER_CHUNK);
    if (rows.length === 0) return reminded;
    const queue = queueMessages(
      deps,
      rows.map((r) => ({
        kind: 'reminder' as const,
        waveId,
        invitationId: r.id,
        recipient: r.email,
        language: r.language,
        idempotencyKey: `reminder-${n}/${r.id}`,
      })),
      `reminder-${n}/${waveId}/${newId(deps.random)}`,
    );
    const bumps: Statement[] = [];
    for (let i = 0; i < rows.length; i += IDS_PER_UPDATE) {
      const ids = rows.slice(i, i + IDS_PER_UPDATE).map((r) => r.id);
      bumps.push(
        deps.db
          .update(invitations)
          .set({ remindersSent: n })
          .where(and(inArray(invitations.id, ids), eq(invitations.used, false), lt(invitations.remindersSent, n)))
          .returning({ id: invitations.id }),
      );
    }
    const results = await runBatch(deps.db, [...queue, ...bumps]);
    reminded += results.slice(queue.length).reduce<number>((sum, r) => sum + (r as unknown[]).length, 0);
  }
}
