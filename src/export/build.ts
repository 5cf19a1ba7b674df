import { ROLES, type Role } from '../db/schema/org';
import type { Lang } from '../lib/i18n';
import { formatQuarter, previousQuarter, QUARTER_ZONE, quarterBounds } from '../lib/quarter';
import type { Quarter } from '../lib/quarter';
import type { TeamRef } from '../results/results.service';
import { buildTree } from '../teams/tree';
import { blocksPerTeam, commentsAllowed, viewKey, type AnchoredBlock } from '../results/views';
import type { Question } from '../survey/bank.types';
import { commentOrder, commentViews, type CommentCandidate } from './comments';
import { exportText, measureLabel } from './export.text';
import { measureCatalog, unionOfQuestions } from './measures';
import type { CommentGroup, Retrospective, ViewKind, ViewModel } from './model';
import { buildView, type StoredView, type WaveInfo } from './view';

export interface BuildInput {
  quarter: Quarter;
  lang: Lang;
  company: string;
  now: number;
  /** The quarter's closed waves and the previous quarter's, each oldest first, with their questions. */
  waves: readonly (WaveInfo & { questions: readonly Question[] })[];
  previousWaves: readonly WaveInfo[];
  teams: readonly TeamRef[];
  /** Stored view rows of both quarters' waves. */
  stored: readonly StoredView[];
  /** Of the quarter's waves only: blocks (anchor team and size) and comments. */
  blocks: readonly (AnchoredBlock & { waveId: string })[];
  comments: readonly { id: string; waveId: string; blockId: string; questionId: string; text: string }[];
}

/**
 * The retrospective of one quarter (model.ts) from stored results only: the view rows written at close (their
 * statistics and answer counts), and — for the comments — the blocks of the quarter's waves. Pure. It publishes
 * nothing the views did not: quarter values pool the published waves' sums.
 */
