import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { teams, viewResults, waves, type Role } from '../db/schema';
import type { Deps } from '../deps';
import { assertCanSee, mayRead } from '../auth/access';
import type { Viewer } from '../lib/context';
import { notFound, problemError } from '../lib/errors';
import { changeIsMeaningful, summarize, type Aggregate } from './stats';
import type { StoredMeasures } from './view-results';
import type { SuppressReason } from './views';

export interface Score {
  value: number;
  low: number;
  high: number;
  n: number;
  /** Set only where the change from the previous published wave exceeds its uncertainty (Welch, 5%). */
  change?: 'up' | 'down';
}

export interface WaveOutcome {
  waveId: string;
  title: string;
  closedAt: string;
  k: number;
  published: boolean;
  reason?: SuppressReason;
  respondents?: number;
  invited?: number;
  responseRate?: number;
  scores?: Record<string, Score>;
  /**
   * How often each answer was chosen, per question: a share is the mean of a 0/1 answer, so distributions are
   * published wherever the view is (DESIGN rule 5).
   */
  distributions?: Record<string, Record<string, number>>;
  /** Adopters vs non-users: the company's view only, where the comparison is safe (splits.ts). */
  split?: { adopters: Record<string, Score>; nonusers: Record<string, Score> };
  /** The company's view only: answers in no block and so in no number of this wave (partition.ts). */
  leftOut?: number;
}

export interface TeamRef {
  id: string;
  name: string;
  path: string;
  parentId: string | null;
}

/** Every team, the viewer's home (a leader's team, an admin's root) and an index by id. */
export async function visibleTeams(deps: Deps, viewer: Viewer) {
  const all: TeamRef[] = await deps.db.select().from(teams);
  const root = all.find((t) => t.parentId === null);
  const homeId = viewer.role === 'leader' ? viewer.teamId : root?.id;
  if (!homeId) throw problemError('NOT_FOUND', 'no_teams', 'no teams yet: import staff first');
  return { all, homeId, byId: new Map(all.map((t) => [t.id, t])) };
}

/** 404 for a team that does not exist at all, then the one access rule (auth/access.ts): 403 outside the subtree. */
export function assertVisible(scope: Awaited<ReturnType<typeof visibleTeams>>, viewer: Viewer, teamId: string) {
  if (!scope.byId.has(teamId)) throw notFound('team');
  assertCanSee(viewer, teamId, scope.all);
}

/**
 * The team a view is about and the teams above it, in one recursive query: enough to check a leader's access
 * without loading the whole tree (2,000 teams in a large company) on every read.
 */
async function teamWithAncestors(deps: Deps, viewer: Viewer, teamId: string | undefined): Promise<TeamRef[]> {
  const start = teamId ?? (viewer.role === 'leader' ? viewer.teamId : null);
  const rows = await deps.db.all<{ id: string; parent_id: string | null; name: string; path: string }>(
    start
      ? sql`with recursive up(id, parent_id, name, path, depth) as (
            select id, parent_id, name, path, 0 from teams where id = ${start}
            union all select t.id, t.parent_id, t.name, t.path, up.depth + 1 from teams t join up on t.id = up.parent_id)
          select id, parent_id, name, path from up order by depth`
      : sql`select id, parent_id, name, path from teams where parent_id is null`,
  );
  if (rows.length === 0) throw teamId ? notFound('team') : problemError('NOT_FOUND', 'no_teams', 'no teams yet: import staff first');
  return rows.map((r) => ({ id: r.id, parentId: r.parent_id, name: r.name, path: r.path }));
}

/**
 * The trend of one view (a team's subtree, optionally one role) over every closed wave. Reads one stored row per
 * wave (written at close): never the responses. A leader gets 403 outside their subtree.
 */
export async function trend(deps: Deps, viewer: Viewer, query: { teamId?: string; role?: Role | null }) {
  const chain = await teamWithAncestors(deps, viewer, query.teamId);
  if (!mayRead(viewer, chain)) throw problemError('FORBIDDEN', 'outside_your_teams', 'this team is outside what you may see');
  const team = chain[0];
  // Role views exist for the company only (splits.ts): below it every wave says so instead of looking empty.
  if (query.role && team.parentId !== null) {
    const outcomes = (await closedWaves(deps)).map((w): WaveOutcome => ({ ...waveBase(w), published: false, reason: 'company-only' }));
    return { view: { team: { id: team.id, name: team.name, path: team.path }, role: query.role }, waves: outcomes };
  }
  const rows = await deps.db
    .select({ view: viewResults, wave: { id: waves.id, title: waves.title, closedAt: waves.closedAt, k: waves.k, leftOut: waves.leftOut } })
    .from(viewResults)
    .innerJoin(waves, eq(waves.id, viewResults.waveId))
    .where(and(eq(viewResults.teamId, team.id), eq(viewResults.role, query.role ?? ''), eq(waves.status, 'closed')))
    .orderBy(asc(waves.closedAt));
  const outcomes = toOutcomes(rows.map((r) => ({ ...r.view, wave: r.wave })));
  if (team.parentId === null && !query.role) rows.forEach((r, i) => outcomes[i].published && (outcomes[i].leftOut = r.wave.leftOut));
  return { view: { team: { id: team.id, name: team.name, path: team.path }, role: query.role ?? null }, waves: outcomes };
}

