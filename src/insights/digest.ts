import { eq, inArray, or, type SQL } from 'drizzle-orm';
import { users, waves } from '../db/schema';
import type { Deps } from '../deps';
import { formatDate, isLang, type Lang } from '../lib/i18n';
import { queueMessages, type QueueItem } from '../mail/queue';
import { compose, type Block, type MailContent } from '../mail/templates';
import { mailPrivacy } from '../privacy/notice';
import { kindOf } from '../actions/catalogue';
import { reasonText } from '../results/results.text';
import { getSchedule, upcoming } from '../schedule/schedule.service';
import { digestText } from './digest.text';
import { present, readInsights } from './insights.service';

/** Findings a digest names; the page has the rest. */
export const DIGEST_FINDINGS = 3;

/**
 * The digests of a closing wave, for the close's last batch (results/close.service.ts): one per leader with a team
 * and one per admin, keyed `digest/<wave>/<user>` so a retried finish queues each once. Only while `condition`
 * holds (the close is still finishing). What a digest says is read when it is sent, with that reader's own access
 * (insights.service.ts): it can never say more than the reader's page.
 */
export async function digestStatements(deps: Deps, waveId: string, condition: SQL) {
  const readers = await deps.db
    .select({ id: users.id, email: users.email, role: users.role, teamId: users.teamId, language: users.language })
    .from(users)
    .where(or(eq(users.role, 'admin'), eq(users.role, 'leader')));
  const items: QueueItem[] = readers
    .filter((u) => u.role === 'admin' || u.teamId)
    .map((u) => ({
      kind: 'digest',
      waveId,
      userId: u.id,
      recipient: u.email,
      language: isLang(u.language) ? u.language : 'de',
      idempotencyKey: `digest/${waveId}/${u.id}`,
    }));
  return queueMessages(deps, items, `digest/${waveId}`, condition);
}

/** Each digest row's reader, at send time (a user removed since is no longer written to). */
export async function digestReaders(deps: Deps, userIds: string[]) {
  if (userIds.length === 0) return new Map<string, typeof users.$inferSelect>();
  const rows = await deps.db.select().from(users).where(inArray(users.id, userIds));
  return new Map(rows.map((u) => [u.id, u]));
}

/** One reader's digest of one wave; null when there is nothing to say to them any more (the wave or team is gone). */
export async function renderDigest(deps: Deps, user: typeof users.$inferSelect, waveId: string): Promise<MailContent | null> {
  const lang: Lang = isLang(user.language) ? user.language : 'de';
  const t = digestText[lang];
  const viewer = { role: user.role, teamId: user.teamId, userId: user.id, csrf: '' };
  const found = await readInsights(deps, viewer, { waveId }).catch(() => null);
  if (!found?.wave) return null;
  const [wave] = await deps.db.select({ k: waves.k }).from(waves).where(eq(waves.id, waveId));
  const area = found.team.isCompany ? t.company : found.team.name;
  const blocks: Block[] = [{ p: t.hello }, { p: t.closed(found.wave.title, area) }];

  if (found.view && !found.view.published) {
    blocks.push({ p: t.suppressed(area, reasonText[lang][found.view.reason ?? 'no-data'](wave.k)) });
    blocks.push({ p: await whenVisible(deps, lang, wave.k) });
  } else if (found.findings.length === 0) {
    blocks.push({ p: t.nothing });
  } else {
    const top = found.findings.slice(0, DIGEST_FINDINGS).map((i) => present(lang, found.wave!.id, i));
    blocks.push({ p: t.top(top.length) });
    for (const f of top) {
      const actions = f.suggestedActions.map((id) => kindOf(id)?.title[lang]).filter(Boolean);
      blocks.push({ h: f.title }, { p: f.text });
      if (actions.length) blocks.push({ small: t.suggested(actions.join(', ')) });
    }
  }
  const privacy = await mailPrivacy(deps);
  blocks.push(
    { button: t.button, href: `${deps.config.publicUrl}/login?next=${encodeURIComponent(user.role === 'admin' ? '/admin' : '/results')}&lang=${lang}` },
    { small: t.why(area) },
    { notice: t.privacy(privacy.controller), href: `${privacy.url}?lang=${lang}` },
    { sign: 'Puls' },
  );
  return compose(lang, t.subject(found.wave.title, area), blocks);
}

/** When a suppressed team's results could show: the next planned wave, and the threshold. */
async function whenVisible(deps: Deps, lang: Lang, k: number): Promise<string> {
  const schedule = await getSchedule(deps);
  const now = deps.clock.now();
  const next = schedule ? (await upcoming(deps, schedule, now, 3)).find((s) => s.opensAt > now && !s.skip) : undefined;
  return next ? digestText[lang].nextWave(formatDate(lang, next.opensAt), k) : digestText[lang].noNextWave(k);
}
