import { eq } from 'drizzle-orm';
import { milestones, waves, type Role } from '../db/schema';
import type { Deps } from '../deps';
import type { Viewer } from '../lib/context';
import { canSee } from '../auth/access';
import { AppError, notFound } from '../lib/errors';
import { newId } from '../lib/random';
import { trend, visibleTeams, type TeamRef, type WaveOutcome } from '../results/results.service';
import type { MilestoneInput } from './actions.schema';
import { parseDue } from './days';
import { measureInfo } from './measures';
import { readMilestone, type MilestoneReading } from './milestones';

/**
 * Roadmap milestones: admins set them (the routes allow admins only to write), leaders read those of their subtree.
 * A role milestone is judged on the company's role view, a team milestone on the team's view (role views exist for
 * the company only).
 */

export type MilestoneRow = typeof milestones.$inferSelect;
/** A milestone with its view's trend (for its chart) and what the trend says about it. */
export type MilestoneWithReading = MilestoneRow & { reading: MilestoneReading; team: TeamRef; waves: WaveOutcome[] };

async function checked(deps: Deps, input: Partial<MilestoneInput>, current?: MilestoneRow) {
  const all: TeamRef[] = (await visibleTeams(deps, { role: 'admin', teamId: null, userId: null, csrf: '' })).all;
  const root = all.find((t) => t.parentId === null)!;
  const teamId = input.teamId ?? current?.teamId ?? root.id;
  if (!all.some((t) => t.id === teamId)) throw notFound('team');
  const role = input.role !== undefined ? (input.role ?? '') : (current?.role ?? '');
  if (role !== '' && teamId !== root.id) {
    throw new AppError('UNPROCESSABLE', 'the request body has invalid values: see details', [
      { path: 'role', message: 'role milestones are judged on the company’s role view: use the company’s team' },
    ]);
  }
  const measure = input.measure ?? current!.measure;
  const comparator = input.comparator ?? (input.measure || !current ? (measureInfo(measure)!.better === 'up' ? 'atLeast' : 'atMost') : current.comparator);
  return {
    teamId,
    role,
    measure,
    comparator,
    target: input.target ?? current!.target,
    dueOn: input.dueOn !== undefined ? parseDue(input.dueOn)! : current!.dueOn,
  };
}

export async function createMilestone(deps: Deps, input: MilestoneInput): Promise<MilestoneRow> {
  const now = deps.clock.now();
  const row: MilestoneRow = { id: newId(deps.random), ...(await checked(deps, input)), createdAt: now, updatedAt: now };
  await deps.db.insert(milestones).values(row);
  return row;
}

export async function updateMilestone(deps: Deps, id: string, patch: Partial<MilestoneInput>): Promise<MilestoneRow> {
  const [current] = await deps.db.select().from(milestones).where(eq(milestones.id, id));
  if (!current) throw notFound('milestone');
  const row: MilestoneRow = { ...current, ...(await checked(deps, patch, current)), updatedAt: deps.clock.now() };
  await deps.db.update(milestones).set(row).where(eq(milestones.id, id));
  return row;
}

export async function deleteMilestone(deps: Deps, id: string): Promise<void> {
  const gone = await deps.db.delete(milestones).where(eq(milestones.id, id)).returning({ id: milestones.id });
  if (gone.length === 0) throw notFound('milestone');
}

/**
 * The milestones the reader may see (a leader: those of teams in the subtree, so never a company role milestone
 * unless the leader's team is the company), optionally only those of one team, each read against its view's trend
 * as of `asOf` (default now). One trend read per view.
 */
export async function milestonesWithReadings(
  deps: Deps,
  viewer: Viewer,
  options: { teamId?: string; asOf?: number } = {},
): Promise<MilestoneWithReading[]> {
  const scope = await visibleTeams(deps, viewer);
  const rows = (await deps.db.select().from(milestones))
    .filter((m) => scope.byId.has(m.teamId) && canSee(viewer, m.teamId, scope.all))
    .filter((m) => options.teamId === undefined || m.teamId === options.teamId)
    .sort((a, b) => (a.dueOn === b.dueOn ? a.createdAt - b.createdAt : a.dueOn < b.dueOn ? -1 : 1));
  const trends = new Map<string, WaveOutcome[]>();
  const modules = new Map((await deps.db.select({ id: waves.id, module: waves.module }).from(waves)).map((w) => [w.id, w.module]));
  const out: MilestoneWithReading[] = [];
  for (const m of rows) {
    const key = `${m.teamId}/${m.role}`;
    if (!trends.has(key)) trends.set(key, (await trend(deps, viewer, { teamId: m.teamId, role: (m.role || null) as Role | null })).waves);
    // Maturity and the KPIs are asked in the quarterly retrospective only: the other waves did not ask, so they are
    // left out of its chart rather than drawn as suppressed.
    const retrospective = m.measure.startsWith('maturity') || m.measure.startsWith('kpi.');
    const series = trends.get(key)!.filter((w) => !retrospective || modules.get(w.waveId) === 'quarterly');
    out.push({ ...m, team: scope.byId.get(m.teamId)!, waves: series, reading: readMilestone(m, series, options.asOf ?? deps.clock.now()) });
  }
  return out;
}

export function milestoneJson(m: MilestoneWithReading) {
  return {
    id: m.id,
    teamId: m.teamId,
    team: { id: m.team.id, name: m.team.name, path: m.team.path },
    role: m.role || null,
    measure: m.measure,
    comparator: m.comparator,
    target: m.target,
    dueOn: m.dueOn,
    status: m.reading.status,
    latest: m.reading.latest ?? null,
    createdAt: new Date(m.createdAt).toISOString(),
    updatedAt: new Date(m.updatedAt).toISOString(),
  };
}
