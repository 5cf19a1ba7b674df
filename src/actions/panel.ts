import type { Deps } from '../deps';
import type { Viewer } from '../lib/context';
import type { Lang } from '../lib/i18n';
import type { TrendMetric } from '../results/charts';
import type { TeamRef } from '../results/results.service';
import { listActions, targetsOf, titleOf, type ActionRow } from './actions.service';
import { actionEffect, effectContext, type MeasureEffect } from './effect.service';
import { familyOf } from './measures';
import { milestonesWithReadings, type MilestoneWithReading } from './milestones.service';

/** The results page lists this many actions (latest start first) with their effects; the actions page has them all. */
export const LISTED = 12;

export interface ListedAction {
  /** Its number on the charts and in the list. */
  number: number;
  row: ActionRow;
  title: string;
  team: TeamRef;
  effects: MeasureEffect[];
}

export interface ActionsPanel {
  actions: ListedAction[];
  total: number;
  /** Titles of every action in the subtree, for "aimed at the same measure at the same time". */
  titles: Map<string, string>;
  milestones: MilestoneWithReading[];
}

/**
 * What the results page shows of a team's actions and milestones: the subtree's actions with their effects (the
 * team's own and those of the teams below it, so a plant sees what its lines do) and the team's milestones.
 */
export async function actionsPanel(deps: Deps, viewer: Viewer, teamId: string, lang: Lang): Promise<ActionsPanel> {
  const { scope, actions } = await listActions(deps, viewer, teamId);
  const ctx = await effectContext(deps, scope.all);
  const shown = actions.slice(0, LISTED);
  // Numbered in the order they started, so the marks on a chart count up from left to right.
  const order = [...shown].sort((a, b) => (a.startsOn === b.startsOn ? a.createdAt - b.createdAt : a.startsOn < b.startsOn ? -1 : 1));
  const listed: ListedAction[] = [];
  for (const row of shown) {
    listed.push({ number: order.indexOf(row) + 1, row, title: titleOf(row, lang), team: scope.byId.get(row.teamId)!, effects: await actionEffect(deps, ctx, row) });
  }
  return {
    actions: listed,
    total: actions.length,
    titles: new Map(actions.map((a) => [a.id, titleOf(a, lang)])),
    milestones: await milestonesWithReadings(deps, viewer, { teamId }),
  };
}

/** The actions drawn on a trend chart: those aiming at a measure of the chart's family. */
export function marksFor(panel: ActionsPanel, metric: TrendMetric) {
  return [...panel.actions]
    .sort((a, b) => a.number - b.number)
    .filter((a) => targetsOf(a.row).some((m) => familyOf(m) === metric)).map((a) => ({ number: a.number, startsOn: a.row.startsOn, title: a.title }));
}
