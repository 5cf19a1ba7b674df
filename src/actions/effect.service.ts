import { and, asc, eq, inArray } from 'drizzle-orm';
import { actions, viewResults, waves } from '../db/schema';
import type { Deps } from '../deps';
import type { TeamRef } from '../results/results.service';
import type { StoredMeasures } from '../results/view-results';
import { directionOf, targetsOf, type ActionRow } from './actions.service';
import { dayOf, dayStart } from './days';
import { estimateEffect, type Effect, type Series, type ViewWave } from './effect';
import { measureInfo, related } from './measures';
import { peersFor, type AimedAction } from './peers';

/** Waves on each side of an action's start that its effect looks at: about three months at the usual cadence. */
export const WINDOW = 6;

export interface MeasureEffect extends Effect {
  /** The direction the action aims to move the measure. */
  direction: 'up' | 'down';
  /**
   * Other actions of the same team aimed at this measure (or its construct or a facet) in the same period: their
   * effects cannot be told apart.
   */
  alongside: string[];
}

type WaveTimes = { id: string; openedAt: number; closedAt: number };

/** What every effect on a page needs, read once: the tree, the closed waves (up to `asOf`) and every action's aim. */
export interface EffectContext {
  teams: readonly TeamRef[];
  waves: readonly WaveTimes[];
  actions: readonly (AimedAction & { id: string })[];
}

export async function effectContext(deps: Deps, teams: readonly TeamRef[], asOf = Infinity): Promise<EffectContext> {
  const [waveRows, actionRows] = await Promise.all([
    deps.db
      .select({ id: waves.id, openedAt: waves.openedAt, closedAt: waves.closedAt })
      .from(waves)
      .where(eq(waves.status, 'closed'))
      .orderBy(asc(waves.closedAt)),
    deps.db.select({ id: actions.id, teamId: actions.teamId, targets: actions.targets, startsOn: actions.startsOn, endsOn: actions.endsOn }).from(actions),
  ]);
  return {
    teams,
    waves: waveRows.map((w) => ({ ...w, closedAt: w.closedAt ?? 0 })).filter((w) => w.closedAt < asOf),
    actions: actionRows.map((a) => ({ ...a, targets: targetsOf(a) })),
  };
}

/**
 * The effect of one action on each measure it aims at. Reads published views only (`published = 1`): a suppressed
 * view has no numbers, and not even its row is read, so nothing about fewer than k people can enter an effect.
 */
export async function actionEffect(deps: Deps, ctx: EffectContext, row: ActionRow): Promise<MeasureEffect[]> {
  const start = dayStart(row.startsOn);
  const before = ctx.waves.filter((w) => w.closedAt <= start).slice(-WINDOW);
  const after = ctx.waves.filter((w) => w.openedAt >= start).slice(0, WINDOW);
  const used = [...before, ...after];
  const period = used.length ? { from: dayOf(used[0].openedAt), to: dayOf(used.at(-1)!.closedAt) } : { from: row.startsOn, to: row.startsOn };
  const targets = targetsOf(row);
  const peers = new Map(targets.map((m) => [m, peersFor(ctx.teams, row.teamId, m, ctx.actions, period)]));
  const stored = await publishedViews(deps, [row.teamId, ...[...peers.values()].flat().map((t) => t.id)], used.map((w) => w.id));

  const seriesOf = (teamId: string, measure: string): Series => {
    const at = (w: WaveTimes): ViewWave => {
      const measures = stored.get(`${teamId}/${w.id}`);
      const a = measures?.[measure];
      return measures ? { published: true, ...(a ? { aggregate: { n: a[0], sum: a[1], sumSq: a[2] } } : {}) } : { published: false };
    };
    return { before: before.map(at), after: after.map(at) };
  };

  return targets.map((measure) => ({
    ...estimateEffect({
      measure,
      better: measureInfo(measure)?.better ?? 'up',
      team: seriesOf(row.teamId, measure),
      peers: peers.get(measure)!.map((t) => seriesOf(t.id, measure)),
    }),
    direction: directionOf(row, measure),
    alongside: ctx.actions
      .filter((a) => a.id !== row.id && a.teamId === row.teamId && a.targets.some((t) => related(t, measure)))
      .filter((a) => a.startsOn <= period.to && (a.endsOn === null || a.endsOn >= period.from))
      .map((a) => a.id),
  }));
}

/** The stored measures of the published all-roles views of these teams in these waves, by `team/wave`. */
async function publishedViews(deps: Deps, teamIds: string[], waveIds: string[]): Promise<Map<string, StoredMeasures>> {
  const out = new Map<string, StoredMeasures>();
  if (waveIds.length === 0) return out;
  const ids = [...new Set(teamIds)];
  // D1 binds at most 100 parameters: at most 12 wave ids, the rest team ids.
  for (let i = 0; i < ids.length; i += 80) {
    const rows = await deps.db
      .select({ teamId: viewResults.teamId, waveId: viewResults.waveId, measures: viewResults.measures })
      .from(viewResults)
      .where(
        and(
          eq(viewResults.published, true),
          eq(viewResults.role, ''),
          inArray(viewResults.waveId, waveIds),
          inArray(viewResults.teamId, ids.slice(i, i + 80)),
        ),
      );
    for (const r of rows) if (r.measures) out.set(`${r.teamId}/${r.waveId}`, JSON.parse(r.measures) as StoredMeasures);
  }
  return out;
}
