import { and, asc, count, eq, isNotNull, type SQL } from 'drizzle-orm';
import { teamCodeTeams } from '../codes/team-codes.service';
import { codeHash, letterCode } from '../codes/codes';
import { invitations, staff, teams, usedLinks } from '../db/schema';
import { inJson } from '../db/json-rows';
import type { Deps } from '../deps';
import { AppError, notFound } from '../lib/errors';
import { linkToken, usedMarker } from '../lib/keys';
import { getRemindEveryone } from '../settings/settings';
import { subtreeIds } from '../teams/tree';
import type { WaveRow } from '../waves/waves.service';

/** Who gets a letter: what the API lists. Never the code or the link. */
export interface LetterRecipient {
  staffId: string;
  name: string;
  employeeId: string | null;
  teamId: string;
  team: string;
  language: (typeof invitations.$inferSelect)['language'];
}

/** A letter as printed: the recipient, their personal link (for the QR code) and their code, derived here. */
export interface Letter extends LetterRecipient {
  link: string;
  code: string;
}

export interface LetterFilter {
  /** Only this team's subtree. */
  teamId?: string;
  /**
   * Reminder letters: with `remindEveryone` (the default) everyone on paper gets one again, so the pile says nothing
   * about who answered; with targeted reminders only those whose invitation is unused — the printed pile then tells
   * whoever prints it who had not answered yet, exactly as targeted reminder mails tell the outbox (docs/anonymity.md).
   */
  reminder?: boolean;
}

/** A wave's letters are printed while it runs: before, its links open nothing; after, they answer nothing. */
function requireOpen(wave: WaveRow) {
  if (wave.status !== 'open') throw new AppError('CONFLICT', `letters are printed while a wave is open; this one is ${wave.status}`);
}

/**
 * Everyone invited on paper (their invitation has a code hash), ordered by team and name so a pile can be handed out
 * team by team. The team is the invitation's (where the answers will count), not today's.
 */
export async function letterRecipients(deps: Deps, wave: WaveRow, filter: LetterFilter = {}): Promise<LetterRecipient[]> {
  requireOpen(wave);
  const conditions: SQL[] = [eq(invitations.waveId, wave.id), isNotNull(invitations.codeHash)];
  if (filter.teamId !== undefined) conditions.push(await subtree(deps, filter.teamId));
  const rows = await deps.db
    .select({
      invitationId: invitations.id,
      staffId: invitations.staffId,
      name: staff.name,
      employeeId: staff.employeeId,
      active: staff.active,
      teamId: invitations.teamId,
      team: teams.path,
      language: invitations.language,
    })
    .from(invitations)
    .innerJoin(staff, eq(staff.id, invitations.staffId))
    .innerJoin(teams, eq(teams.id, invitations.teamId))
    .where(and(...conditions))
    .orderBy(asc(teams.path), asc(staff.name), asc(invitations.id));
  let due = rows;
  if (filter.reminder) {
    const everyone = await getRemindEveryone(deps);
    const used = everyone ? new Set<string>() : await usedOf(deps, wave.id);
    due = rows.filter((r) => r.active && !used.has(usedMarker(deps.keys, r.invitationId)));
  }
  return due.map(({ invitationId: _i, active: _a, ...r }) => r);
}

/** The letters themselves, with the link and code each carries (derived from the invitation id, never stored). */
export async function letters(deps: Deps, wave: WaveRow, filter: LetterFilter = {}): Promise<Letter[]> {
  requireOpen(wave);
  const recipients = await letterRecipients(deps, wave, filter);
  const ids = await deps.db
    .select({ id: invitations.id, staffId: invitations.staffId, codeHash: invitations.codeHash })
    .from(invitations)
    .where(and(eq(invitations.waveId, wave.id), isNotNull(invitations.codeHash)));
  const invitationOf = new Map(ids.map((i) => [i.staffId, i]));
  return recipients.map((r) => {
    const invitation = invitationOf.get(r.staffId)!;
    const code = letterCode(deps.keys, invitation.id);
    // The stored hash is the check that this deployment's key made the code (a changed key would print dead codes).
    if (codeHash(deps.keys, code) !== invitation.codeHash) throw new Error('letter code does not match its invitation');
    return { ...r, code, link: `${deps.config.publicUrl}/s/${linkToken(deps.keys, 'survey', invitation.id)}` };
  });
}

/** The condition "the invitation's team is in this team's subtree" (the one tree walker); 404 for a team that does not exist. */
async function subtree(deps: Deps, teamId: string): Promise<SQL> {
  const all = await deps.db.select({ id: teams.id, parentId: teams.parentId }).from(teams);
  const ids = subtreeIds(all, teamId);
  if (ids.length === 0) throw notFound('team');
  return inJson(invitations.teamId, ids);
}

async function usedOf(deps: Deps, waveId: string): Promise<Set<string>> {
  const rows = await deps.db.select({ marker: usedLinks.marker }).from(usedLinks).where(eq(usedLinks.waveId, waveId));
  return new Set(rows.map((r) => r.marker));
}

export interface PaperSummary {
  /** People invited on paper in this wave. */
  letters: number;
  /** Every team, for the team choices (root first, then by path). */
  teams: { id: string; path: string }[];
  codeTeams: Awaited<ReturnType<typeof teamCodeTeams>>;
  /** Reminder letters go to everyone on paper (the default) or only to those who have not answered. */
  remindEveryone: boolean;
}

/** The wave page's paper section. */
export async function paperSummary(deps: Deps, wave: WaveRow): Promise<PaperSummary> {
  const [{ n }] = await deps.db
    .select({ n: count() })
    .from(invitations)
    .where(and(eq(invitations.waveId, wave.id), isNotNull(invitations.codeHash)));
  const allTeams = await deps.db.select({ id: teams.id, path: teams.path }).from(teams).orderBy(asc(teams.path));
  return { letters: n, teams: allTeams, codeTeams: await teamCodeTeams(deps, wave), remindEveryone: await getRemindEveryone(deps) };
}
