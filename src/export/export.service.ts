import { and, asc, eq, gte, inArray, lt } from 'drizzle-orm';
import { blocks, comments, teams, viewResults, waves } from '../db/schema';
import type { Deps } from '../deps';
import { problemError } from '../lib/errors';
import type { Lang } from '../lib/i18n';
import { formatQuarter, previousQuarter, quarterBounds, quarterOf, type Quarter } from '../lib/quarter';
import { questionsFor } from '../survey/questions';
import { buildRetrospective } from './build';
import { measureCatalog } from './measures';
import type { Retrospective } from './model';

type WaveRow = typeof waves.$inferSelect;

/** Closed waves opened in the quarter (Europe/Berlin), oldest close first: a wave belongs to the quarter it opened in. */
async function closedWavesIn(deps: Deps, quarter: Quarter): Promise<WaveRow[]> {
  const { start, end } = quarterBounds(quarter);
  return deps.db
    .select()
    .from(waves)
    .where(and(eq(waves.status, 'closed'), gte(waves.openedAt, start), lt(waves.openedAt, end)))
    .orderBy(asc(waves.closedAt), asc(waves.id));
}

const info = (w: WaveRow) => {
  const questions = questionsFor(w.module, w.bankVersion);
  return { id: w.id, title: w.title, module: w.module, bankVersion: w.bankVersion, openedAt: w.openedAt, closedAt: w.closedAt ?? w.closesAt, k: w.k, kComments: w.kComments, questions, catalog: measureCatalog(questions) };
};

/**
 * Loads what the quarter's retrospective is made of — stored results only, never a response — and builds it.
 * 404 when no wave of the quarter has closed.
 */
export async function retrospective(deps: Deps, quarter: Quarter, lang: Lang): Promise<Retrospective> {
  const current = await closedWavesIn(deps, quarter);
  if (current.length === 0) throw problemError('NOT_FOUND', 'quarter_no_wave', `no closed wave in ${formatQuarter(quarter)}`);
  const previous = await closedWavesIn(deps, previousQuarter(quarter));
  const ids = current.map((w) => w.id);
  const allIds = [...previous.map((w) => w.id), ...ids];

  const [teamRows, stored, blockRows, commentRows] = await Promise.all([
    deps.db.select().from(teams),
    deps.db.select().from(viewResults).where(inArray(viewResults.waveId, allIds)),
    deps.db.select().from(blocks).where(inArray(blocks.waveId, ids)),
    deps.db.select().from(comments).where(inArray(comments.waveId, ids)),
  ]);
  const root = teamRows.find((t) => t.parentId === null);

  return buildRetrospective({
    quarter,
    lang,
    company: root?.name || deps.config.companyName,
    now: deps.clock.now(),
    waves: current.map(info),
    previousWaves: previous.map(info),
    teams: teamRows,
    stored,
    blocks: blockRows.map((b) => ({ id: b.id, waveId: b.waveId, teamId: b.teamId, respondents: b.respondents })),
    comments: commentRows,
  });
}

/** Quarters with at least one closed wave, newest first, for the list page. */
export async function quartersWithClosedWaves(deps: Deps): Promise<{ quarter: string; waves: number }[]> {
  const rows = await deps.db.select({ openedAt: waves.openedAt }).from(waves).where(eq(waves.status, 'closed'));
  const counts = new Map<string, number>();
  for (const { openedAt } of rows) {
    const q = formatQuarter(quarterOf(openedAt));
    counts.set(q, (counts.get(q) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => (a[0] < b[0] ? 1 : -1)).map(([quarter, n]) => ({ quarter, waves: n }));
}
