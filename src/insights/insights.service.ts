import { and, desc, eq, inArray } from 'drizzle-orm';
import { findings, teams, viewResults, waves, type FindingRow } from '../db/schema';
import type { Deps } from '../deps';
import { assertCanSee, pageScope } from '../auth/access';
import type { Viewer } from '../lib/context';
import { AppError, notFound } from '../lib/errors';
import type { Lang } from '../lib/i18n';
import type { SuppressReason } from '../results/views';
import { byImportance, isConcern, type Finding } from './findings';
import { findingText, findingTitle, type FindingFacts } from './insights.text';

export interface InsightTeam {
  id: string;
  name: string;
  isCompany: boolean;
}

/** A stored finding with what a reader needs around it: its team, the wave it compares with. */
export interface Insight extends FindingFacts {
  team: InsightTeam;
  rank: number;
  tone: 'worse' | 'better';
  since?: { id: string; title: string };
  suggestedActions: string[];
}

export interface Insights {
  wave: { id: string; title: string; closedAt: string } | null;
  team: InsightTeam;
  /** The team's own view in that wave: published, or why not (the page and the digest say so). */
  view: { published: boolean; reason?: SuppressReason } | null;
  /** False while a wave closed before findings existed still waits for them (insights/write.ts). */
  computed: boolean;
  /** The team's subtree, most important first. */
  findings: Insight[];
}

/** D1 binds at most 100 parameters per query. */
const IDS_PER_QUERY = 90;

/**
 * The findings of one closed wave (the latest by default) for a team's subtree: a leader their own subtree, the works
 * council the company's own findings only (never a team's), admins anything. 404 for an unknown team or wave.
 */
export async function readInsights(deps: Deps, viewer: Viewer, query: { teamId?: string; waveId?: string } = {}): Promise<Insights> {
  const all = await deps.db.select({ id: teams.id, name: teams.name, parentId: teams.parentId }).from(teams);
  const root = all.find((t) => t.parentId === null);
  if (!root) throw new AppError('NOT_FOUND', 'no teams yet: import staff first');
  const teamId = query.teamId ?? (viewer.role === 'leader' ? viewer.teamId : root.id);
  const team = all.find((t) => t.id === teamId);
  if (!team) throw notFound('team');
  assertCanSee(viewer, team.id, all);
  const ref = (t: { id: string; name: string; parentId: string | null }): InsightTeam => ({ id: t.id, name: t.name, isCompany: t.parentId === null });

  const [wave] = query.waveId
    ? await deps.db.select().from(waves).where(and(eq(waves.id, query.waveId), eq(waves.status, 'closed')))
    : await deps.db.select().from(waves).where(eq(waves.status, 'closed')).orderBy(desc(waves.closedAt), desc(waves.id)).limit(1);
  if (!wave) {
    if (query.waveId) throw notFound('wave');
    return { wave: null, team: ref(team), view: null, computed: true, findings: [] };
  }

  const scope = pageScope(viewer, team.id, all);
  const rows: FindingRow[] = [];
  if (team.parentId === null && viewer.role !== 'council') rows.push(...(await deps.db.select().from(findings).where(eq(findings.waveId, wave.id))));
  else {
    for (let i = 0; i < scope.length; i += IDS_PER_QUERY) {
      rows.push(...(await deps.db.select().from(findings).where(and(eq(findings.waveId, wave.id), inArray(findings.teamId, scope.slice(i, i + IDS_PER_QUERY))))));
    }
  }
  const [own] = await deps.db
    .select({ published: viewResults.published, reason: viewResults.reason })
    .from(viewResults)
    .where(and(eq(viewResults.waveId, wave.id), eq(viewResults.teamId, team.id), eq(viewResults.role, '')));
  const sinceIds = [...new Set(rows.map((r) => r.since).filter((s): s is string => !!s))];
  const titles = new Map(
    sinceIds.length ? (await deps.db.select({ id: waves.id, title: waves.title }).from(waves).where(inArray(waves.id, sinceIds))).map((w) => [w.id, w.title]) : [],
  );
  const byId = new Map(all.map((t) => [t.id, t]));
  const insights = rows
    .filter((r) => byId.has(r.teamId))
    .map((r) => toInsight(r, ref(byId.get(r.teamId)!), titles))
    .sort((a, b) => byImportance(asFinding(a), asFinding(b)) || a.rank - b.rank);
  return {
    wave: { id: wave.id, title: wave.title, closedAt: new Date(wave.closedAt ?? 0).toISOString() },
    team: ref(team),
    view: own ? { published: own.published, ...(own.reason ? { reason: own.reason as SuppressReason } : {}) } : null,
    computed: wave.findingsAt !== null,
    findings: insights,
  };
}

function toInsight(row: FindingRow, team: InsightTeam, titles: ReadonlyMap<string, string>): Insight {
  return {
    team,
    rank: row.rank,
    kind: row.kind,
    measures: JSON.parse(row.measures) as string[],
    direction: row.direction,
    tone: row.tone,
    effect: row.effect,
    low: row.low,
    high: row.high,
    value: row.value,
    compared: row.compared,
    ...(row.since ? { since: { id: row.since, title: titles.get(row.since) ?? row.since } } : {}),
    ...(row.other ? { other: JSON.parse(row.other) as { measure: string; effect: number } } : {}),
    suggestedActions: JSON.parse(row.actions) as string[],
  };
}

const asFinding = (i: Insight): Finding => ({ ...i, teamId: i.team.id, since: i.since?.id, actions: i.suggestedActions, other: i.other ?? undefined });

/** A finding as the API and the pages give it: numbers, the sentence in the reader's language, and where to go. */
export function present(lang: Lang, waveId: string, i: Insight) {
  const { rank: _rank, ...rest } = i;
  return {
    ...rest,
    title: findingTitle(lang, i),
    text: findingText(lang, i, { team: i.team.name, isCompany: i.team.isCompany, since: i.since?.title }),
    links: links(waveId, i),
  };
}

export type PresentedInsight = ReturnType<typeof present>;

/** The chart a finding comes from (results page anchors), and the action form with the first suggestion filled in. */
export function links(waveId: string, i: Insight) {
  const team = encodeURIComponent(i.team.id);
  const measure = i.measures[0];
  const family = measure === 'adopter' || measure.startsWith('gap.human') || measure.startsWith('gap.system') ? 'more' : measure.split('.')[0];
  const anchor = i.kind === 'gap-widening' ? 'split' : ['trust', 'fear', 'gap'].includes(family) ? `trend-${family}` : family === 'more' ? 'more' : 'key-figures';
  const kind = i.suggestedActions[0];
  return {
    chart: `/results?team=${team}#${anchor}`,
    action: kind ? `/actions?team=${team}&kind=${encodeURIComponent(kind)}&targets=${encodeURIComponent(measure)}#add` : null,
    guide: `/insights/guide?wave=${encodeURIComponent(waveId)}&team=${team}&rank=${i.rank}`,
  };
}

/** The concerns first, most important first: what a home page and a digest lead with. */
export const concerns = (list: readonly Insight[]) => list.filter(isConcern);
