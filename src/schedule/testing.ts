import { asc, eq } from 'drizzle-orm';
import { invitations, messages, staff, usedLinks } from '../db/schema';
import type { Deps } from '../deps';
import { linkToken, usedMarker } from '../lib/keys';
import { importStaff } from '../staff/staff.service';
import { openInvitation, submitTo } from '../survey/survey.service';
import { answersFor } from '../survey/testing';

/** Test fixtures for the schedule: staff, answers, the outbox as rows. */

/** n people in one team, person01@muster.de … */
export const staffCsv = (n: number) =>
  ['email,name,team,role,language', ...Array.from({ length: n }, (_, i) => `person${String(i + 1).padStart(2, '0')}@muster.de,Person ${i + 1},Werk Nord/Montage,basic,de`)].join('\n');

export async function importPeople(deps: Deps, n: number) {
  await importStaff(deps, staffCsv(n));
}

/** A wave's invitations with the invitee's email, in email order; `used` as the service sees it (its keyed marker). */
export async function invitationsOf(deps: Deps, waveId: string) {
  const rows = await deps.db
    .select({ id: invitations.id, email: staff.email, remindersSent: invitations.remindersSent })
    .from(invitations)
    .innerJoin(staff, eq(staff.id, invitations.staffId))
    .where(eq(invitations.waveId, waveId))
    .orderBy(asc(staff.email));
  const markers = new Set((await deps.db.select().from(usedLinks)).map((u) => u.marker));
  return rows.map((r) => ({ ...r, used: markers.has(usedMarker(deps.keys, r.id)) }));
}

/**
 * Answers the survey as the given invitations would, through the real service — every question of the wave, since
 * the scheduler's first wave of a quarter carries the retrospective module.
 */
export async function answer(deps: Deps, invitationIds: string[]) {
  for (const id of invitationIds) {
    const open = await openInvitation(deps, linkToken(deps.keys, 'survey', id));
    await submitTo(deps, open, answersFor(open.questions));
  }
}

/** Outbox rows of one kind, as [idempotencyKey, recipient] sorted by recipient. */
export async function queued(deps: Deps, kind: 'invitation' | 'reminder') {
  const rows = await deps.db.select().from(messages).where(eq(messages.kind, kind)).orderBy(asc(messages.recipient));
  return rows.map((r) => [r.idempotencyKey, r.recipient, r.status] as const);
}

export const WEEKLY_TUESDAY = { every: '1w', weekday: 2, time: '09:00', timezone: 'Europe/Berlin', openDays: 5, reminders: [2], k: 5 };
