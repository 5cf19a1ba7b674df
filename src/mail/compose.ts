import { eq, inArray } from 'drizzle-orm';
import { invitations, loginLinks, messages, teams, usedLinks, users, waves } from '../db/schema';
import type { Deps } from '../deps';
import { adminLangOf, isLang, isStaffLang } from '../lib/i18n';
import { linkToken, usedMarker } from '../lib/keys';
import { getRemindEveryone } from '../settings/settings';
import type { Mail } from './mailer';
import { mailPrivacy } from '../privacy/notice';
import { invitationMail, loginMail, reminderMail, welcomeMail } from './templates';
import { invitationNews } from '../actions/news.service';
import { digestReaders, renderDigest } from '../insights/digest';

/** The columns a sender needs of a claimed message. */
export type MessageRow = Pick<
  typeof messages.$inferSelect,
  'id' | 'kind' | 'waveId' | 'invitationId' | 'loginId' | 'userId' | 'recipient' | 'language' | 'idempotencyKey' | 'attempts'
>;

export interface ComposedGroup {
  /** What goes out, in the group's fixed order. */
  ready: { row: MessageRow; mail: Mail }[];
  /**
   * No longer wanted (a targeted reminder to someone who has answered meanwhile): removed without a trace of why.
   * With `remindEveryone` (the default) no reminder is ever moot.
   */
  moot: MessageRow[];
  /** Cannot be sent at all; becomes 'failed' with the reason. */
  broken: { row: MessageRow; reason: string }[];
}

/**
 * Renders a claimed group at send time: the personal link is derived here from the invitation or login id and
 * the deployment secret, never stored. Rendering is deterministic (same rows, same text), so a retried batch is
 * the same request under the same idempotency key. Only on a group's first attempt may messages be left out:
 * after that an earlier request may have reached the provider, and a different body would be a different request.
 */
export async function composeGroup(
  deps: Deps,
  rows: MessageRow[],
  options: { firstAttempt: boolean; now: number },
): Promise<ComposedGroup> {
  const out: ComposedGroup = { ready: [], moot: [], broken: [] };
  const surveys = await surveyContext(deps, rows);
  const logins = await loginContext(deps, rows);
  const news = await invitationNews(deps, rows);
  const readers = await digestReaders(deps, rows.filter((r) => r.kind === 'digest' && r.userId).map((r) => r.userId!));
  const { publicUrl } = deps.config;
  // The company as the settings name it (COMPANY_NAME until an admin sets another).
  const { company: companyName, ...privacy } = await mailPrivacy(deps);

  for (const row of [...rows].sort((a, b) => (a.idempotencyKey < b.idempotencyKey ? -1 : 1))) {
    if (row.kind === 'digest') {
      // Rendered for the reader as they are now: a removed user, or a wave gone by retention, gets nothing.
      const reader = row.userId ? readers.get(row.userId) : undefined;
      const content = reader && row.waveId ? await renderDigest(deps, reader, row.waveId) : null;
      if (content) out.ready.push({ row, mail: { key: row.idempotencyKey, to: row.recipient, ...content } });
      else if (options.firstAttempt) out.moot.push(row);
      else out.broken.push({ row, reason: 'the digest has nobody or nothing left to report to' });
      continue;
    }
    if (row.kind === 'login' || row.kind === 'welcome') {
      const lang = isLang(row.language) ? row.language : 'de';
      const login = row.loginId ? logins.get(row.loginId) : undefined;
      if (!login) {
        out.broken.push({ row, reason: 'the sign-in link no longer exists' });
        continue;
      }
      if (options.firstAttempt && (login.used || login.expiresAt <= options.now)) {
        out.broken.push({ row, reason: 'the sign-in link expired before it could be sent' });
        continue;
      }
      const link = `${publicUrl}/login/${linkToken(deps.keys, 'login', login.id)}`;
      if (row.kind === 'welcome' && !login.role) {
        out.broken.push({ row, reason: 'the person no longer has access' });
        continue;
      }
      const content =
        row.kind === 'welcome' && login.role
          ? welcomeMail({ lang, link, role: login.role, team: login.team, company: companyName, signIn: `${publicUrl}/login`, privacy })
          : loginMail({ lang, link, privacy });
      out.ready.push({ row, mail: { key: row.idempotencyKey, to: row.recipient, ...content } });
      continue;
    }
    const survey = row.invitationId ? surveys.get(row.invitationId) : undefined;
    if (!survey) {
      out.broken.push({ row, reason: 'the invitation no longer exists' });
      continue;
    }
    if (options.firstAttempt && row.kind === 'reminder' && survey.used) {
      out.moot.push(row);
      continue;
    }
    const link = `${publicUrl}/s/${linkToken(deps.keys, 'survey', survey.id)}`;
    const mailLang = isStaffLang(survey.language) ? survey.language : isStaffLang(row.language) ? row.language : 'de';
    const input = {
      lang: mailLang,
      companyName,
      title: survey.title,
      link,
      closesAt: survey.closesAt,
      module: survey.module,
      privacy,
      // "You said, we did" is written in German or English (what teams typed); other languages get the German.
      news: row.kind === 'invitation' ? news(row, adminLangOf(mailLang)) : undefined,
    };
    const content = row.kind === 'invitation' ? invitationMail(input) : reminderMail(input);
    out.ready.push({ row, mail: { key: row.idempotencyKey, to: row.recipient, ...content } });
  }
  return out;
}

