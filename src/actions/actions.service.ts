import { desc, eq, inArray } from 'drizzle-orm';
import { actions } from '../db/schema';
import type { Deps } from '../deps';
import type { Viewer } from '../lib/context';
import { AppError, notFound } from '../lib/errors';
import type { Lang } from '../lib/i18n';
import { newId } from '../lib/random';
import { assertVisible, visibleTeams, type TeamRef } from '../results/results.service';
import { subtreeIds } from '../teams/tree';
import { REASONS, type ActionInput, type ActionPatch } from './actions.schema';
import { CATALOGUE, kindOf } from './catalogue';
import { measureInfo } from './measures';

/**
 * Actions per team: leaders log and change those of their own subtree, admins all (the one access rule,
 * auth/access.ts, through results.service's `assertVisible`: 404 for a team that does not exist, 403 outside).
 */

export type ActionRow = typeof actions.$inferSelect;
type Scope = Awaited<ReturnType<typeof visibleTeams>>;

export const targetsOf = (row: Pick<ActionRow, 'targets'>): string[] => JSON.parse(row.targets) as string[];

/** The action's name in a language: its own title, else its kind's title in the catalogue version it was logged with. */
export function titleOf(row: Pick<ActionRow, 'title' | 'kind' | 'catalogueVersion'>, lang: Lang): string {
  return row.title ?? (row.kind ? kindOf(row.kind, row.catalogueVersion)?.title[lang] : undefined) ?? row.kind ?? '';
}

/** The direction the action should move a measure: as its kind says, else the measure's better direction. */
export function directionOf(row: Pick<ActionRow, 'kind' | 'catalogueVersion'>, measure: string): 'up' | 'down' {
  const kind = row.kind ? kindOf(row.kind, row.catalogueVersion) : undefined;
  return kind?.targets.find((t) => t.measure === measure)?.direction ?? measureInfo(measure)?.better ?? 'up';
}

/** The JSON the API returns for an action. */
export function actionJson(row: ActionRow, lang: Lang, team: TeamRef | undefined) {
  const kind = row.kind ? kindOf(row.kind, row.catalogueVersion) : undefined;
  return {
    id: row.id,
    teamId: row.teamId,
    team: team ? { id: team.id, name: team.name, path: team.path } : null,
    kind: row.kind,
    catalogueVersion: row.catalogueVersion,
    title: titleOf(row, lang),
    ownTitle: row.title,
    description: kind?.description[lang] ?? null,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    targets: targetsOf(row).map((measure) => ({ measure, direction: directionOf(row, measure) })),
    note: row.note,
    createdAt: new Date(row.createdAt).toISOString(),
    updatedAt: new Date(row.updatedAt).toISOString(),
  };
}

export async function createAction(deps: Deps, viewer: Viewer, input: ActionInput): Promise<ActionRow> {
  assertVisible(await visibleTeams(deps, viewer), viewer, input.teamId);
  const now = deps.clock.now();
  const row: ActionRow = {
    id: newId(deps.random),
    teamId: input.teamId,
    kind: input.kind ?? null,
    catalogueVersion: CATALOGUE.version,
    title: input.title ?? null,
    startsOn: input.startsOn,
    endsOn: input.endsOn ?? null,
    targets: JSON.stringify(input.targets ?? kindOf(input.kind!)!.targets.map((t) => t.measure)),
    note: input.note || null,
    createdAt: now,
    updatedAt: now,
  };
  await deps.db.insert(actions).values(row);
  return row;
}

/** The actions of a team and every team below it (default: the reader's home), latest start first. */
export async function listActions(deps: Deps, viewer: Viewer, teamId?: string) {
  const scope = await visibleTeams(deps, viewer);
  const id = teamId ?? scope.homeId;
  assertVisible(scope, viewer, id);
  const ids = subtreeIds(scope.all, id);
  const rows: ActionRow[] = [];
  // D1 binds at most 100 parameters per statement.
  for (let i = 0; i < ids.length; i += 90) {
    rows.push(...(await deps.db.select().from(actions).where(inArray(actions.teamId, ids.slice(i, i + 90))).orderBy(desc(actions.startsOn))));
  }
  rows.sort((a, b) => (a.startsOn === b.startsOn ? a.createdAt - b.createdAt : a.startsOn < b.startsOn ? 1 : -1));
  return { team: scope.byId.get(id)!, scope, actions: rows };
}

/** One action the reader may see: 404 when it does not exist, 403 when its team is outside the reader's subtree. */
export async function findAction(deps: Deps, viewer: Viewer, id: string): Promise<{ row: ActionRow; scope: Scope }> {
  const [row] = await deps.db.select().from(actions).where(eq(actions.id, id));
  if (!row) throw notFound('action');
  const scope = await visibleTeams(deps, viewer);
  assertVisible(scope, viewer, row.teamId);
  return { row, scope };
}

export async function updateAction(deps: Deps, viewer: Viewer, id: string, patch: ActionPatch): Promise<ActionRow> {
  const { row, scope } = await findAction(deps, viewer, id);
  if (patch.teamId !== undefined) assertVisible(scope, viewer, patch.teamId);
  const next: ActionRow = {
    ...row,
    ...(patch.teamId !== undefined ? { teamId: patch.teamId } : {}),
    ...(patch.kind !== undefined ? { kind: patch.kind, catalogueVersion: CATALOGUE.version } : {}),
    ...(patch.title !== undefined ? { title: patch.title } : {}),
    ...(patch.startsOn !== undefined ? { startsOn: patch.startsOn } : {}),
    ...(patch.endsOn !== undefined ? { endsOn: patch.endsOn } : {}),
    ...(patch.targets !== undefined ? { targets: JSON.stringify(patch.targets) } : {}),
    ...(patch.note !== undefined ? { note: patch.note || null } : {}),
    updatedAt: deps.clock.now(),
  };
  if (next.kind === null && next.title === null) throw unprocessable('kind', REASONS.kindOrTitle);
  if (next.endsOn !== null && next.endsOn < next.startsOn) throw unprocessable('endsOn', REASONS.endsBeforeStart);
  await deps.db.update(actions).set(next).where(eq(actions.id, id));
  return next;
}

export async function deleteAction(deps: Deps, viewer: Viewer, id: string): Promise<void> {
  await findAction(deps, viewer, id);
  await deps.db.delete(actions).where(eq(actions.id, id));
}

const unprocessable = (path: string, message: string) => new AppError('UNPROCESSABLE', 'the request body has invalid values: see details', [{ path, message }]);
