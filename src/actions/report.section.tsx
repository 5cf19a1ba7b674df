import type { Deps } from '../deps';
import type { Viewer } from '../lib/context';
import { formatDay, type Lang } from '../lib/i18n';
import { quarterBounds, type Quarter } from '../lib/quarter';
import { listActions, titleOf } from './actions.service';
import { actionsText } from './actions.text';
import { dayOf } from './days';
import { actionEffect, effectContext, WINDOW } from './effect.service';
import { valueText } from './format';
import { MilestoneList, milestoneLabel } from './milestones.pages';
import { milestonesWithReadings } from './milestones.service';
import { EffectTable, periodText } from './panel.pages';
import type { ListedAction } from './panel';

/**
 * The quarterly report's section on actions: those that ran in the quarter with their effects, and where the
 * milestones stand — all as of the quarter's end (waves closed by then), so a report of a past quarter does not
 * change when later waves close.
 */
export async function reportActions(deps: Deps, viewer: Viewer, quarter: Quarter, lang: Lang) {
  const { start, end } = quarterBounds(quarter);
  const asOf = Math.min(end, deps.clock.now());
  const [first, last] = [dayOf(start), dayOf(end - 1)];
  const { scope, actions } = await listActions(deps, viewer);
  const ctx = await effectContext(deps, scope.all, asOf);
  const ran = actions.filter((a) => a.startsOn <= last && (a.endsOn === null || a.endsOn >= first));
  const listed: ListedAction[] = [];
  for (const [i, row] of ran.entries()) {
    listed.push({ number: i + 1, row, title: titleOf(row, lang), team: scope.byId.get(row.teamId)!, effects: await actionEffect(deps, ctx, row) });
  }
  return {
    asOf,
    actions: listed,
    titles: new Map(actions.map((a) => [a.id, titleOf(a, lang)])),
    milestones: await milestonesWithReadings(deps, viewer, { asOf }),
  };
}

export type ReportActions = Awaited<ReturnType<typeof reportActions>>;

export function ReportActionsSection({ lang, data }: { lang: Lang; data: ReportActions }) {
  const t = actionsText[lang];
  return (
    <section class="report-section report-actions" id="actions" data-section="actions">
      <h2>{t.report.heading}</h2>
      <p class="hint">
        {t.report.intro} {t.report.effectsAsOf(formatDay(lang, dayOf(data.asOf - 1)))}
      </p>
      <h3>{t.report.actions}</h3>
      {data.actions.length === 0 ? (
        <p>{t.report.noActions}</p>
      ) : (
        data.actions.map((a) => (
          <div class="report-action">
            <h4>
              {a.title} · {a.team.name} · {periodText(lang, a.row)}
            </h4>
            <EffectTable lang={lang} effects={a.effects} titles={data.titles} />
          </div>
        ))
      )}
      <p class="hint">{t.effects.method(WINDOW)}</p>
      <h3>{t.report.milestones}</h3>
      {data.milestones.length === 0 ? (
        <p>{t.report.noMilestones}</p>
      ) : (
        <>
          <table class="data milestones-table">
            <thead>
              <tr>
                <th scope="col">{t.milestones.cols.milestone}</th>
                <th scope="col" class="num">
                  {t.milestones.cols.value}
                </th>
                <th scope="col">{t.milestones.cols.status}</th>
              </tr>
            </thead>
            <tbody>
              {data.milestones.map((m) => (
                <tr>
                  <th scope="row">{milestoneLabel(lang, m)}</th>
                  <td class="num">{m.reading.latest ? valueText(lang, m.measure, m.reading.latest.value) : '–'}</td>
                  <td class={`status ${m.reading.status}`}>{t.milestones.status[m.reading.status]}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div class="results">
            <MilestoneList lang={lang} milestones={data.milestones} idPrefix="report-" />
          </div>
        </>
      )}
    </section>
  );
}