/** Many views of one wave at once: the heatmap (teams side by side) and the role comparison. */
/** D1 binds at most 100 parameters per query; each team id is one. */
const TEAMS_PER_QUERY = 90;

export async function waveViews(deps: Deps, waveId: string, views: { teamId: string; role: string }[]) {
  const teamIds = [...new Set(views.map((v) => v.teamId))];
  const rows = [];
  for (let i = 0; i < teamIds.length; i += TEAMS_PER_QUERY) {
    rows.push(
      ...(await deps.db
        .select({ view: viewResults, wave: { id: waves.id, title: waves.title, closedAt: waves.closedAt, k: waves.k } })
        .from(viewResults)
        .innerJoin(waves, eq(waves.id, viewResults.waveId))
        .where(and(eq(viewResults.waveId, waveId), inArray(viewResults.teamId, teamIds.slice(i, i + TEAMS_PER_QUERY))))),
    );
  }
  const wanted = new Set(views.map((v) => `${v.teamId}/${v.role}`));
  return rows
    .filter((r) => wanted.has(`${r.view.teamId}/${r.view.role}`))
    .map((r) => ({ teamId: r.view.teamId, role: r.view.role, ...toOutcomes([{ ...r.view, wave: r.wave }])[0] }));
}

export async function closedWaves(deps: Deps) {
  return deps.db
    .select({ id: waves.id, title: waves.title, closedAt: waves.closedAt, k: waves.k })
    .from(waves)
    .where(eq(waves.status, 'closed'))
    .orderBy(asc(waves.closedAt));
}

type WaveRef = { id: string; title: string; closedAt: number | null; k: number };
type StoredRow = typeof viewResults.$inferSelect & { wave: WaveRef };

const waveBase = (wave: WaveRef) => ({ waveId: wave.id, title: wave.title, closedAt: new Date(wave.closedAt ?? 0).toISOString(), k: wave.k });

/** Turns stored rows (oldest first) into outcomes; marks changes against the previous published wave. */
export function toOutcomes(rows: StoredRow[]): WaveOutcome[] {
  let previous: StoredMeasures | null = null;
  return rows.map((row) => {
    const base = waveBase(row.wave);
    if (!row.published || !row.measures) return { ...base, published: false, reason: (row.reason ?? 'no-data') as SuppressReason };
    const measures = JSON.parse(row.measures) as StoredMeasures;
    const outcome: WaveOutcome = {
      ...base,
      published: true,
      respondents: row.respondents ?? 0,
      invited: row.invited,
      responseRate: row.invited > 0 ? (row.respondents ?? 0) / row.invited : undefined,
      scores: scoresOf(measures, '', previous),
      ...(row.counts ? { distributions: JSON.parse(row.counts) as Record<string, Record<string, number>> } : {}),
    };
    if (Object.keys(measures).some((m) => m.startsWith('adopters|'))) {
      outcome.split = { adopters: scoresOf(measures, 'adopters|', null), nonusers: scoresOf(measures, 'nonusers|', null) };
    }
    previous = measures;
    return outcome;
  });
}

function scoresOf(measures: StoredMeasures, prefix: string, previous: StoredMeasures | null): Record<string, Score> {
  const out: Record<string, Score> = {};
  for (const [key, [n, sum, sumSq]] of Object.entries(measures)) {
    if (!key.startsWith(prefix) || (prefix === '' && key.includes('|'))) continue;
    const measure = key.slice(prefix.length);
    const summary = summarize({ n, sum, sumSq }, measure);
    if (!summary) continue;
    const score: Score = { value: round(summary.value), low: round(summary.low), high: round(summary.high), n };
    const before = previous?.[key];
    if (before) {
      const prev: Aggregate = { n: before[0], sum: before[1], sumSq: before[2] };
      if (changeIsMeaningful(prev, { n, sum, sumSq })) score.change = sum / n > prev.sum / prev.n ? 'up' : 'down';
    }
    out[measure] = score;
  }
  return out;
}

const round = (x: number) => Math.round(x * 10) / 10;
