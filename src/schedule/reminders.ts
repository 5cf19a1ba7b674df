import { and, eq, gt, inArray, lt } from 'drizzle-orm';
import { runBatch, type Statement } from '../db/client';
import { invitations, staff, usedLinks, waves } from '../db/schema';
import type { Deps } from '../deps';
import { usedMarker } from '../lib/keys';
import { newId } from '../lib/random';
import { record } from '../audit/audit.service';
import { SCHEDULER } from '../audit/chain';
import { queueMessages } from '../mail/delivery';
import { getRemindEveryone } from '../settings/settings';

/** Invitations reminded per batch. */
export const REMINDER_CHUNK = 500;
/** Ids per UPDATE: D1 binds at most 100 parameters per statement, and the update binds three besides the ids. */
const IDS_PER_UPDATE = 90;

/**
 * Queues the reminders that are due for every open wave and returns how many people were reminded.
 *
 * A wave's reminders are ms offsets after its opening. When reminder n is due, every invitation that has had fewer
 * than n reminders gets `remindersSent` = n, and — unless it was used and the `remindEveryone` setting is off — the
 * message `reminder-n/<invitationId>`, in the same batch. So a second run finds nobody left, and two overlapping runs
 * cannot mail anyone twice: the messages' unique idempotency key swallows a repeat insert, and the update counts only
 * rows it still changed. Every invitation's counter moves, so `remindersSent` never tells who answered. When several
 * reminders are due at once (the scheduler was down), only the latest is sent: nobody gets a burst.
 *
 * Reminding everyone is the default: then neither the outbox nor the mail provider learns who has not answered.
 * Targeted reminders are computed here by the service, which alone can tie a used marker to an invitation; their
 * queued rows then say who had not answered yet (docs/anonymity.md). A reminder says nothing about anybody else.
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
    const n = await remindWave(deps, wave.id, due);
    // Logged without the count: how many were reminded is how many have not answered.
    if (n > 0) await record(deps, { actor: SCHEDULER, action: 'wave.reminded', target: wave.id, details: { reminder: due } });
    reminded += n;
  }
  return reminded;
}

/** Queues reminder `n` of a wave for everyone who has had fewer (see `sendDueReminders`); returns how many. */
export async function remindWave(deps: Deps, waveId: string, n: number): Promise<number> {
  let reminded = 0;
  const everyone = await getRemindEveryone(deps);
  const used = everyone ? new Set<string>() : await usedMarkers(deps, waveId);
  const pending = and(eq(invitations.waveId, waveId), lt(invitations.remindersSent, n));
  for (;;) {
    const rows = await deps.db
      .select({ id: invitations.id, language: invitations.language, email: staff.email, code: invitations.codeHash, active: staff.active })
      .from(invitations)
      .innerJoin(staff, eq(staff.id, invitations.staffId))
      .where(pending)
      .limit(REMINDER_CHUNK);
    if (rows.length === 0) return reminded;
    // People on paper (a code hash) get no mail: their reminder letters are printed from the wave page.
    const due = rows.filter((r) => r.active && !used.has(usedMarker(deps.keys, r.id)));
    const mailed = due.flatMap((r) => (r.code === null && r.email ? [{ ...r, email: r.email }] : []));
    const queue = queueMessages(
      deps,
      mailed.map((r) => ({
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
          .where(and(inArray(invitations.id, ids), lt(invitations.remindersSent, n)))
          .returning({ id: invitations.id }),
      );
    }
    const results = await runBatch(deps.db, [...queue, ...bumps]);
    const bumped = new Set(results.slice(queue.length).flatMap((r) => (r as { id: string }[]).map((x) => x.id)));
    reminded += mailed.filter((r) => bumped.has(r.id)).length;
  }
}

/** The wave's used markers: the service computes each invitation's marker and looks it up here. */
async function usedMarkers(deps: Deps, waveId: string): Promise<Set<string>> {
  const rows = await deps.db.select({ marker: usedLinks.marker }).from(usedLinks).where(eq(usedLinks.waveId, waveId));
  return new Set(rows.map((r) => r.marker));
}
