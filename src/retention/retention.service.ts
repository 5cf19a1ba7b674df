import { sql } from 'drizzle-orm';
import { auditBatch } from '../audit/audit.service';
import { SCHEDULER } from '../audit/chain';
import type { Statement } from '../db/client';
import { blocks, comments, invitations, loginLinks, messages, sessions, staff, users, viewResults } from '../db/schema';
import { inJson } from '../db/json-rows';
import type { Deps } from '../deps';
import { waveResultDeletes } from '../results/retention';
import { loadSettings } from '../settings/settings';
import { cutoffs, REMOVED_DOMAIN } from './due';

/**
 * The condition of the partial index staff_left_idx, written the same (SQLite uses the index only then). A forgotten
 * person's name is '' (imports refuse empty names), which also covers people who never had an email.
 */
export const STILL_NAMED = `active = 0 and name <> ''`;

/** At most this many waves per kind, and this many people, per tick: each step is one batch that fits D1's limits. */
export const WAVES_PER_TICK = 5;
export const STAFF_PER_TICK = 500;

export interface RetentionSummary {
  /** Waves whose comments were deleted. */
  comments: number;
  /** Waves whose results were deleted. */
  results: number;
  /** People whose name and email were removed. */
  staff: number;
}

/**
 * Deletes what the retention settings say is due at `now`, in bounded steps, each one batch together with its audit
 * entry (actor "scheduler", counts only). What is left for the next tick, the next tick does. Runs in every
 * scheduler tick; everything it reads is found through an index, so a tick with nothing due reads next to nothing.
 */
export async function applyRetention(deps: Deps, now: number): Promise<RetentionSummary> {
  const { retention } = await loadSettings(deps);
  const due = cutoffs(now, retention);
  return {
    results: await deleteResults(deps, due.results, retention.resultsYears),
    comments: await deleteComments(deps, due.comments, retention.commentsMonths),
    staff: await forgetStaff(deps, due.staff, retention.inactiveStaffMonths),
  };
}

/** Waves closed by `cutoff` that still have results: blocks and view_results are indexed by wave. */
async function deleteResults(deps: Deps, cutoff: number, years: number): Promise<number> {
  const rows = await deps.db.all<{ id: string; closed_at: number }>(sql`
    select id, closed_at from waves w
    where w.status = 'closed' and w.closed_at <= ${cutoff}
      and (exists (select 1 from ${blocks} b where b.wave_id = w.id) or exists (select 1 from ${viewResults} v where v.wave_id = w.id))
    order by w.closed_at limit ${WAVES_PER_TICK}`);
  for (const wave of rows) {
    const details = { years, closedAt: new Date(wave.closed_at).toISOString() };
    await auditBatch(deps, { actor: SCHEDULER, action: 'retention.results', target: wave.id, details }, waveResultDeletes(deps, wave.id));
  }
  return rows.length;
}

/** Comments hang on blocks (indexed by wave), and are found through them, so a wave without comments costs a probe. */
async function deleteComments(deps: Deps, cutoff: number, months: number): Promise<number> {
  const rows = await deps.db.all<{ id: string; closed_at: number }>(sql`
    select id, closed_at from waves w
    where w.status = 'closed' and w.closed_at <= ${cutoff}
      and exists (select 1 from ${blocks} b join ${comments} c on c.block_id = b.id where b.wave_id = w.id)
    order by w.closed_at limit ${WAVES_PER_TICK}`);
  for (const wave of rows) {
    const [{ n }] = await deps.db.all<{ n: number }>(
      sql`select count(*) as n from ${comments} where block_id in (select id from ${blocks} where wave_id = ${wave.id})`,
    );
    const details = { months, deleted: n, closedAt: new Date(wave.closed_at).toISOString() };
    await auditBatch(deps, { actor: SCHEDULER, action: 'retention.comments', target: wave.id, details }, [
      deps.db.delete(comments).where(sql`${comments.blockId} in (select id from ${blocks} where wave_id = ${wave.id})`),
    ]);
  }
  return rows.length;
}

/**
 * People who left the staff list by `cutoff`: name, email and employee number are removed (the id stays, closed waves' invitations
 * point at it; aggregates stay), their sign-in rows go with their sessions and links, and their address is removed
 * from the outbox. Someone still invited to a wave that has not closed is left until it has.
 */
async function forgetStaff(deps: Deps, cutoff: number, months: number): Promise<number> {
  // The literal terms match the partial index staff_left_idx, which holds only people still to forget.
  const people = await deps.db.all<{ id: string; email: string | null }>(sql`
    select s.id, s.email from ${staff} s
    where ${sql.raw(STILL_NAMED)} and s.updated_at <= ${cutoff}
      and not exists (
        select 1 from ${invitations} i where i.staff_id = s.id and i.wave_id in (select id from waves where status != 'closed'))
    limit ${STAFF_PER_TICK}`);
  if (people.length === 0) return 0;
  const ids = JSON.stringify(people.map((p) => p.id));
  const emails = JSON.stringify(people.flatMap((p) => (p.email ? [p.email] : [])));
  const [{ n: access }] = await deps.db.all<{ n: number }>(
    sql`select count(*) as n from ${users} where ${inJson(users.email, emails)}`,
  );
  const userIds = sql`(select id from ${users} where ${inJson(users.email, emails)})`;
  const statements: Statement[] = [
    deps.db.delete(sessions).where(sql`${sessions.userId} in ${userIds}`),
    deps.db.delete(loginLinks).where(sql`${loginLinks.userId} in ${userIds}`),
    deps.db.delete(users).where(inJson(users.email, emails)),
    deps.db.update(messages).set({ recipient: REMOVED_DOMAIN }).where(inJson(messages.recipient, emails)),
    deps.db
      .update(staff)
      .set({ email: sql`case when ${staff.email} is null then null else ${staff.id} || ${`@${REMOVED_DOMAIN}`} end`, name: '', employeeId: null })
      .where(inJson(staff.id, ids)),
  ];
  await auditBatch(deps, { actor: SCHEDULER, action: 'retention.staff', details: { people: people.length, accessRemoved: access, months } }, statements);
  return people.length;
}