/**
 * What a survey mail needs: its wave (one row per group, usually) and, for targeted reminders only, whether the
 * invitation has been used since (its keyed marker). An invitation mail needs nothing from its invitation row: the
 * message carries the language it was queued with, and the link is derived from the invitation id.
 */
async function surveyContext(deps: Deps, rows: MessageRow[]) {
  const out = new Map<string, { id: string; used: boolean; language: string; title: string; closesAt: number; module: 'pulse' | 'quarterly' }>();
  const survey = rows.filter((r) => r.invitationId && r.waveId);
  if (survey.length === 0) return out;
  const waveIds = [...new Set(survey.map((r) => r.waveId!))];
  const waveRows = await deps.db
    .select({ id: waves.id, title: waves.title, closesAt: waves.closesAt, module: waves.module })
    .from(waves)
    .where(inArray(waves.id, waveIds));
  const waveOf = new Map(waveRows.map((w) => [w.id, w]));
  const reminderIds = survey.filter((r) => r.kind === 'reminder').map((r) => r.invitationId!);
  const reminded = reminderIds.length
    ? await deps.db
        .select({ id: invitations.id, language: invitations.language })
        .from(invitations)
        .where(inArray(invitations.id, reminderIds))
    : [];
  const used = reminderIds.length && !(await getRemindEveryone(deps)) ? await markersOf(deps, reminderIds) : new Set<string>();
  const invitationOf = new Map(reminded.map((i) => [i.id, { ...i, used: used.has(i.id) }]));
  for (const row of survey) {
    const wave = waveOf.get(row.waveId!);
    const invitation = row.kind === 'reminder' ? invitationOf.get(row.invitationId!) : { used: false, language: row.language };
    if (wave && invitation) {
      const { title, closesAt, module } = wave;
      out.set(row.invitationId!, { id: row.invitationId!, used: invitation.used, language: invitation.language, title, closesAt, module });
    }
  }
  return out;
}

/** Which of these invitations were used, by their keyed markers (only the service can compute them). */
async function markersOf(deps: Deps, invitationIds: string[]): Promise<Set<string>> {
  const markerOf = new Map(invitationIds.map((id) => [usedMarker(deps.keys, id), id]));
  const found = new Set<string>();
  const markers = [...markerOf.keys()];
  for (let i = 0; i < markers.length; i += 90) {
    const rows = await deps.db.select({ marker: usedLinks.marker }).from(usedLinks).where(inArray(usedLinks.marker, markers.slice(i, i + 90)));
    for (const r of rows) found.add(markerOf.get(r.marker)!);
  }
  return found;
}

async function loginContext(deps: Deps, rows: MessageRow[]) {
  const ids = rows.map((r) => r.loginId).filter((id): id is string => !!id);
  if (ids.length === 0) return new Map<string, never>();
  // A welcome mail says what the person may see: their role, and a leader's team.
  const found = await deps.db
    .select({ id: loginLinks.id, used: loginLinks.used, expiresAt: loginLinks.expiresAt, role: users.role, team: teams.name })
    .from(loginLinks)
    .leftJoin(users, eq(users.id, loginLinks.userId))
    .leftJoin(teams, eq(teams.id, users.teamId))
    .where(inArray(loginLinks.id, ids));
  return new Map(found.map((f) => [f.id, f]));
}
