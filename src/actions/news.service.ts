import { and, desc, eq, inArray, lte, sql } from 'drizzle-orm';
import { actions, invitations, teams, viewResults, waveDigests, waves } from '../db/schema';
import { inJson } from '../db/json-rows';
import type { Deps } from '../deps';
import type { Lang } from '../lib/i18n';
import type { Block } from '../mail/templates';
import { dayOf } from './days';
import { buildDigest, newsFor, type Digest } from './news';
import { newsBlocks } from './news.text';

/**
 * The "you said, we did" digest of a wave, made when it is first needed (the wave's first mail or survey page) and
 * then stored, never changed: a retried batch renders the same mail, and the page says what the mail said. Cached in
 * memory per database, since a wave of 100,000 mails asks for it once per batch.
 */
const cache = new WeakMap<object, Map<string, Digest>>();

export async function waveDigest(deps: Deps, waveId: string): Promise<Digest | null> {
  const known = cache.get(deps.db)?.get(waveId);
  if (known) return known;
  const [stored] = await deps.db.select({ payload: waveDigests.payload }).from(waveDigests).where(eq(waveDigests.waveId, waveId));
  let digest: Digest | null = stored ? (JSON.parse(stored.payload) as Digest) : null;
  if (!digest) {
    const made = await makeDigest(deps, waveId);
    if (!made) return null;
    // Two senders may make it at once: the first write wins and both use what was written.
    await deps.db.insert(waveDigests).values({ waveId, payload: JSON.stringify(made) }).onConflictDoNothing();
    const [row] = await deps.db.select({ payload: waveDigests.payload }).from(waveDigests).where(eq(waveDigests.waveId, waveId));
    digest = JSON.parse(row.payload) as Digest;
  }
  const perDb = cache.get(deps.db) ?? new Map<string, Digest>();
  perDb.set(waveId, digest);
  cache.set(deps.db, perDb);
  return digest;
}

async function makeDigest(deps: Deps, waveId: string): Promise<Digest | null> {
  const [wave] = await deps.db.select({ openedAt: waves.openedAt }).from(waves).where(eq(waves.id, waveId));
  if (!wave) return null;
  const [last] = await deps.db
    .select({ id: waves.id, closedAt: waves.closedAt })
    .from(waves)
    .where(and(eq(waves.status, 'closed'), lte(waves.closedAt, wave.openedAt)))
    .orderBy(desc(waves.closedAt))
    .limit(1);
  const [teamRows, actionRows] = await Promise.all([deps.db.select().from(teams), deps.db.select().from(actions)]);
  const root = teamRows.find((t) => t.parentId === null);
  if (!root) return null;
  const withActions = [...new Set(actionRows.map((a) => a.teamId))].filter((id) => id !== root.id);
  const published = new Set<string>();
  if (last) {
    for (let i = 0; i < withActions.length; i += 90) {
      const rows = await deps.db
        .select({ teamId: viewResults.teamId })
        .from(viewResults)
        .where(
          and(eq(viewResults.waveId, last.id), eq(viewResults.role, ''), eq(viewResults.published, true), inArray(viewResults.teamId, withActions.slice(i, i + 90))),
        );
      for (const r of rows) published.add(r.teamId);
    }
  }
  return buildDigest({
    rootId: root.id,
    companyName: root.name || deps.config.companyName,
    teams: teamRows,
    actions: actionRows.map((a) => ({ ...a, version: a.catalogueVersion })),
    published,
    since: last?.closedAt ? dayOf(last.closedAt) : null,
    until: dayOf(wave.openedAt),
  });
}

/** The team path of each invitation, for the digest's team part; one query per group, a JSON list as one parameter. */
export async function invitationTeamPaths(deps: Deps, invitationIds: string[]): Promise<Map<string, string>> {
  if (invitationIds.length === 0) return new Map();
  const rows = await deps.db.all<{ id: string; path: string }>(
    sql`select ${invitations.id} as id, ${teams.path} as path from ${invitations} join ${teams} on ${teams.id} = ${invitations.teamId}
        where ${inJson(invitations.id, invitationIds)}`,
  );
  return new Map(rows.map((r) => [r.id, r.path]));
}

/** Rendered paragraphs per digest, language and team path: a wave's 100,000 mails have a few distinct ones. */
const rendered = new WeakMap<Digest, Map<string, Block[]>>();

/**
 * For a claimed group of mails: a function giving each invitation its "you said, we did" paragraphs. One digest read
 * per wave (memory after the first), and the invitations' teams only when some team has something to tell.
 */
export async function invitationNews(
  deps: Deps,
  rows: readonly { kind: string; waveId: string | null; invitationId: string | null }[],
): Promise<(row: { waveId: string | null; invitationId: string | null }, lang: Lang) => Block[]> {
  const invitations = rows.filter((r) => r.kind === 'invitation' && r.waveId && r.invitationId);
  const digests = new Map<string, Digest | null>();
  for (const r of invitations) if (!digests.has(r.waveId!)) digests.set(r.waveId!, await waveDigest(deps, r.waveId!));
  const needTeams = invitations.filter((r) => Object.keys(digests.get(r.waveId!)?.teams ?? {}).length > 0);
  const paths = await invitationTeamPaths(deps, needTeams.map((r) => r.invitationId!));
  return (row, lang) => {
    const digest = row.waveId ? digests.get(row.waveId) : undefined;
    if (!digest) return [];
    const path = row.invitationId ? paths.get(row.invitationId) : undefined;
    const key = `${lang}\u0000${path ?? ''}`;
    const byKey = rendered.get(digest) ?? new Map<string, Block[]>();
    rendered.set(digest, byKey);
    let blocks = byKey.get(key);
    if (!blocks) byKey.set(key, (blocks = newsBlocks(lang, newsFor(digest, path))));
    return blocks;
  };
}

/** What the survey page tells the person of this invitation: the same digest as the mail. */
export async function surveyNews(deps: Deps, waveId: string, teamId: string) {
  const digest = await waveDigest(deps, waveId);
  if (!digest) return { teams: [], company: null };
  const path = Object.keys(digest.teams).length > 0 ? (await deps.db.select({ path: teams.path }).from(teams).where(eq(teams.id, teamId)))[0]?.path : undefined;
  return newsFor(digest, path);
}