export function buildRetrospective(input: BuildInput): Retrospective {
  const { lang, waves } = input;
  const t = exportText[lang];
  const k = Math.max(...waves.map((w) => w.k));
  const kComments = Math.max(...waves.map((w) => w.kComments));
  const catalog = measureCatalog(unionOfQuestions(waves.map((w) => w.questions)));
  const tree = buildTree(input.teams);
  const root = tree.root;
  const depth = (id: string) => tree.depth.get(id) ?? 0;
  const teams = [...input.teams].sort((a, b) => depth(a.id) - depth(b.id) || a.path.localeCompare(b.path));

  const rowsOf = new Map<string, StoredView[]>();
  for (const r of input.stored) {
    const key = viewKey(r.teamId, (r.role || null) as Role | null);
    rowsOf.set(key, [...(rowsOf.get(key) ?? []), r]);
  }
  const waveIds = new Set(waves.map((w) => w.id));
  const publishedNow = (key: string) => (rowsOf.get(key) ?? []).some((r) => r.published && waveIds.has(r.waveId));

  const views: { teamId: string; role: Role | null; kind: ViewKind }[] = [
    { teamId: root, role: null, kind: 'company' },
    ...teams.filter((t) => t.id !== root).map((t) => ({ teamId: t.id, role: null, kind: 'team' as const })),
    ...ROLES.map((role) => ({ teamId: root, role, kind: 'role' as const })).filter((v) => publishedNow(viewKey(v.teamId, v.role))),
  ];

  // Each wave's blocks per team view (anchored in its subtree), for the comments; role views have no comments.
  const blocksOf = new Map<string, Map<string, string[]>>();
  for (const w of waves) blocksOf.set(w.id, blocksPerTeam(input.blocks.filter((b) => b.waveId === w.id), input.teams));
  const storedPublished = (key: string, waveId: string) => (rowsOf.get(key) ?? []).some((r) => r.waveId === waveId && r.published);
  const viewBlocks = (key: string, waveId: string) =>
    key.endsWith('/*') && storedPublished(key, waveId) ? blocksOf.get(waveId)?.get(key.slice(0, -2)) : undefined;

  const allowed = commentsAllowedPerWave(input, views.map((v) => viewKey(v.teamId, v.role)), viewBlocks, rowsOf);
  const questionText = new Map(waves.flatMap((w) => w.questions).map((q) => [q.id, q.text[lang]]));
  const questionOrder = unionOfQuestions(waves.map((w) => w.questions)).filter((q) => q.kind === 'text').map((q) => q.id);
  const teamById = new Map(input.teams.map((tm) => [tm.id, tm]));

  const models: ViewModel[] = views.map((v) => {
    const key = viewKey(v.teamId, v.role);
    const team = teamById.get(v.teamId)!;
    const built = buildView({ lang, waves, previousWaves: input.previousWaves, rows: rowsOf.get(key) ?? [], catalog });
    const shownIn = waves.filter((w) => allowed.get(w.id)?.has(key));
    let comments: ViewModel['comments'];
    if (shownIn.length > 0) {
      const blockIds = new Set(shownIn.flatMap((w) => viewBlocks(key, w.id) ?? []));
      const mine = input.comments.filter((c) => blockIds.has(c.blockId) && shownIn.some((w) => w.id === c.waveId));
      const groups: CommentGroup[] = questionOrder
        .map((questionId) => ({
          questionId,
          question: questionText.get(questionId) ?? questionId,
          comments: commentOrder(mine.filter((c) => c.questionId === questionId), `${formatQuarter(input.quarter)}|${key}|${questionId}`).map((c) => c.text),
        }))
        .filter((g) => g.comments.length > 0);
      comments = { allowed: true, groups };
    } else {
      const reason =
        built.coverage === 'none'
          ? (built.reason ?? 'no-data')
          : waves.every((w) => (rowsOf.get(key) ?? []).every((r) => r.waveId !== w.id || !r.published || (r.respondents ?? 0) < w.kComments))
            ? 'too-few-for-comments'
            : 'overlap';
      comments = { allowed: false, reason, reasonText: t.comments(reason, k, kComments) };
    }
    return {
      key,
      kind: v.kind,
      team: { id: team.id, name: v.teamId === root ? input.company : team.name, path: team.path },
      role: v.role,
      ...built,
      comments,
    };
  });

  const { start, end } = quarterBounds(input.quarter);
  const iso = (ms: number) => new Date(ms).toISOString();
  return {
    quarter: formatQuarter(input.quarter),
    period: { from: iso(start), to: iso(end), timeZone: QUARTER_ZONE },
    language: lang,
    company: input.company,
    generatedAt: iso(input.now),
    k,
    kComments,
    waves: waves.map((w) => ({
      id: w.id,
      title: w.title,
      module: w.module,
      openedAt: iso(w.openedAt),
      closedAt: iso(w.closedAt),
      k: w.k,
      kComments: w.kComments,
      measures: w.catalog.map((m) => m.id),
    })),
    previousQuarter: input.previousWaves.length
      ? { quarter: formatQuarter(previousQuarter(input.quarter)), waveIds: input.previousWaves.map((w) => w.id) }
      : null,
    measures: catalog.map((m) => ({ id: m.id, label: measureLabel(t, m.id), unit: m.unit })),
    views: models,
  };
}

/**
 * Per wave, the views whose comments may be shown: published, at least kComments respondents (rule 5), and admitted by
 * `commentViews` in the order the views are listed. Any other place that shows comments must use the same admitted
 * set, or a reader could subtract across the two.
 */
function commentsAllowedPerWave(
  input: BuildInput,
  keys: readonly string[],
  viewBlocks: (key: string, waveId: string) => string[] | undefined,
  rowsOf: ReadonlyMap<string, StoredView[]>,
): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const w of input.waves) {
    const sizes = new Map(input.blocks.filter((b) => b.waveId === w.id).map((b) => [b.id, b.respondents]));
    const candidates: CommentCandidate[] = keys.flatMap((key) => {
      const row = (rowsOf.get(key) ?? []).find((r) => r.waveId === w.id);
      const blockIds = viewBlocks(key, w.id);
      return row?.published && blockIds && commentsAllowed(row.respondents ?? 0, w.kComments) ? [{ key, blockIds }] : [];
    });
    out.set(w.id, commentViews(sizes, candidates, w.kComments));
  }
  return out;
}
